// go-yaml v2's resolution of plain scalars, which sigs.k8s.io/yaml (and so
// Kubernetes, kubectl and Argo CD) applies: YAML 1.1 booleans and nulls, Go's
// integer syntax (0755 octal, 0x, 0o, 0b, `_` dropped), YAML-style floats;
// timestamps stay strings. Shared by both decoders and by the writer, which
// quotes every string this would turn into something else.
import { NOT_RESOLVED } from 'js-yaml';

const BOOLEANS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map((s) => [s, false] as const),
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const SIMPLE_DECIMAL = /^-?[1-9][0-9]{0,14}$/;
const DIGITS: Record<number, RegExp> = { 2: /^[01]+$/, 8: /^[0-7]*$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt(s, 0, 64), falling back to ParseUint: a BigInt, or undefined. */
function parseGoInteger(s: string): bigint | undefined {
  let negative = false;
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  if (body === '') return undefined;
  let base = 10;
  if (body[0] === '0') {
    const prefix = body.length >= 3 ? body[1].toLowerCase() : '';
    if (prefix === 'b') [base, body] = [2, body.slice(2)];
    else if (prefix === 'o') [base, body] = [8, body.slice(2)];
    else if (prefix === 'x') [base, body] = [16, body.slice(2)];
    else [base, body] = [8, body.slice(1)];
  }
  if (!DIGITS[base].test(body)) return undefined;
  let value = 0n;
  const b = BigInt(base);
  for (const ch of body) value = value * b + BigInt(parseInt(ch, base));
  if (negative) value = -value;
  if (negative ? value < INT64_MIN : value > UINT64_MAX) return undefined;
  return value;
}

/**
 * go-yaml v2's `resolve()` for an untagged plain scalar, minus the timestamp
 * case (timestamps decode to their original string when the target is untyped).
 * Returns NOT_RESOLVED for strings.
 */
export function resolvePlainScalar(source: string): unknown {
  if (source === '') return null;
  const first = source.charCodeAt(0);
  // '+' '-' '.' or a digit: a number candidate.
  const numeric = first === 43 || first === 45 || first === 46 || (first >= 48 && first <= 57);
  if (!numeric) {
    if (NULLS.has(source)) return null;
    const bool = BOOLEANS.get(source);
    return bool === undefined ? NOT_RESOLVED : bool;
  }
  if (SIMPLE_DECIMAL.test(source) || source === '0') return Number(source);
  if (SPECIAL_FLOATS.has(source)) return new NonFiniteNumber(source);
  if (first === 46) {
    // go-yaml tries strconv.ParseFloat on the raw text for a leading '.'.
    if (!/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(source)) return NOT_RESOLVED;
    const value = Number(source);
    return Number.isFinite(value) ? value : NOT_RESOLVED;
  }
  const plain = source.includes('_') ? source.replaceAll('_', '') : source;
  const integer = parseGoInteger(plain);
  if (integer !== undefined) return Number(integer);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = Number(plain);
    if (Number.isFinite(value)) return value;
  }
  return NOT_RESOLVED;
}

/** NaN and Inf decode in YAML but cannot become JSON, so Kubernetes refuses the document. */
export class NonFiniteNumber {
  constructor(readonly source: string) {}
}
