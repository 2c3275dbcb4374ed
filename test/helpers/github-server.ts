// A local stand-in for the part of GitHub's REST API the Action uses, on
// 127.0.0.1. It answers as GitHub does: issue comments paged by `per_page`
// with Link headers, 201/200 bodies with ids, 422 for a comment body over
// 65,536 characters or more than 50 check-run annotations, 403 for a
// read-only token, and 403 on /user for an installation token (GITHUB_TOKEN).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: any;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface GitHubStandIn {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, Comment[]>;
  checkRuns: Array<{ id: number; head_sha: string; conclusion: string; output: any; annotations: any[] }>;
  pulls: Array<{ number: number; head: string; base: string; title: string; body: string; state: 'open' | 'closed' }>;
  /** Attestation bundles by `owner/repo` and subject digest (`sha256:…`). */
  attestations: Map<string, unknown[]>;
  /** Writes answer 403, as for a fork PR's token. */
  readOnly: boolean;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

export async function startGitHub(): Promise<GitHubStandIn> {
  let nextId = 1000;
  const state: GitHubStandIn = {
    url: '',
    requests: [],
    comments: new Map(),
    checkRuns: [],
    pulls: [],
    attestations: new Map(),
    readOnly: false,
    close: async () => undefined,
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
    res.end(JSON.stringify(body));
  };
  const forbidden = (res: ServerResponse) =>
    send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', state.url);
    const body = raw ? JSON.parse(raw) : undefined;
    state.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, ...(body !== undefined ? { body } : {}) });
    const write = req.method !== 'GET';
    if (write && state.readOnly) return forbidden(res);
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && url.pathname === '/user') return forbidden(res);
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      const list = state.comments.get(issue) ?? [];
      if (req.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const link = (p: number) => `<${state.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
        const links = [page < last ? `${link(page + 1)}; rel="next"` : '', page < last ? `${link(last)}; rel="last"` : '', page > 1 ? `${link(1)}; rel="first"` : '', page > 1 ? `${link(page - 1)}; rel="prev"` : ''].filter(Boolean);
        return send(res, 200, list.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
      }
      if (req.method === 'POST') {
        if (typeof body?.body !== 'string' || body.body.length > 65_536) {
          return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], status: '422' });
        }
        const comment = { id: nextId++, body: body.body, user: BOT };
        state.comments.set(issue, [...list, comment]);
        return send(res, 201, comment);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      const id = Number(m[1]);
      for (const list of state.comments.values()) {
        const comment = list.find((c) => c.id === id);
        if (!comment) continue;
        if (body.body.length > 65_536) return send(res, 422, { message: 'Validation Failed', status: '422' });
        comment.body = body.body;
        return send(res, 200, comment);
      }
      return send(res, 404, { message: 'Not Found', status: '404' });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname) && req.method === 'POST') {
      const annotations = body.output?.annotations ?? [];
      if (annotations.length > 50) return send(res, 422, { message: 'Only 50 annotations may be sent per request', status: '422' });
      const run = { id: nextId++, head_sha: body.head_sha, conclusion: body.conclusion, output: body.output, annotations: [...annotations] };
      state.checkRuns.push(run);
      return send(res, 201, { id: run.id, head_sha: run.head_sha });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      const run = state.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(res, 404, { message: 'Not Found', status: '404' });
      const annotations = body.output?.annotations ?? [];
      if (annotations.length > 50) return send(res, 422, { message: 'Only 50 annotations may be sent per request', status: '422' });
      run.annotations.push(...annotations);
      return send(res, 200, { id: run.id });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/attestations\/(sha256:[0-9a-f]{64})$/.exec(url.pathname)) && req.method === 'GET') {
      if (!req.headers.authorization) return send(res, 401, { message: 'Requires authentication', status: '401' });
      const bundles = state.attestations.get(`${m[1]}/${m[2]}`) ?? [];
      if (!bundles.length) return send(res, 404, { message: 'Not Found', status: '404' });
      return send(res, 200, { attestations: bundles.map((bundle) => ({ bundle, repository_id: 1 })) });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname)) {
      const [owner, repo] = url.pathname.split('/').slice(2, 4);
      const view = (p: GitHubStandIn['pulls'][number]) => ({ number: p.number, state: p.state, title: p.title, body: p.body, head: { ref: p.head, label: `${owner}:${p.head}` }, base: { ref: p.base }, html_url: `https://github.com/${owner}/${repo}/pull/${p.number}` });
      if (req.method === 'GET') {
        // `head` is `owner:branch`; GitHub filters on it and on state.
        const head = url.searchParams.get('head');
        const stateWanted = url.searchParams.get('state') ?? 'open';
        return send(res, 200, state.pulls.filter((p) => (!head || `${owner}:${p.head}` === head) && (stateWanted === 'all' || p.state === stateWanted)).map(view));
      }
      if (req.method === 'POST') {
        if (state.pulls.some((p) => p.head === body.head && p.state === 'open')) return send(res, 422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${owner}:${body.head}.` }], status: '422' });
        const pull = { number: state.pulls.length + 100, head: body.head, base: body.base, title: body.title, body: body.body, state: 'open' as const };
        state.pulls.push(pull);
        return send(res, 201, view(pull));
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      const pull = state.pulls.find((p) => p.number === Number(m![3]));
      if (!pull) return send(res, 404, { message: 'Not Found', status: '404' });
      Object.assign(pull, { title: body.title ?? pull.title, body: body.body ?? pull.body });
      return send(res, 200, { number: pull.number, html_url: `https://github.com/${m[1]}/${m[2]}/pull/${pull.number}`, title: pull.title, body: pull.body, state: pull.state });
    }
    return send(res, 404, { message: 'Not Found', status: '404' });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

export { BOT as ACTIONS_BOT };
