// No secret value, and nothing from a Secret's data, appears in any report,
// annotation, log line or error: canary values are planted and grepped for.
// `render` is the exception that proves the rule: Argo CD applies its output,
// so Secrets stay byte-for-byte there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepoWith, kubectlDecode, runCli } from '../helpers/env.js';

const CANARIES = {
  secretData: 'Q0FOQVJZLWRhdGEtN2YzYTE=', // base64 of CANARY-data-7f3a1
  secretDataDecoded: 'CANARY-data-7f3a1',
  stringData: 'CANARY-stringdata-91b2c',
  env: 'CANARY-env-password-44d0e',
  aws: 'AKIACANARY0123456789',
  configMap: 'CANARY-configmap-token-8e8e',
  privateKey: '-----BEGIN RSA PRIVATE KEY-----\nCANARYKEYMATERIAL\n-----END RSA PRIVATE KEY-----\n',
};

const APP = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
type: Opaque
data:
  password: ${CANARIES.secretData}
stringData:
  token: ${CANARIES.stringData}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  API_TOKEN: ${CANARIES.configMap}
  key.pem: |
${CANARIES.privateKey.split('\n').filter(Boolean).map((l) => `    ${l}`).join('\n')}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: api
        image: ghcr.io/acme/api:1.0
        env:
        - name: DB_PASSWORD
          value: ${CANARIES.env}
        - name: AWS_KEY
          value: ${CANARIES.aws}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {memory: 128Mi}
`;

function leaked(text: string): string[] {
  const values = [CANARIES.secretData, CANARIES.secretDataDecoded, CANARIES.stringData, CANARIES.env, CANARIES.aws, CANARIES.configMap, 'CANARYKEYMATERIAL'];
  return values.filter((v) => text.includes(v));
}

describe('secrets never leak', () => {
  it('not in any report format, log line or warning', () => {
    const repo = gitRepoWith({ 'app/app.yaml': APP });
    const outputs: string[] = [];
    for (const command of ['check', 'cost']) {
      for (const format of command === 'check' ? ['pretty', 'json', 'sarif', 'markdown'] : ['pretty', 'json', 'markdown']) {
        const run = runCli([command, join(repo, 'app'), '--format', format]);
        expect(run.status, `${command} --format ${format}: ${run.stderr}`).toBe(1);
        outputs.push(run.stdout, run.stderr);
      }
    }
    const rules = JSON.parse(runCli(['check', join(repo, 'app'), '--format', 'json']).stdout).resources.flatMap((r: { findings: Array<{ rule: string }> }) =>
      r.findings.map((f) => f.rule),
    );
    expect(rules).toEqual(expect.arrayContaining(['secret-plaintext', 'secret-in-configmap', 'secret-in-env']));
    expect(leaked(outputs.join('\n'))).toEqual([]);
  });

  it('not in annotations, nor in the refusal of --mode enforce', () => {
    const repo = gitRepoWith({ 'app/app.yaml': APP });
    const render = runCli(['render', join(repo, 'app')]);
    const annotations = kubectlDecode(render.stdout).map((o) => JSON.stringify((o.metadata as { annotations?: object }).annotations ?? {}));
    expect(leaked(annotations.join('\n'))).toEqual([]);
    const enforce = runCli(['render', join(repo, 'app'), '--mode', 'enforce']);
    expect(enforce.status).toBe(1);
    expect(enforce.stdout).toBe('');
    expect(enforce.stderr).toContain('secret-plaintext');
    expect(leaked(enforce.stderr)).toEqual([]);
  });

  it('not in error messages about the file that holds them', () => {
    const repo = gitRepoWith({ 'app/app.yaml': `${APP}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: broken\nstringData:\n  token: ${CANARIES.stringData}\n  bad: [unclosed\n` });
    const run = runCli(['check', join(repo, 'app')]);
    expect(run.status).toBe(2);
    expect(leaked(run.stderr + run.stdout)).toEqual([]);
  });

  it('render keeps Secrets byte-for-byte: Argo CD applies exactly this', () => {
    const repo = gitRepoWith({ 'app/app.yaml': APP });
    writeFileSync(join(repo, 'app/.tollgate.yaml'), 'policy: {failOn: never}\n');
    const objects = kubectlDecode(runCli(['render', join(repo, 'app')]).stdout);
    const secret = objects.find((o) => o.kind === 'Secret')!;
    expect(secret.data).toEqual({ password: CANARIES.secretData });
    expect(secret.stringData).toEqual({ token: CANARIES.stringData });
  });
});
