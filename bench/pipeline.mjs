// One cold run of tollgate's own pipeline over a rendered stream (no renderer):
// parse with Kubernetes semantics into Resources, serialize back to YAML; with
// --cost, also estimate every resource's cost and write the cost annotations.
// Prints {ms, maxRssMB, resources} as JSON. run.mjs starts it in a fresh
// process so the figure includes module load and JIT warm-up, as the plugin pays them.
import { readFileSync } from 'node:fs';

const withCost = process.argv.includes('--cost');
const started = performance.now();
const tollgate = await import('../dist/index.js');
const text = readFileSync(process.argv[2], 'utf8');
const resources = tollgate.parseManifestStream(text, 'bench.yaml');
if (withCost) {
  const costs = tollgate.estimateCosts(resources, { prices: new tollgate.Prices('opencost') });
  for (const [resource, cost] of costs) tollgate.annotate(resource.object, tollgate.costAnnotations(cost, resource.object.kind));
}
const out = tollgate.toYamlStream(resources.map((r) => r.object));
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, resources: resources.length, bytes: out.length }));
