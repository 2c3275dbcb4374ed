// How tollgate reads what Argo CD hands a plugin: parameters as Go's JSON
// marshals them, the PARAM_* fallback, the Application's plugin env, and the
// admin settings no Application can reach.
import { describe, expect, it } from 'vitest';
import { paramEnvName, PARAMETERS } from '../../src/argocd/parameters.js';
import { pluginRepoRoot, readAdminSettings, readPluginRequest } from '../../src/argocd/request.js';
import { TollgateError } from '../../src/errors.js';
import { goJson } from '../helpers/sidecar.js';

const errorOf = (run: () => unknown): TollgateError => {
  try {
    run();
  } catch (error) {
    return error as TollgateError;
  }
  throw new Error('expected an error');
};

describe('ARGOCD_APP_PARAMETERS', () => {
  it('reads string, array and map parameters as Go marshals them', () => {
    const request = readPluginRequest({
      ARGOCD_APP_PARAMETERS: goJson([
        { name: 'values-files', array: ['values.yaml', 'prod/values.yaml'] },
        { name: 'helm-parameters', map: { 'image.tag': '1.2.3', 'ingress.annotations.a&b': '<x>' } },
        { name: 'release-name', string: 'shop' },
      ]),
    });
    expect(Object.fromEntries(request.parameters)).toEqual({
      'values-files': ['values.yaml', 'prod/values.yaml'],
      'helm-parameters': { 'image.tag': '1.2.3', 'ingress.annotations.a&b': '<x>' },
      'release-name': 'shop',
    });
  });

  it('takes the literal null (a plugin block without parameters) as none', () => {
    expect(readPluginRequest({ ARGOCD_APP_PARAMETERS: 'null' }).parameters.size).toBe(0);
  });

  it('refuses an unknown parameter by name, listing the known ones', () => {
    const error = errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: goJson([{ name: 'value-files', array: ['a.yaml'] }]) }));
    expect(error.message).toBe('unknown plugin parameter "value-files"');
    expect(error.hint).toBe(`the plugin's parameters are ${PARAMETERS.map((p) => p.name).join(', ')}`);
    expect(error.exitCode).toBe(2);
  });

  it('refuses a parameter of the wrong collection type', () => {
    expect(errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: goJson([{ name: 'values-files', string: 'a.yaml' }]) })).message).toBe(
      'plugin parameter values-files takes an array, not a string',
    );
  });

  it('refuses values outside a parameter\'s set', () => {
    expect(errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: goJson([{ name: 'mode', string: 'audit' }]) })).message).toBe(
      'plugin parameter mode="audit" is not one of annotate, enforce',
    );
    expect(errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: goJson([{ name: 'recurse', string: 'yes' }]) })).message).toBe(
      'plugin parameter recurse="yes" is not true or false',
    );
  });

  it('checks inline values are a YAML mapping, without echoing them', () => {
    const error = errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: goJson([{ name: 'values', string: 'password: [hunter2' }]) }));
    expect(error.message).toMatch(/^plugin parameter values is not valid YAML: /);
    expect(error.message).not.toContain('hunter2');
    expect(errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: goJson([{ name: 'values', string: '- a\n- b' }]) })).message).toBe(
      'plugin parameter values must be a YAML mapping of Helm values',
    );
  });

  it('is not JSON: an input error', () => {
    const error = errorOf(() => readPluginRequest({ ARGOCD_APP_PARAMETERS: '[{"name":' }));
    expect(error.message).toMatch(/^ARGOCD_APP_PARAMETERS is not JSON: /);
  });
});

describe('PARAM_* fallback', () => {
  it('escapes names as Argo CD does', () => {
    expect(paramEnvName('values-files')).toBe('PARAM_VALUES_FILES');
    expect(paramEnvName('helm.parameters-x')).toBe('PARAM_HELM_PARAMETERS_X');
  });

  it('reads strings and arrays when ARGOCD_APP_PARAMETERS is absent', () => {
    const request = readPluginRequest({ PARAM_RELEASE_NAME: 'shop', PARAM_VALUES_FILES_0: 'a.yaml', PARAM_VALUES_FILES_1: 'b.yaml', PARAM_VALUES: 'x: 1' });
    expect(Object.fromEntries(request.parameters)).toEqual({ 'release-name': 'shop', 'values-files': ['a.yaml', 'b.yaml'], values: 'x: 1' });
  });

  it('refuses a map it cannot recover from variable names', () => {
    expect(errorOf(() => readPluginRequest({ PARAM_HELM_PARAMETERS_IMAGE_TAG: '1' })).message).toBe(
      "map parameter helm-parameters arrived only as PARAM_HELM_PARAMETERS_* variables, whose names lose the keys' case and dots",
    );
  });
});

describe("the Application's plugin env", () => {
  it('fills parameters left unset; parameters win; empty values count as unset', () => {
    const request = readPluginRequest({
      ARGOCD_ENV_TOLLGATE_MODE: 'enforce',
      ARGOCD_ENV_TOLLGATE_RELEASE_NAME: 'from-env',
      ARGOCD_ENV_TOLLGATE_NAMESPACE: '',
      ARGOCD_ENV_TOLLGATE_KUSTOMIZE_IMAGES: 'a=b:1, c:2',
      ARGOCD_APP_PARAMETERS: goJson([{ name: 'release-name', string: 'from-parameter' }]),
    });
    expect(Object.fromEntries(request.parameters)).toEqual({ mode: 'enforce', 'release-name': 'from-parameter', 'kustomize-images': ['a=b:1', 'c:2'] });
  });

  it('cannot set an admin setting, and says so', () => {
    const request = readPluginRequest({ ARGOCD_ENV_TOLLGATE_MIN_MODE: 'annotate', ARGOCD_ENV_TOLLGATE_ADMIN_CONFIG: '/tmp/x', ARGOCD_ENV_TOLLGATE_COLOUR: 'red' });
    expect(request.parameters.size).toBe(0);
    expect(request.warnings).toEqual([
      "ARGOCD_ENV_TOLLGATE_ADMIN_CONFIG is ignored: TOLLGATE_ADMIN_CONFIG is an admin setting, read only from the sidecar's environment",
      'ARGOCD_ENV_TOLLGATE_COLOUR is ignored: no such setting',
      "ARGOCD_ENV_TOLLGATE_MIN_MODE is ignored: TOLLGATE_MIN_MODE is an admin setting, read only from the sidecar's environment",
    ]);
  });
});

describe('Argo CD facts', () => {
  it('reads the app, destination and cluster; empty ones are absent', () => {
    const request = readPluginRequest({
      ARGOCD_APP_NAME: 'team-a_shop',
      ARGOCD_APP_NAMESPACE: '',
      KUBE_VERSION: '1.29.3',
      KUBE_API_VERSIONS: 'v1,apps/v1,apps/v1/Deployment,monitoring.coreos.com/v1/ServiceMonitor',
      ARGOCD_APP_SOURCE_PATH: './apps/shop/',
      ARGOCD_APP_PARAMETERS: 'null',
    });
    expect(request.appName).toBe('team-a_shop');
    expect(request.destinationNamespace).toBeUndefined();
    expect(request.kubeVersion).toBe('1.29.3');
    expect(request.apiVersions).toEqual(['v1', 'apps/v1', 'apps/v1/Deployment', 'monitoring.coreos.com/v1/ServiceMonitor']);
    expect(request.sourcePath).toBe('apps/shop');
  });

  it('finds the repo root without .git: the app dir minus the source path, else the _cmp_server folder', () => {
    expect(pluginRepoRoot('/tmp/_cmp_server/1f2e/apps/shop', 'apps/shop')).toBe('/tmp/_cmp_server/1f2e');
    expect(pluginRepoRoot('/tmp/_cmp_server/1f2e', '')).toBe('/tmp/_cmp_server/1f2e');
    expect(pluginRepoRoot('/tmp/_cmp_server/1f2e/apps/shop', 'other/path')).toBe('/tmp/_cmp_server/1f2e');
    expect(pluginRepoRoot('/home/me/repo/apps/shop', 'other')).toBeUndefined();
  });
});

describe('admin settings', () => {
  it('default to annotate and no attestation', () => {
    expect(readAdminSettings({})).toEqual({ minMode: 'annotate', requireAttestation: false });
  });

  it('fail closed on a value tollgate cannot read', () => {
    expect(errorOf(() => readAdminSettings({ TOLLGATE_MIN_MODE: 'strict' })).message).toBe('TOLLGATE_MIN_MODE=strict is not annotate or enforce');
    expect(errorOf(() => readAdminSettings({ TOLLGATE_REQUIRE_ATTESTATION: 'yes' })).message).toBe('TOLLGATE_REQUIRE_ATTESTATION=yes is not true or false');
  });
});

describe('githubRepository', () => {
  it('reads owner/repo from https and ssh URLs of github.com only', async () => {
    const { githubRepository } = await import('../../src/argocd/attestation.js');
    expect(githubRepository('https://github.com/acme/platform.git')).toEqual({ owner: 'acme', repo: 'platform' });
    expect(githubRepository('https://github.com/acme/platform')).toEqual({ owner: 'acme', repo: 'platform' });
    expect(githubRepository('git@github.com:acme/platform.git')).toEqual({ owner: 'acme', repo: 'platform' });
    expect(githubRepository('ssh://git@github.com/acme/platform.git')).toEqual({ owner: 'acme', repo: 'platform' });
    expect(githubRepository('https://github.com.evil.example/acme/platform')).toBeUndefined();
    expect(githubRepository('https://gitlab.com/acme/platform.git')).toBeUndefined();
    expect(githubRepository(undefined)).toBeUndefined();
  });
});
