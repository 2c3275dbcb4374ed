import { analyzeApp } from '../../analyze.js';
import { TollgateError } from '../../errors.js';
import { reportJson } from '../../report/json.js';
import { summaryMarkdown } from '../../report/summary.js';
import { reportPretty } from '../../report/pretty.js';
import { ANALYSIS_FLAGS, COMMON_FLAGS, SOURCE_FLAGS, analyzeOptionsFrom, parseCommandArgs } from '../args.js';
import { emitResult, type CliIO } from '../io.js';

export const COST_HELP = `Usage: tollgate cost [PATH] [source flags] [analysis flags] [--base PATH | --base-ref GITREF] [--format pretty|json|markdown]

Renders the app at PATH (default .) as Argo CD would and estimates what each
resource costs per month, with autoscaler ranges, and the total. With a base,
shows what the change adds or removes. Budgets and policy in .tollgate.yaml gate.

Analysis flags:
  --config FILE                  the config (default: the nearest .tollgate.yaml)
  --prices FILE                  a prices file or OpenCost custom-pricing JSON, merged over the profile
  --price-profile NAME           opencost (default), aws, gcp or azure
  --scan-results FILE            Trivy or Grype JSON report of the images (repeatable)
  --output FILE                  write the report there instead of stdout

Comparison:
  --base PATH                    compare with the app rendered from PATH
  --base-ref GITREF              compare with the app as it is at GITREF (checked out in a temp worktree)

  --format pretty|json|markdown  report format (default pretty)

Source flags: as for \`tollgate render\` (see tollgate render --help).

Exit status: 0 the gate passed, 1 it failed (a broken budget, or a policy finding at or
above policy.failOn: see tollgate check), 2 usage, config, input or render error.
`;

const FORMATS = ['pretty', 'json', 'markdown'];

export async function costCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('cost', argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    base: { type: 'string' },
    'base-ref': { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) {
    io.stdout(COST_HELP);
    return 0;
  }
  const format = values.format ?? 'pretty';
  if (!FORMATS.includes(format)) throw new TollgateError('usage', `--format ${format} is not one of ${FORMATS.join(', ')}`);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}\n`);
  const text = format === 'json' ? `${JSON.stringify(reportJson(analysis), null, 2)}\n` : format === 'markdown' ? summaryMarkdown([analysis]) : reportPretty(analysis);
  emitResult(io, text, values.output);
  return analysis.verdict === 'fail' ? 1 : 0;
}
