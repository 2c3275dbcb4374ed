import { analyzeApp } from '../../analyze.js';
import { TollgateError } from '../../errors.js';
import { findingsPretty } from '../../report/findings.js';
import { summaryMarkdown } from '../../report/summary.js';
import { reportJson } from '../../report/json.js';
import { reportSarif } from '../../report/sarif.js';
import { ANALYSIS_FLAGS, COMMON_FLAGS, SOURCE_FLAGS, analyzeOptionsFrom, parseCommandArgs } from '../args.js';
import { emitResult, type CliIO } from '../io.js';

export const CHECK_HELP = `Usage: tollgate check [PATH] [source flags] [analysis flags] [--base PATH | --base-ref GITREF] [--format pretty|json|sarif|markdown] [--fail-on error|warning|never]

Renders the app at PATH (default .) as Argo CD would and checks every resource
against tollgate's rules and the policy of .tollgate.yaml: pod security,
supply chain, resources, network segmentation, secrets, reliability, budgets.
Each finding names its rule, level, file and line.

  --format pretty|json|sarif|markdown   report format (default pretty); SARIF 2.1.0 for GitHub code scanning
  --base PATH, --base-ref GITREF  mark each finding new or existing against a base (each side checked with its own config)
  --fail-on error|warning|never   the lowest level that fails (default: policy.failOn, else error)
  --config FILE, --prices FILE, --price-profile NAME, --output FILE   as for \`tollgate cost\`

Exit status: 0 passed, 1 failed, 2 usage, config, input or render error.
`;

const FORMATS = ['pretty', 'json', 'sarif', 'markdown'];
const FAIL_ON = ['error', 'warning', 'never'];

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    base: { type: 'string' },
    'base-ref': { type: 'string' },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = values.format ?? 'pretty';
  if (!FORMATS.includes(format)) throw new TollgateError('usage', `--format ${format} is not one of ${FORMATS.join(', ')}`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) throw new TollgateError('usage', `--fail-on ${failOn} is not one of ${FAIL_ON.join(', ')}`);
  const options = analyzeOptionsFrom(values, positionals, io);
  options.failOn = failOn as 'error' | 'warning' | 'never' | undefined;
  const analysis = await analyzeApp(options);
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}\n`);
  const text =
    format === 'json'
      ? `${JSON.stringify(reportJson(analysis), null, 2)}\n`
      : format === 'sarif'
        ? `${JSON.stringify(reportSarif([analysis]), null, 2)}\n`
        : format === 'markdown'
          ? summaryMarkdown([analysis], { findingLimit: 50, details: false })
          : findingsPretty(analysis, Boolean(io.color) && !values.output);
  emitResult(io, text, values.output);
  return analysis.verdict === 'fail' ? 1 : 0;
}
