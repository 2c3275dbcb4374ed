import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/config/load.js';
import { gitRepoWith } from '../helpers/env.js';
import { loadYamlLib } from '../../src/config/yaml-lib.js';

// loadConfig reads files with the yaml library, which renders load only when a config file is found.
beforeAll(loadYamlLib);

describe('.tollgate.yaml', () => {
  it('is the nearest one from the app up to the repo root', () => {
    const repo = gitRepoWith({ '.tollgate.yaml': 'budgets: {total: 1}\n', 'apps/a/x.yaml': '', 'apps/b/.tollgate.yaml': 'budgets: {total: 2}\n', 'apps/b/x.yaml': '' });
    expect(findConfigFile(join(repo, 'apps/a'), repo)).toBe(join(repo, '.tollgate.yaml'));
    expect(findConfigFile(join(repo, 'apps/b'), repo)).toBe(join(repo, 'apps/b/.tollgate.yaml'));
  });

  it('applies the schema defaults when there is none', () => {
    const repo = gitRepoWith({ 'app/x.yaml': '' });
    const { config, files } = loadConfig({ appDir: join(repo, 'app'), repoRoot: repo });
    expect(files).toEqual([]);
    expect(config.prices.profile).toBe('opencost');
    expect(config.assumptions).toEqual({ daemonSetNodes: 3, cronJobDuration: '10m' });
    expect(config.budgets).toEqual({ basis: 'min' });
    expect(config.policy.failOn).toBe('error');
    expect(config.policy.costLabels).toEqual(['team']);
  });

  it('merges extends first: later wins, lists replace, paths relative to the file that names them', () => {
    const repo = gitRepoWith({
      'policies/org.yaml': 'prices: {profile: aws, file: org-prices.yaml}\npolicy:\n  trustedRegistries: [a/, b/]\n  rules: {image-digest: error}\nbudgets: {total: 100}\n',
      'policies/org-prices.yaml': 'cpu: 0.05\n',
      'apps/shop/.tollgate.yaml': 'extends: [../../policies/org.yaml]\npolicy:\n  trustedRegistries: [c/]\n  rules: {probe-liveness: off}\nbudgets: {workload: 10}\n',
    });
    const { config, files } = loadConfig({ appDir: join(repo, 'apps/shop'), repoRoot: repo });
    expect(files).toEqual([join(repo, 'policies/org.yaml'), join(repo, 'apps/shop/.tollgate.yaml')]);
    expect(config.prices.profile).toBe('aws');
    expect(config.prices.file).toBe(join(repo, 'policies/org-prices.yaml'));
    expect(config.policy.trustedRegistries).toEqual(['c/']);
    expect(config.policy.rules).toEqual({ 'image-digest': 'error', 'probe-liveness': 'off' });
    expect(config.budgets).toEqual({ basis: 'min', total: 100, workload: 10 });
  });

  it('parses YAML 1.2: dates and `on` stay strings', () => {
    const repo = gitRepoWith({
      '.tollgate.yaml': 'policy:\n  exceptions:\n    - rules: [pss-run-as-non-root]\n      reason: vendor image\n      expires: 2027-03-31\n',
    });
    const { config } = loadConfig({ appDir: repo, repoRoot: repo });
    expect(config.policy.exceptions[0].expires).toBe('2027-03-31');
  });

  it('refuses an unknown key at its line, and a bad value with its path', () => {
    const repo = gitRepoWith({ '.tollgate.yaml': 'budgets:\n  total: 10\n  totl: 5\n' });
    expect(() => loadConfig({ appDir: repo, repoRoot: repo })).toThrow(expect.objectContaining({ message: 'unknown key budgets.totl', file: '.tollgate.yaml', line: 3 }));
    writeFileSync(join(repo, '.tollgate.yaml'), 'prices:\n  profile: moon\n');
    expect(() => loadConfig({ appDir: repo, repoRoot: repo })).toThrow(
      expect.objectContaining({ message: 'prices.profile must be one of "opencost", "aws", "gcp", "azure"', line: 2 }),
    );
    writeFileSync(join(repo, '.tollgate.yaml'), 'extends: [../../outside.yaml]\n');
    expect(() => loadConfig({ appDir: repo, repoRoot: repo })).toThrow(/resolves outside the repository root/);
    writeFileSync(join(repo, '.tollgate.yaml'), 'budgets: {total: [1\n');
    expect(() => loadConfig({ appDir: repo, repoRoot: repo })).toThrow(expect.objectContaining({ code: 'config', file: '.tollgate.yaml', line: 2 }));
  });

  it('refuses an extends loop', () => {
    const repo = gitRepoWith({ 'a.yaml': 'extends: [b.yaml]\n', 'b.yaml': 'extends: [a.yaml]\n', '.tollgate.yaml': 'extends: [a.yaml]\n' });
    expect(() => loadConfig({ appDir: repo, repoRoot: repo })).toThrow(/extends loops back to a\.yaml/);
  });
});

describe('admin floor (TOLLGATE_ADMIN_CONFIG)', () => {
  it('the app may raise levels and tighten budgets, never lower, loosen, widen or exempt what the floor locks', () => {
    const floorDir = gitRepoWith({
      'floor.yaml':
        'policy:\n  failOn: warning\n  rules: {image-digest: error, probe-liveness: info}\n  trustedRegistries: [ghcr.io/acme/]\n  lockedRules: [pss-run-as-non-root]\n  allowAnnotationExemptions: [image-digest, probe-liveness]\nbudgets:\n  total: 1000\n  namespaces: {prod: 500}\n',
    });
    const repo = gitRepoWith({
      '.tollgate.yaml':
        'policy:\n  failOn: never\n  rules: {image-digest: warning, probe-liveness: error, cost-labels: off}\n  trustedRegistries: [ghcr.io/acme/team/, docker.io/]\n  allowAnnotationExemptions: true\n  exceptions:\n    - {rules: [pss-run-as-non-root], reason: legacy}\n    - {rules: [image-digest], reason: vendor}\nbudgets:\n  total: 5000\n  workload: 100\n  namespaces: {prod: 800, dev: 50}\n',
    });
    const { config, warnings } = loadConfig({ appDir: repo, repoRoot: repo, adminFloor: join(floorDir, 'floor.yaml') });
    expect(config.policy.failOn).toBe('warning');
    expect(config.policy.rules).toEqual({ 'image-digest': 'error', 'probe-liveness': 'error', 'cost-labels': 'off' });
    expect(config.policy.trustedRegistries).toEqual(['ghcr.io/acme/team/']);
    expect(config.policy.exceptions.map((e) => e.reason)).toEqual(['vendor']);
    expect(config.policy.allowAnnotationExemptions).toEqual(['image-digest', 'probe-liveness']);
    expect(config.policy.lockedRules).toEqual(['pss-run-as-non-root']);
    expect(config.budgets).toEqual({ basis: 'min', total: 1000, workload: 100, namespaces: { prod: 500, dev: 50 } });
    expect(warnings).toEqual(["an exception in the app's config for pss-run-as-non-root is ignored: the admin floor locks it"]);
  });
});
