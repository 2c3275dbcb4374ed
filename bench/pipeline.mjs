// One cold run of tollgate's own pipeline over a rendered stream (no renderer):
// parse with Kubernetes semantics into Resources, serialize back to YAML.
// Prints {ms, maxRssMB, resources} as JSON. Used by run.mjs in a fresh process
// so the figure includes module load and JIT warm-up, as the plugin pays them.
import { readFileSync } from 'node:fs';

const started = performance.now();
const { parseManifestStream, toYamlStream } = await import('../dist/index.js');
const text = readFileSync(process.argv[2], 'utf8');
const resources = parseManifestStream(text, 'bench.yaml');
const out = toYamlStream(resources.map((r) => r.object));
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, resources: resources.length, bytes: out.length }));
