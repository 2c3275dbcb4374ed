import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  buildSbom,
  sbomJson,
  sbomXml
} from "./chunk-32GL2PTA.js";
import "./chunk-H6ZMV7O4.js";
import {
  emitResult
} from "./chunk-GEBOHM7Y.js";
import {
  ANALYSIS_FLAGS,
  COMMON_FLAGS,
  SOURCE_FLAGS,
  analyzeOptionsFrom,
  parseCommandArgs
} from "./chunk-VVPHGAZ2.js";
import {
  analyzeApp
} from "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

// src/cli/commands/sbom.ts
var SBOM_HELP = `Usage: tollgate sbom [PATH] [source flags] [analysis flags] [--format json|xml] [--output FILE]

Writes a CycloneDX 1.6 SBOM of what the app at PATH deploys: the app, one
container component per distinct image (pkg:oci purl; unpinned images marked),
the Helm chart when the source is one, which workloads run which image, and the
vulnerabilities of --scan-results reports. The same input gives the same bytes.

  --format json|xml    CycloneDX JSON (default) or XML
  --output FILE        write there instead of stdout

Source and analysis flags: as for \`tollgate render\` and \`tollgate check\`.

Exit status: 0 written, 2 usage, config, input or render error.
`;
async function sbomCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("sbom", argv, { ...SOURCE_FLAGS, ...ANALYSIS_FLAGS, ...COMMON_FLAGS, format: { type: "string" } });
  if (values.help) {
    io.stdout(SBOM_HELP);
    return 0;
  }
  const format = values.format ?? "json";
  if (format !== "json" && format !== "xml") throw new TollgateError("usage", `--format ${format} is not json or xml`);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const bom = buildSbom(analysis, analysis.scanReports);
  emitResult(io, format === "json" ? sbomJson(bom) : sbomXml(bom), values.output);
  return 0;
}
export {
  SBOM_HELP,
  sbomCommand
};
