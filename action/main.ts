// The GitHub Action: for every app in `paths`, render base and head, price and
// check them, then report where reviewers look — line annotations, the job
// summary, one PR comment, an optional check run, report/SARIF files — and
// fail the step when the gate fails. Everything that needs a writable token is
// skipped with one notice each on fork PRs, Dependabot runs or a 403.
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { analyzeApp, type AppAnalysis } from '../src/analyze.js';
import { cents } from '../src/cost/estimate.js';
import { TollgateError, formatError } from '../src/errors.js';
import { mergeBase, ensureCommits, withGitWorktree } from '../src/git/worktree.js';
import { reportJson } from '../src/report/json.js';
import { reportSarif } from '../src/report/sarif.js';
import { fitMarkdown } from '../src/report/summary.js';
import { attestationPath } from '../src/argocd/attestation.js';
import { buildStatement } from '../src/attest/statement.js';
import { buildSbom, sbomJson } from '../src/sbom/sbom.js';
import { checkRunAnnotations, lineAnnotations, workflowAnnotations } from './annotations.js';
import { expandPaths } from './apps.js';
import { readEvent, type ActionEvent } from './event.js';
import { COMMENT_LIMIT, CHECK_TEXT_LIMIT, ForbiddenError, client, marker, publishCheckRun, upsertComment } from './github.js';
import { readInputs, type ActionInputs } from './inputs.js';

/** GitHub drops a step summary over 1 MiB whole; stay well under it. */
const SUMMARY_LIMIT = 1_000_000;

/** The base commit per event (SPEC §9); `base-ref` overrides. */
async function baseCommit(workspace: string, inputs: ActionInputs, event: ActionEvent): Promise<string | undefined> {
  if (inputs.baseRef) return inputs.baseRef;
  if (!event.base) return undefined;
  if (event.base.mergeBaseWith) return mergeBase(workspace, event.base.sha, event.base.mergeBaseWith);
  await ensureCommits(workspace, [event.base.sha]);
  return event.base.sha;
}

async function analyzeAll(workspace: string, apps: string[], inputs: ActionInputs, baseTree: string | undefined): Promise<AppAnalysis[]> {
  const out: AppAnalysis[] = [];
  for (const app of apps) {
    let basePath: string | undefined;
    if (baseTree) {
      basePath = join(baseTree, app);
      // An app the change adds has an empty base: everything in it is new.
      if (!existsSync(basePath)) mkdirSync(basePath, { recursive: true });
    }
    out.push(
      await analyzeApp({
        path: join(workspace, app),
        repoRoot: workspace,
        cwd: workspace,
        configFile: inputs.config,
        failOn: inputs.failOn,
        basePath,
        baseRepoRoot: baseTree,
        env: process.env,
      }),
    );
  }
  return out;
}

/** Plain two-decimal money for outputs: no currency, a `-` only for decreases. */
const money = (value: number) => (Object.is(cents(value), -0) ? 0 : cents(value)).toFixed(2);

function changed(analyses: AppAnalysis[]): boolean {
  return analyses.some((a) => {
    if (!a.base) return true;
    if (a.unchanged) return false;
    const basis = a.head.config.budgets.basis;
    return (
      cents(a.head.totals.monthly[basis]) !== cents(a.base.totals.monthly[basis]) ||
      a.resolved.length > 0 ||
      a.resources.some((r) => r.findings.some((f) => f.isNew && !f.suppressed))
    );
  });
}

function writeFile(workspace: string, file: string, text: string): string {
  const path = resolve(workspace, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return relative(workspace, path) || path;
}

/** One file per app when several apps share a path input: `sbom.json` → `sbom.apps-shop.json`. */
function perApp(file: string, appPath: string, apps: number): string {
  if (apps === 1) return file;
  const slug = appPath === '.' ? 'root' : appPath.replace(/[^A-Za-z0-9._-]+/g, '-');
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}.${slug}${file.slice(dot)}` : `${file}.${slug}`;
}

/**
 * Keyless signing with the job's OIDC identity, one bundle per app at the path
 * the Argo CD plugin reads. Forks and jobs without `id-token: write` cannot
 * sign: one notice, and the rest of the run stands.
 */
async function attestAll(workspace: string, analyses: AppAnalysis[], sboms: string[], event: ActionEvent, env: NodeJS.ProcessEnv): Promise<void> {
  if (event.readOnly) {
    core.notice(`tollgate: no attestation: ${event.readOnly}, and gets no id-token`);
    return;
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    core.notice('tollgate: no attestation: the job has no OIDC token; add `permissions: id-token: write`');
    return;
  }
  const { signKeyless } = await import('../src/attest/sign.js');
  const files: string[] = [];
  for (const [i, a] of analyses.entries()) {
    const statement = buildStatement(a, sboms[i], { commit: env.GITHUB_SHA });
    const bundle = await signKeyless(statement, { publicRepository: event.publicRepository === true });
    files.push(writeFile(workspace, attestationPath(a.appPath), `${JSON.stringify(bundle)}\n`));
  }
  core.setOutput('attestation-file', files.join('\n'));
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readInputs(env);
  const event = readEvent(env);
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const apps = expandPaths(workspace, inputs.paths);
  const base = await baseCommit(workspace, inputs, event);
  const analyses = base ? await withGitWorktree(workspace, base, undefined, (tree) => analyzeAll(workspace, apps, inputs, tree)) : await analyzeAll(workspace, apps, inputs, undefined);
  for (const a of analyses) for (const warning of a.warnings) core.warning(`${a.appPath}: ${warning}`);

  // Line annotations: the most severe first, 10 per level (what a step shows).
  const lines = lineAnnotations(analyses);
  let overflow = 0;
  if (inputs.annotations) {
    const { shown, overflow: rest } = workflowAnnotations(lines);
    overflow = rest;
    for (const a of shown) {
      const properties = { title: a.title, file: a.file, startLine: a.line };
      if (a.level === 'error') core.error(a.message, properties);
      else if (a.level === 'warning') core.warning(a.message, properties);
      else core.notice(a.message, properties);
    }
  }

  const verdict = analyses.some((a) => a.verdict === 'fail') ? 'fail' : 'pass';
  const runUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${event.repository.owner}/${event.repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  await core.summary.addRaw(fitMarkdown(analyses, SUMMARY_LIMIT, { annotationOverflow: overflow })).write();

  // Files.
  if (inputs.reportFile) core.setOutput('report-file', writeFile(workspace, inputs.reportFile, `${JSON.stringify(analyses.map(reportJson), null, 2)}\n`));
  if (inputs.sarifFile) core.setOutput('sarif-file', writeFile(workspace, inputs.sarifFile, `${JSON.stringify(reportSarif(analyses), null, 2)}\n`));
  // SBOMs only when a file or an attestation asks for them.
  const sboms = inputs.sbomFile || inputs.attest ? analyses.map((a) => sbomJson(buildSbom(a, a.scanReports))) : [];
  if (inputs.sbomFile) core.setOutput('sbom-file', analyses.map((a, i) => writeFile(workspace, perApp(inputs.sbomFile!, a.appPath, analyses.length), sboms[i])).join('\n'));
  if (inputs.attest) await attestAll(workspace, analyses, sboms, event, env);

  // Outputs: summed over apps, on each app's budgets.basis figure.
  let total = 0;
  let delta = 0;
  let findings = 0;
  for (const a of analyses) {
    const basis = a.head.config.budgets.basis;
    total += cents(a.head.totals.monthly[basis]);
    if (a.base) delta += cents(a.head.totals.monthly[basis]) - cents(a.base.totals.monthly[basis]);
    for (const f of [...a.findings, ...a.resources.filter((r) => r.change !== 'removed').flatMap((r) => r.findings)]) if (!f.suppressed && f.level !== 'info') findings++;
  }
  core.setOutput('verdict', verdict);
  core.setOutput('monthly-cost', money(total));
  core.setOutput('monthly-cost-delta', analyses.some((a) => a.base) ? money(delta) : '');
  core.setOutput('findings', String(findings));

  // What needs a token that can write.
  const wantsCheck = inputs.checkRun;
  const wantsComment = event.pullRequest !== undefined && inputs.comment !== 'never';
  if ((wantsCheck || wantsComment) && event.readOnly) {
    if (wantsComment) core.notice(`tollgate: no PR comment: ${event.readOnly}. The verdict, annotations and job summary stand.`);
    if (wantsCheck) core.notice(`tollgate: no check run: ${event.readOnly}.`);
  } else if ((wantsCheck || wantsComment) && !inputs.token) {
    core.notice('tollgate: no PR comment or check run: the github-token input is empty');
  } else if (wantsCheck || wantsComment) {
    const octokit = client(inputs.token!, env.GITHUB_API_URL);
    const repo = event.repository;
    if (wantsComment) {
      const body = fitMarkdown(analyses, COMMENT_LIMIT - marker(inputs.commentTag).length - 1, { annotationOverflow: overflow, fullReportUrl: runUrl });
      try {
        const result = await upsertComment(octokit, { ...repo, issue: event.pullRequest! }, inputs.commentTag, body, inputs.comment === 'always' || changed(analyses));
        core.info(`tollgate: PR comment ${result.action}${result.id ? ` (${result.id})` : ''}`);
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
        core.notice(`tollgate: no PR comment: the token may not write to this pull request (${error.message}). The verdict, annotations and job summary stand.`);
      }
    }
    if (wantsCheck) {
      try {
        const id = await publishCheckRun(octokit, {
          ...repo,
          headSha: event.headSha,
          conclusion: verdict === 'fail' ? 'failure' : 'success',
          title: verdict === 'fail' ? 'The gate fails' : 'The gate passes',
          summary: fitMarkdown(analyses, CHECK_TEXT_LIMIT, { fullReportUrl: runUrl }),
          annotations: checkRunAnnotations(lines),
        });
        core.info(`tollgate: check run ${id}`);
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
        core.notice(`tollgate: no check run: the token may not create check runs (needs checks: write; ${error.message})`);
      }
    }
  }

  if (inputs.recommend) {
    const { recommendPullRequest } = await import('./recommend.js');
    await recommendPullRequest(workspace, analyses, inputs, event, env, event.defaultBranch ?? 'main');
  }

  if (verdict === 'fail') {
    const failing = analyses.filter((a) => a.verdict === 'fail');
    core.setFailed(`tollgate: the gate fails for ${failing.map((a) => a.appPath).join(', ')}: ${failing.flatMap((a) => a.reasons).slice(0, 3).join('; ')}`);
  }
}

try {
  await run();
} catch (error) {
  core.setFailed(error instanceof TollgateError ? formatError(error) : `tollgate: internal error: ${(error as Error)?.stack ?? String(error)}`);
}
