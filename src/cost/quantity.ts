// Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity):
// `<sign><digits>[.<digits>]<suffix>` where the suffix is binary SI
// (Ki Mi Gi Ti Pi Ei), decimal SI (n u m "" k M G T P E) or a decimal exponent
// (e3, E-2). "500m" is 0.5, "1.5Gi" is 1610612736, "1e3" is 1000. Anything
// else is not a quantity, which the API server would refuse.

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The quantity's value as a number (cores for cpu, bytes for memory), or undefined if it is not one. */
const cache = new Map<string, number | undefined>();

export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // A fleet repeats a handful of quantities ("100m", "128Mi") thousands of times.
  if (cache.has(value)) return cache.get(value);
  const parsed = parseQuantityText(value);
  if (cache.size < 10_000) cache.set(value, parsed);
  return parsed;
}

function parseQuantityText(value: string): number | undefined {
  const match = QUANTITY.exec(value.trim() === value ? value : '');
  if (!match) return undefined;
  const [, sign, digits, suffix, exponent] = match;
  let number = Number(digits);
  if (suffix) number *= BINARY[suffix] ?? DECIMAL[suffix];
  else if (exponent !== undefined) number *= 10 ** Number(exponent);
  return sign === '-' ? -number : number;
}

export const GIB = 2 ** 30;
