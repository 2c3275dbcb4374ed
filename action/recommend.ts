// `recommend: true`: right-size every app from Prometheus, write the edits
// into the checkout, commit them on one branch with the git CLI, and open (or
// update) one pull request whose body is the savings table. A PR made with
// GITHUB_TOKEN triggers no workflow, so tollgate's own gate would never run on
// it: `recommend-token` (a GitHub App or fine-grained token) avoids that.
import * as core from '@actions/core';
import type { AppAnalysis } from '../src/analyze.js';
import { TollgateError } from '../src/errors.js';
import { git } from '../src/git/worktree.js';
import { usageForApp } from '../src/recommend/prometheus.js';
import { policyClock } from '../src/policy/engine.js';
import { recommend, type Recommendation } from '../src/recommend/recommend.js';
import { recommendMarkdown } from '../src/recommend/report.js';
import { DEFAULT_MIN_SAMPLES, STRATEGY_DEFAULTS, durationSeconds } from '../src/recommend/strategy.js';
import { writeRecommendations } from '../src/recommend/write.js';
import { formatMoney } from '../src/report/format.js';
import type { ActionEvent } from './event.js';
import { client } from './github.js';
import type { ActionInputs } from './inputs.js';


async function gitOrFail(workspace: string, args: string[], what: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const run = await git(workspace, args, undefined, env);
  if (run.exitCode !== 0) throw new TollgateError('render', `git ${what} failed: ${run.stderr.trim().split('\n').at(-1)}`);
  return run.stdout.trim();
}

export async function recommendPullRequest(workspace: string, analyses: AppAnalysis[], inputs: ActionInputs, event: ActionEvent, env: NodeJS.ProcessEnv, baseBranch: string): Promise<void> {
  if (!inputs.prometheusUrl) throw new TollgateError('usage', 'input recommend: true needs prometheus-url');
  const windowSeconds = durationSeconds(inputs.recommendWindow);
  if (windowSeconds === undefined) throw new TollgateError('usage', `input recommend-window: ${inputs.recommendWindow} is not a duration like 14d`);
  // TOLLGATE_NOW pins the window's end, as it pins the clock everywhere else.
  const end = Math.floor(policyClock(env).getTime() / 1000);
  const files: string[] = [];
  const reports: string[] = [];
  let saving = 0;
  // The head side of the gate's analyses: the app as this commit renders it.
  for (const analysis of analyses) {
    const usage = await usageForApp(analysis, { url: inputs.prometheusUrl, end, windowSeconds, stepSeconds: 300 });
    const { cpuPercentile, memoryBuffer } = STRATEGY_DEFAULTS.krr;
    const rec: Recommendation = recommend(analysis, usage, { strategy: 'krr', cpuPercentile, memoryBuffer, minSamples: DEFAULT_MIN_SAMPLES, end, windowSeconds });
    const written = writeRecommendations(analysis, rec);
    for (const why of written.skipped) core.notice(`tollgate recommend: not written: ${why}`);
    if (!written.files.length) continue;
    files.push(...written.files);
    saving += rec.saving;
    reports.push(recommendMarkdown(rec, analysis.appPath, analysis.currency));
  }
  core.setOutput('monthly-saving', saving.toFixed(2));
  if (!files.length) {
    core.info('tollgate recommend: every app is sized to its usage; no pull request');
    return;
  }
  const token = inputs.recommendToken ?? inputs.token;
  if (event.readOnly || !token) {
    core.notice(`tollgate recommend: no pull request: ${event.readOnly ?? 'no token'}`);
    return;
  }
  if (!inputs.recommendToken) core.notice('tollgate recommend: the pull request is opened with GITHUB_TOKEN, so no workflow runs on it; set recommend-token to have the gate check it');
  // The edits on their own branch, force-pushed: one branch and one PR, always the latest recommendation.
  const branch = inputs.recommendBranch;
  await gitOrFail(workspace, ['checkout', '-q', '-B', branch], 'checkout');
  await gitOrFail(workspace, ['add', '--', ...files], 'add');
  await gitOrFail(workspace, ['-c', 'user.name=tollgate', '-c', 'user.email=tollgate@users.noreply.github.com', 'commit', '-q', '-m', `Right-size requests and limits from observed usage (saves ${formatMoney(saving, 'USD')} a month)`], 'commit');
  // The token goes to git through its environment (GIT_CONFIG_*), never its argv, which other processes can read.
  let pushEnv: NodeJS.ProcessEnv | undefined;
  if (inputs.recommendToken) {
    core.setSecret(inputs.recommendToken);
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${inputs.recommendToken}`).toString('base64')}`;
    core.setSecret(header);
    // actions/checkout leaves its own header for the server in the repository's config: an empty
    // value first clears that list, so only this token's header is sent.
    const key = `http.${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')}/.extraheader`;
    pushEnv = { ...process.env, GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header };
  }
  await gitOrFail(workspace, ['push', '-q', '--force', 'origin', `HEAD:refs/heads/${branch}`], 'push', pushEnv);
  const octokit = client(token, env.GITHUB_API_URL);
  const { owner, repo } = event.repository;
  const body = `${reports.join('\n')}\n<sub>Opened by tollgate recommend; the branch is rewritten on every run.</sub>\n`;
  const open = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 100 });
  const title = `Right-size requests and limits (saves ${formatMoney(saving, 'USD')} a month)`;
  const pr = open.data[0]
    ? (await octokit.rest.pulls.update({ owner, repo, pull_number: open.data[0].number, title, body })).data
    : (await octokit.rest.pulls.create({ owner, repo, head: branch, base: baseBranch, title, body })).data;
  core.setOutput('recommend-pull-request', pr.html_url);
  core.info(`tollgate recommend: pull request ${pr.html_url}`);
}
