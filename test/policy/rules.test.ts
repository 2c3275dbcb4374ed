// Every rule: a fixture that breaks it, with the line it must point at marked
// `# <-` in the fixture, and fixtures that pass. The clean base passes every
// rule at once, so no rule raises a false positive on it.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { parseManifestStream } from '../../src/manifest/parse.js';
import { RULES, evaluatePolicy } from '../../src/policy/engine.js';
import type { Finding } from '../../src/policy/finding.js';

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

const CLEAN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: team
  labels:
    team: a
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app
  template:
    metadata:
      labels:
        app: app
        team: a
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
      - name: app
        image: ghcr.io/acme/app:1.0@${DIGEST}
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop: [ALL]
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
          limits:
            memory: 128Mi
        readinessProbe:
          httpGet: {path: /ready, port: 8080}
        livenessProbe:
          httpGet: {path: /live, port: 8080}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: team
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: app
  namespace: team
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app: app
`;

function findings(yaml: string, config: Record<string, unknown> = {}): Finding[] {
  const resources = parseManifestStream(yaml, 'fixture.yaml');
  const result = evaluatePolicy(resources, { config: defaultConfig(config), now: new Date('2026-06-01T00:00:00Z') });
  return [...result.findings.values()].flat();
}

/** The 1-based line marked `# <-` in the fixture. */
function markedLine(yaml: string): number {
  const index = yaml.split('\n').findIndex((l) => l.includes('# <-'));
  if (index < 0) throw new Error('fixture has no # <- marker');
  return index + 1;
}

function edit(from: string, to: string, base = CLEAN): string {
  if (!base.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
  return base.replace(from, to);
}

const POD_SPEC = '    spec:\n      securityContext:\n        runAsNonRoot: true\n';

const FAILING: Array<[string, string, Record<string, unknown>?]> = [
  ['pss-host-process', edit('        runAsNonRoot: true\n', '        runAsNonRoot: true\n        windowsOptions:\n          hostProcess: true # <-\n')],
  ['pss-host-namespaces', edit(POD_SPEC, `    spec:\n      hostNetwork: true # <-\n      securityContext:\n        runAsNonRoot: true\n`)],
  ['pss-privileged', edit('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          privileged: true # <-\n')],
  ['pss-capabilities', edit('            drop: [ALL]\n', '            drop: [ALL]\n            add:\n            - SYS_ADMIN # <-\n')],
  ['pss-host-path', edit('        livenessProbe:', '      volumes:\n      - name: docker\n        hostPath: # <-\n          path: /var/run/docker.sock\n        livenessProbe:').replace('        livenessProbe:\n          httpGet: {path: /live, port: 8080}\n---', '---').replace('      volumes:', '        livenessProbe:\n          httpGet: {path: /live, port: 8080}\n      volumes:')],
  ['pss-host-ports', edit('        resources:\n', '        ports:\n        - containerPort: 8080\n          hostPort: 8080 # <-\n        resources:\n')],
  ['pss-apparmor', edit('        app: app\n        team: a\n', '        app: app\n        team: a\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/app: unconfined # <-\n')],
  ['pss-selinux', edit('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          seLinuxOptions:\n            type: spc_t # <-\n')],
  ['pss-proc-mount', edit('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          procMount: Unmasked # <-\n')],
  ['pss-seccomp', edit('          allowPrivilegeEscalation: false\n', '          allowPrivilegeEscalation: false\n          seccompProfile:\n            type: Unconfined # <-\n')],
  ['pss-sysctls', edit('        runAsNonRoot: true\n', '        runAsNonRoot: true\n        sysctls:\n        - name: kernel.msgmax # <-\n          value: "65536"\n')],
  ['pss-volume-types', edit('        livenessProbe:\n          httpGet: {path: /live, port: 8080}\n', '        livenessProbe:\n          httpGet: {path: /live, port: 8080}\n      volumes:\n      - name: share\n        nfs: # <-\n          server: nfs.example.com\n          path: /share\n')],
  ['pss-privilege-escalation', edit('      - name: app\n', '      - name: app # <-\n').replace('          allowPrivilegeEscalation: false\n', '')],
  ['pss-run-as-non-root', edit('        runAsNonRoot: true\n', '        runAsNonRoot: false # <-\n')],
  ['pss-run-as-user', edit('        runAsNonRoot: true\n', '        runAsNonRoot: true\n        runAsUser: 0 # <-\n')],
  ['pss-seccomp-strict', edit('      - name: app\n', '      - name: app # <-\n').replace('        seccompProfile:\n          type: RuntimeDefault\n', '')],
  ['pss-capabilities-strict', edit('      - name: app\n', '      - name: app # <-\n').replace('            drop: [ALL]\n', '            drop: [NET_RAW]\n')],
  ['trusted-registry', edit(`        image: ghcr.io/acme/app:1.0@${DIGEST}\n`, `        image: quay.io/other/app:1.0@${DIGEST} # <-\n`), { policy: { trustedRegistries: ['ghcr.io/acme/'] } }],
  ['image-digest', edit(`        image: ghcr.io/acme/app:1.0@${DIGEST}\n`, '        image: ghcr.io/acme/app:1.0 # <-\n')],
  ['image-tag-latest', edit(`        image: ghcr.io/acme/app:1.0@${DIGEST}\n`, '        image: ghcr.io/acme/app:latest # <-\n')],
  ['resources-requests', edit('          requests:\n            cpu: 100m\n            memory: 128Mi\n', '          requests:\n            memory: 128Mi\n').replace('        resources:\n', '        resources: # <-\n')],
  ['resources-limits', edit('          limits:\n            memory: 128Mi\n', '          limits: # <-\n            cpu: "1"\n')],
  ['gpu-critical-only', edit('          limits:\n            memory: 128Mi\n', '          limits:\n            memory: 128Mi\n            nvidia.com/gpu: 1\n').replace(POD_SPEC, '    spec: # <-\n      securityContext:\n        runAsNonRoot: true\n')],
  ['cost-labels', edit('metadata:\n  name: app\n  namespace: team\n  labels:\n    team: a\n', 'metadata: # <-\n  name: app\n  namespace: team\n').replace('        app: app\n        team: a\n', '        app: app\n')],
  ['network-policy', edit(POD_SPEC, `    spec: # <-\n      securityContext:\n        runAsNonRoot: true\n`).replace('  policyTypes: [Ingress, Egress]\n', '  policyTypes: [Ingress]\n')],
  ['probe-readiness', edit('      - name: app\n', '      - name: app # <-\n').replace('        readinessProbe:\n          httpGet: {path: /ready, port: 8080}\n', '')],
  ['probe-liveness', edit('      - name: app\n', '      - name: app # <-\n').replace('        livenessProbe:\n          httpGet: {path: /live, port: 8080}\n', '')],
  ['replicas-min', edit('  replicas: 2\n', '  replicas: 1 # <-\n')],
  ['pdb-missing', edit('  replicas: 2\n', '  replicas: 2 # <-\n').replace(/---\napiVersion: policy\/v1[\s\S]*$/, '')],
  ['secret-in-env', edit('        resources:\n', '        env:\n        - name: DB_PASSWORD\n          value: hunter2-but-longer # <-\n        resources:\n')],
];

const STANDALONE: Array<[string, string]> = [
  ['secret-plaintext', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData: # <-\n  password: s3cr3t-value\n'],
  ['secret-in-configmap', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LOG_LEVEL: info\n  API_TOKEN: abcdef123456 # <-\n'],
  [
    'spot-for-batch',
    `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec: # <-
          restartPolicy: OnFailure
          containers:
          - name: job
            image: ghcr.io/acme/job:1.0@${DIGEST}
`,
  ],
];

describe('every rule', () => {
  it('the clean fixture passes every rule', () => {
    expect(findings(CLEAN, { policy: { trustedRegistries: ['ghcr.io/acme/'] } })).toEqual([]);
  });

  it('every rule id is tested here', () => {
    const tested = new Set([...FAILING, ...STANDALONE].map(([id]) => id));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id) && id !== 'image-vulnerabilities')).toEqual([]);
  });

  for (const [rule, yaml, config] of FAILING) {
    it(`${rule}: fails at the marked line`, () => {
      const found = findings(yaml, config).filter((f) => f.rule === rule);
      expect(found.map((f) => f.source)).toContainEqual({ file: 'fixture.yaml', line: markedLine(yaml) });
    });
  }
  for (const [rule, yaml] of STANDALONE) {
    it(`${rule}: fails at the marked line`, () => {
      const found = findings(yaml).filter((f) => f.rule === rule);
      expect(found.map((f) => f.source)).toEqual([{ file: 'fixture.yaml', line: markedLine(yaml) }]);
    });
  }
});

describe('rules that pass', () => {
  const rulesOf = (yaml: string, config?: Record<string, unknown>) => findings(yaml, config).map((f) => f.rule);

  it('NET_BIND_SERVICE may be added; ALL dropped', () => {
    const yaml = edit('            drop: [ALL]\n', '            drop: [ALL]\n            add: [NET_BIND_SERVICE]\n');
    expect(rulesOf(yaml)).toEqual([]);
  });

  it('a digest-only image passes image-tag-latest and image-digest', () => {
    expect(rulesOf(edit(`image: ghcr.io/acme/app:1.0@${DIGEST}`, `image: ghcr.io/acme/app@${DIGEST}`))).toEqual([]);
  });

  it('env from secretKeyRef, and names that only mention secrets, pass secret-in-env', () => {
    const yaml = edit(
      '        resources:\n',
      '        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: db, key: password}\n        - name: SECRET_FILE_PATH\n          value: /etc/secret/token\n        resources:\n',
    );
    expect(rulesOf(yaml)).toEqual([]);
  });

  it('SealedSecrets and SOPS-encrypted Secrets pass secret-plaintext', () => {
    expect(rulesOf('apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK\n')).toEqual([]);
    expect(rulesOf('apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ENC[AES256_GCM,data:abc]\nsops:\n  version: 3.8.1\n')).toEqual([]);
  });

  it('a pod selected by label for ingress and by a default deny for egress is segmented', () => {
    const yaml = edit('  podSelector: {}\n  policyTypes: [Ingress, Egress]\n', '  podSelector: {}\n  policyTypes: [Egress]\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: app-in\n  namespace: team\nspec:\n  podSelector:\n    matchExpressions:\n    - {key: app, operator: In, values: [app, web]}\n  ingress:\n  - {}\n');
    expect(rulesOf(yaml)).toEqual([]);
  });

  it('a policy in another namespace does not count', () => {
    expect(rulesOf(edit('  name: default-deny\n  namespace: team\n', '  name: default-deny\n  namespace: other\n'))).toEqual(['network-policy']);
  });

  it('GPUs pass with a critical priority class, the critical tier label, or a type in gpuForAll', () => {
    const gpu = edit('          limits:\n            memory: 128Mi\n', '          limits:\n            memory: 128Mi\n            nvidia.com/gpu: 1\n');
    expect(rulesOf(gpu)).toEqual(['gpu-critical-only']);
    expect(rulesOf(edit(POD_SPEC, '    spec:\n      priorityClassName: inference\n      securityContext:\n        runAsNonRoot: true\n', gpu), { policy: { criticalPriorityClasses: ['inference'] } })).toEqual([]);
    expect(rulesOf(edit('        app: app\n        team: a\n', '        app: app\n        team: a\n        tollgate.dev/tier: critical\n', gpu))).toEqual([]);
    const t4 = edit(POD_SPEC, '    spec:\n      nodeSelector: {cloud.google.com/gke-accelerator: nvidia-tesla-t4}\n      securityContext:\n        runAsNonRoot: true\n', gpu);
    expect(rulesOf(t4, { policy: { gpuForAll: ['Tesla-T4'] } })).toEqual([]);
  });

  it('Windows pods are exempt from the Linux-only restricted controls', () => {
    const windows = edit(POD_SPEC, '    spec:\n      os: {name: windows}\n      securityContext:\n        runAsNonRoot: true\n')
      .replace('          allowPrivilegeEscalation: false\n', '')
      .replace('        seccompProfile:\n          type: RuntimeDefault\n', '')
      .replace('            drop: [ALL]\n', '            drop: []\n');
    expect(rulesOf(windows)).toEqual([]);
  });

  it('a rule set to off is not run; a level set in the config is used', () => {
    const latest = edit(`image: ghcr.io/acme/app:1.0@${DIGEST}`, 'image: ghcr.io/acme/app:latest');
    expect(rulesOf(latest, { policy: { rules: { 'image-tag-latest': 'off', 'image-digest': 'off' } } })).toEqual([]);
    expect(findings(latest, { policy: { rules: { 'image-digest': 'error' } } }).find((f) => f.rule === 'image-digest')?.level).toBe('error');
  });

  it('a namespace enforcing restricted turns restricted violations into errors', () => {
    const yaml = `${edit('          allowPrivilegeEscalation: false\n', '')}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n`;
    const escalation = findings(yaml).find((f) => f.rule === 'pss-privilege-escalation')!;
    expect(escalation.level).toBe('error');
    expect(escalation.message).toBe('container app: does not set allowPrivilegeEscalation: false (namespace team enforces restricted: the API server will reject it)');
  });
});

describe('exemptions', () => {
  const latest = edit(`image: ghcr.io/acme/app:1.0@${DIGEST}`, 'image: ghcr.io/acme/app:latest').replace('image-digest', 'x');
  const config = (exception: Record<string, unknown>) => ({ policy: { rules: { 'image-digest': 'off' }, exceptions: [exception] } });

  it('a config exception matching namespace, kind, name, container and image suppresses, with its reason and expiry', () => {
    const [f] = findings(latest, config({ rules: ['image-tag-latest'], match: { namespace: 'team', kind: 'Deployment', name: 'a*', container: '*', image: 'ghcr.io/*' }, reason: 'OPS-142', expires: '2026-12-31' }));
    expect(f).toMatchObject({ rule: 'image-tag-latest', suppressed: { by: 'exception', reason: 'OPS-142', expires: '2026-12-31' } });
  });

  it('an exception that does not match does not suppress', () => {
    const [f] = findings(latest, config({ rules: ['image-tag-latest'], match: { name: 'other' }, reason: 'x' }));
    expect(f.suppressed).toBeNull();
  });

  it('an expired exception stops applying and a warning says so (through 23:59:59 UTC of its day)', () => {
    const resources = parseManifestStream(latest, 'fixture.yaml');
    const cfg = defaultConfig(config({ rules: ['image-tag-latest'], reason: 'vendor', expires: '2026-05-31' }));
    const lastMoment = evaluatePolicy(resources, { config: cfg, now: new Date('2026-05-31T23:59:59Z') });
    expect([...lastMoment.findings.values()].flat()[0].suppressed).not.toBeNull();
    const after = evaluatePolicy(resources, { config: cfg, now: new Date('2026-06-01T00:00:00Z') });
    expect([...after.findings.values()].flat()[0].suppressed).toBeNull();
    expect(after.warnings).toEqual(['the exception for image-tag-latest (vendor) expired on 2026-05-31; its findings count again']);
  });

  it('an annotation with a reason exempts (on the resource or its pod template); an empty one does not', () => {
    const annotated = (where: string, reason: string) =>
      where === 'resource'
        ? latest.replace('  namespace: team\n  labels:\n    team: a\n', `  namespace: team\n  labels:\n    team: a\n  annotations:\n    tollgate.dev/exempt.image-tag-latest: "${reason}"\n`)
        : latest.replace('        app: app\n        team: a\n', `        app: app\n        team: a\n      annotations:\n        tollgate.dev/exempt.image-tag-latest: "${reason}"\n`);
    const off = { policy: { rules: { 'image-digest': 'off' } } };
    expect(findings(annotated('resource', 'built in CI'), off)[0].suppressed).toEqual({ by: 'annotation', reason: 'built in CI' });
    expect(findings(annotated('template', 'built in CI'), off)[0].suppressed).toEqual({ by: 'annotation', reason: 'built in CI' });
    expect(findings(annotated('resource', ' '), off)[0].suppressed).toBeNull();
    expect(findings(annotated('resource', 'x'), { policy: { rules: { 'image-digest': 'off' }, allowAnnotationExemptions: false } })[0].suppressed).toBeNull();
    expect(findings(annotated('resource', 'x'), { policy: { rules: { 'image-digest': 'off' }, allowAnnotationExemptions: ['pss-privileged'] } })[0].suppressed).toBeNull();
  });
});

describe('version- and config-dependent rules', () => {
  const sysctl = (name: string) => edit('        runAsNonRoot: true\n', `        runAsNonRoot: true\n        sysctls:\n        - name: ${name}\n          value: "1"\n`);

  it('sysctls: the safe set depends on the Kubernetes version', () => {
    const resources = parseManifestStream(sysctl('net.ipv4.tcp_keepalive_time'), 'fixture.yaml');
    const at = (kubeVersion?: string) =>
      [...evaluatePolicy(resources, { config: defaultConfig(), now: new Date(), kubeVersion }).findings.values()].flat().map((f) => f.message);
    expect(at('1.28.4')).toEqual(['sysctl net.ipv4.tcp_keepalive_time is not in the safe set for Kubernetes 1.28']);
    expect(at('1.29.0')).toEqual([]);
    expect(at(undefined)).toEqual([]);
  });

  it('resources-limits asks for a cpu limit only when policy.requireCpuLimits is set', () => {
    expect(findings(CLEAN)).toEqual([]);
    expect(findings(CLEAN, { policy: { requireCpuLimits: true } }).map((f) => f.message)).toEqual(['container app: no cpu limit']);
  });
});
