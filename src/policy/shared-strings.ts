// Findings repeat across a render: every Deployment's container `app` gets the
// same message at the same pointer. Joining through this table gives them one
// shared string instead of a fresh one each, which keeps a large render's
// findings small enough for the young-generation GC to stay cheap.
const joinedStrings = new Map<string, Map<string, string>>();
let joinedCount = 0;

/** `a + b`, shared with earlier identical joins. */
export function joined(a: string, b: string): string {
  let tails = joinedStrings.get(a);
  let text = tails?.get(b);
  if (text !== undefined) return text;
  text = a + b;
  if (joinedCount < 50_000) {
    if (!tails) joinedStrings.set(a, (tails = new Map()));
    tails.set(b, text);
    joinedCount++;
  }
  return text;
}
