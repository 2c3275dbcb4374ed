// Rules that look across the render: network segmentation, disruption
// budgets, and secrets (which never print what they found).
import type { KubeObject } from '../../manifest/resource.js';
import type { RawFinding, Rule, RuleContext } from '../rule.js';
import { asObject } from '../../manifest/pointer.js';
import { joined } from '../shared-strings.js';

type Obj = Record<string, unknown>;
const obj = asObject;

/** Kubernetes label selector semantics (matchLabels and matchExpressions); an empty selector selects all. */
export function selects(selector: unknown, labels: Record<string, string>): boolean {
  const s = obj(selector);
  if (!s) return false;
  for (const [k, v] of Object.entries(obj(s.matchLabels) ?? {})) if (labels[k] !== v) return false;
  for (const e of (Array.isArray(s.matchExpressions) ? s.matchExpressions : []) as Obj[]) {
    const key = String(e.key);
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = key in labels;
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Shared by checks that find nothing. */
const NONE: RawFinding[] = [];
const REPLICATED_KINDS = new Set(['Deployment', 'StatefulSet', 'Rollout']);

const podLabels = (ctx: RuleContext): Record<string, string> =>
  ctx.object.kind === 'Pod' ? { ...(ctx.template!.metadata?.labels ?? {}), ...(ctx.object.metadata?.labels ?? {}) } : ctx.template!.metadata?.labels ?? {};

function policyTypes(policy: KubeObject): string[] {
  const spec = obj(policy.spec) ?? {};
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes.map(String);
  return spec.egress ? ['Ingress', 'Egress'] : ['Ingress'];
}

const CREDENTIAL_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH)/i;
const NOT_CREDENTIAL_NAME = /(_FILE|_PATH|_DIR|_URL|_ENDPOINT|_HOST|_NAME|_ID|_USER|_USERNAME|_REF|_TTL|_TIMEOUT|_SECONDS|_ENABLED|_LENGTH)$/i;
const TOKEN_FORMATS: Array<[RegExp, string]> = [
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{60,}\b/, 'a GitHub token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, 'a private key'],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'a Stripe key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
];

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Why a name/value pair looks like a credential, without ever repeating the value. */
export function credentialReason(name: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  for (const [pattern, what] of TOKEN_FORMATS) if (pattern.test(value)) return `holds ${what}`;
  if (CREDENTIAL_NAME.test(name) && !NOT_CREDENTIAL_NAME.test(name) && value.length >= 6 && !/^\$\(|^\{\{|^<.*>$/.test(value)) return 'has a literal value under a credential-like name';
  if (value.length >= 32 && !/[\s/:.@]/.test(value) && entropy(value) >= 4.5) return 'holds a high-entropy literal that looks like a key';
  return undefined;
}

export const CLUSTER_RULES: Rule[] = [
  {
    id: 'network-policy',
    level: 'error',
    title: 'Pods segmented by NetworkPolicy',
    description: 'Every pod template must be selected by NetworkPolicies of its namespace for both Ingress and Egress; a namespace-wide default deny (empty podSelector) counts.',
    rationale: 'Without a policy a compromised pod can reach every other pod and the internet.',
    frameworks: ['CIS 5.3.2', 'NSA/CISA hardening'],
    scope: 'pod',
    check: (ctx) => {
      const policies = ctx.index.inNamespace('NetworkPolicy', ctx.namespace);
      if (policies.length === 0) return [{ message: joined(joined('no NetworkPolicy in namespace ', ctx.namespace || '(default)'), ' selects these pods for Ingress and Egress'), path: ctx.template!.pointer }];
      const labels = podLabels(ctx);
      const covered = new Set<string>();
      for (const r of policies) {
        if (!selects(obj(r.object.spec)?.podSelector, labels)) continue;
        for (const t of policyTypes(r.object)) covered.add(t);
      }
      const missing = ['Ingress', 'Egress'].filter((t) => !covered.has(t));
      return missing.length ? [{ message: `no NetworkPolicy in namespace ${ctx.namespace || '(default)'} selects these pods for ${missing.join(' and ')}`, path: ctx.template!.pointer }] : [];
    },
  },
  {
    id: 'pdb-missing',
    level: 'info',
    title: 'A PodDisruptionBudget for replicated workloads',
    description: 'Deployments, StatefulSets and Rollouts with 2 or more replicas should be selected by a PodDisruptionBudget.',
    rationale: 'Node drains otherwise evict every replica at once.',
    frameworks: ['reliability'],
    scope: 'pod',
    check: (ctx) => {
      if (!REPLICATED_KINDS.has(String(ctx.object.kind))) return NONE;
      const replicas = obj(ctx.object.spec)?.replicas;
      if (replicas === undefined || (typeof replicas === 'number' && replicas < 2)) return NONE;
      const labels = podLabels(ctx);
      const found = ctx.index.inNamespace('PodDisruptionBudget', ctx.namespace).some((r) => selects(obj(r.object.spec)?.selector, labels));
      return found ? [] : [{ message: `${replicas} replicas and no PodDisruptionBudget selects them`, path: '/spec/replicas' }];
    },
  },
  {
    id: 'secret-plaintext',
    level: 'error',
    title: 'No plaintext Secrets in Git',
    description: 'A Secret with data or stringData must not be committed; use SealedSecret, ExternalSecret or SOPS encryption.',
    rationale: 'Base64 is not encryption: anyone who can read the repository can read the secret.',
    frameworks: ['CIS 5.4.1', 'OWASP K8s Top 10 K08'],
    scope: 'resource',
    check: (ctx) => {
      if (ctx.object.kind !== 'Secret' || ctx.object.apiVersion !== 'v1') return NONE;
      if (obj(ctx.object.sops)) return []; // SOPS-encrypted
      const out: RawFinding[] = [];
      for (const key of ['data', 'stringData']) {
        const map = obj(ctx.object[key]);
        const count = map ? Object.keys(map).length : 0;
        if (count) out.push({ message: `Secret holds ${count} plaintext ${key} key${count > 1 ? 's' : ''}`, path: `/${key}` });
      }
      return out;
    },
  },
  {
    id: 'secret-in-env',
    level: 'error',
    title: 'No credentials in env values',
    description: 'An env var must not carry a credential as a literal value (credential-like names, known token formats, private keys, high-entropy keys); use valueFrom.secretKeyRef.',
    rationale: 'Literal env values live in Git and in every describe output.',
    frameworks: ['CIS 5.4.1'],
    scope: 'pod',
    check: (ctx) => {
      let out: RawFinding[] | undefined;
      for (const c of ctx.containers) {
        const env = c.container.env;
        if (!Array.isArray(env)) continue;
        env.forEach((e, i) => {
          const name = String(obj(e)?.name ?? '');
          const reason = credentialReason(name, obj(e)?.value);
          if (reason) (out ??= []).push({ message: `container ${c.name}: env ${name} ${reason}`, path: `${c.pointer}/env/${i}/value`, container: c.name });
        });
      }
      return out ?? NONE;
    },
  },
  {
    id: 'secret-in-configmap',
    level: 'warning',
    title: 'No credentials in ConfigMaps',
    description: 'A ConfigMap key must not hold a credential (credential-like key names with literal values, known token formats, private keys).',
    rationale: 'ConfigMaps are readable by far more people and tools than Secrets.',
    frameworks: ['CIS 5.4.1'],
    scope: 'resource',
    check: (ctx) => {
      if (ctx.object.kind !== 'ConfigMap') return NONE;
      const data = obj(ctx.object.data) ?? {};
      return Object.entries(data).flatMap(([key, value]) => {
        const reason = credentialReason(key, value);
        return reason ? [{ message: `key ${key} ${reason}`, path: `/data/${key.replaceAll('~', '~0').replaceAll('/', '~1')}` }] : [];
      });
    },
  },
];
