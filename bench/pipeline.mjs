// One cold run of tollgate's own pipeline over a rendered stream (no renderer):
// parse with Kubernetes semantics into Resources, serialize back to YAML; with
// --cost, also estimate every resource's cost and write the cost annotations;
// with --policy, evaluate every rule and write the findings annotations.
// Prints {ms, maxRssMB, resources} as JSON. run.mjs starts it in a fresh
// process so the figure includes module load and JIT warm-up, as the plugin pays them.
import { readFileSync } from 'node:fs';

const withCost = process.argv.includes('--cost');
const withPolicy = process.argv.includes('--policy');
const started = performance.now();
const tollgate = await import('../dist/index.js');
const text = readFileSync(process.argv[2], 'utf8');
const resources = tollgate.parseManifestStream(text, 'bench.yaml');
if (withCost) {
  const costs = tollgate.estimateCosts(resources, { prices: new tollgate.Prices('opencost') });
  for (const [resource, cost] of costs) tollgate.annotate(resource.object, tollgate.costAnnotations(cost, resource.object.kind));
}
if (withPolicy) {
  const result = tollgate.evaluatePolicy(resources, { config: tollgate.defaultConfig(), now: new Date() });
  // What render writes: the findings and verdict annotations.
  for (const [resource, findings] of result.findings) {
    tollgate.annotate(resource.object, { 'tollgate.dev/rules': [...new Set(findings.map((f) => f.rule))].sort().join(','), 'tollgate.dev/verdict': 'fail' });
  }
}
const out = tollgate.toYamlStream(resources.map((r) => r.object));
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, resources: resources.length, bytes: out.length }));
