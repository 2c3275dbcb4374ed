// Types of the validators scripts/gen-validators.mjs compiles from schema.json.
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Validates a config and fills in the schema's defaults (pass a copy to only validate). */
export const validateConfig: GeneratedValidator;
/** Validates a prices file (the schema's `prices` block without `file`). */
export const validatePrices: GeneratedValidator;
