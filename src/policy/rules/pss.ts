// Kubernetes Pod Security Standards, as the pod-security-admission checks
// evaluate them (k8s.io/pod-security-admission/policy): baseline and
// restricted controls, with the allowed capability list, safe sysctls and the
// Windows exemptions of the restricted Linux-only controls.
import type { RawFinding, Rule, RuleContext } from '../rule.js';
import type { ContainerAt } from '../podspec.js';
import { joined } from '../shared-strings.js';
import { asObject } from '../../manifest/pointer.js';

type Obj = Record<string, unknown>;
const obj = asObject;

const BASELINE_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
// The safe set grows with Kubernetes: [sysctl, first minor version that allows it].
const SAFE_SYSCTLS_SINCE: Array<[string, number]> = [
  ['kernel.shm_rmid_forced', 0],
  ['net.ipv4.ip_local_port_range', 0],
  ['net.ipv4.ip_unprivileged_port_start', 0],
  ['net.ipv4.tcp_syncookies', 0],
  ['net.ipv4.ping_group_range', 0],
  ['net.ipv4.ip_local_reserved_ports', 27],
  ['net.ipv4.tcp_keepalive_time', 29],
  ['net.ipv4.tcp_fin_timeout', 29],
  ['net.ipv4.tcp_keepalive_intvl', 29],
  ['net.ipv4.tcp_keepalive_probes', 29],
];
const SAFE_SYSCTLS = new Set(SAFE_SYSCTLS_SINCE.map(([name]) => name));
/** Safe sysctls for a Kubernetes minor version (the newest set when the version is unknown). */
const safeSysctls = (minor: number | undefined) => new Set(SAFE_SYSCTLS_SINCE.filter(([, since]) => minor === undefined || minor >= since).map(([name]) => name));
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** Shared by checks that find nothing, which is most of them most of the time. */
const NONE: RawFinding[] = [];
const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'];

const isWindows = (ctx: RuleContext) => obj(ctx.template!.spec.os)?.name === 'windows';

function rule(id: string, level: Rule['level'], title: string, description: string, frameworks: string[], check: (ctx: RuleContext) => RawFinding[]): Rule {
  return {
    id,
    level,
    title,
    description,
    rationale: 'Pods that break the Pod Security Standards can escape their container or reach the node; the API server rejects them in namespaces that enforce the level.',
    frameworks,
    scope: 'pod',
    check,
  };
}

const containerFinding = (c: ContainerAt, path: string, message: string): RawFinding => ({
  message: joined(c.label, message),
  path: joined(c.pointer, path),
  container: c.name,
  image: typeof c.container.image === 'string' ? c.container.image : undefined,
});

/**
 * The common shape of a PSS control: one field of the pod's securityContext
 * and the same field of each container's. `bad` says why a value breaks the
 * control (undefined when it does not). Loops, not filter/map: these run for
 * every workload and nearly always find nothing.
 */
function securityField(field: string, podMessage: string | undefined, bad: (value: unknown) => string | undefined) {
  return (ctx: RuleContext): RawFinding[] => {
    let out: RawFinding[] | undefined;
    const template = ctx.template!;
    if (podMessage !== undefined && template.security[field] !== undefined && bad(template.security[field]) !== undefined) {
      (out ??= []).push({ message: podMessage, path: `${template.pointer}/securityContext/${field}` });
    }
    for (const c of ctx.containers) {
      const value = c.security[field];
      if (value === undefined) continue;
      const why = bad(value);
      if (why !== undefined) (out ??= []).push(containerFinding(c, `/securityContext/${field}`, why));
    }
    return out ?? NONE;
  };
}

/** A sub-field (`seccompProfile.type`) of the pod's and each container's securityContext. */
function securitySubField(field: string, sub: string, podMessage: string, containerMessage: string, bad: (value: unknown) => boolean) {
  return (ctx: RuleContext): RawFinding[] => {
    let out: RawFinding[] | undefined;
    const template = ctx.template!;
    if (template.security[field] !== undefined && bad(obj(template.security[field])?.[sub])) (out ??= []).push({ message: podMessage, path: `${template.pointer}/securityContext/${field}/${sub}` });
    for (const c of ctx.containers) {
      if (c.security[field] !== undefined && bad(obj(c.security[field])?.[sub])) (out ??= []).push(containerFinding(c, `/securityContext/${field}/${sub}`, containerMessage));
    }
    return out ?? NONE;
  };
}

const appArmorFields = securitySubField('appArmorProfile', 'type', 'the pod runs Unconfined by AppArmor', 'runs Unconfined by AppArmor', (v) => v === 'Unconfined');

export const PSS_RULES: Rule[] = [
  rule(
    'pss-host-process',
    'error',
    'No Windows HostProcess containers',
    'windowsOptions.hostProcess must not be true on the pod or any container.',
    ['PSS baseline: HostProcess'],
    securitySubField('windowsOptions', 'hostProcess', 'the pod runs as a Windows HostProcess', 'runs as a Windows HostProcess', (v) => v === true),
  ),
  rule('pss-host-namespaces', 'error', 'No host namespaces', 'hostNetwork, hostPID and hostIPC must not be true.', ['PSS baseline: Host Namespaces', 'CIS 5.2.2-5.2.4'], (ctx) => {
    const spec = ctx.template!.spec;
    if (spec.hostNetwork !== true && spec.hostPID !== true && spec.hostIPC !== true) return NONE;
    return HOST_NAMESPACES.filter((k) => spec[k] === true).map((k) => ({ message: `${k} is true: the pod shares the node's ${k.slice(4)} namespace`, path: `${ctx.template!.pointer}/${k}` }));
  }),
  rule(
    'pss-privileged',
    'error',
    'No privileged containers',
    'securityContext.privileged must not be true.',
    ['PSS baseline: Privileged Containers', 'CIS 5.2.1'],
    securityField('privileged', undefined, (v) => (v === true ? 'is privileged' : undefined)),
  ),
  rule('pss-capabilities', 'error', 'Only baseline capabilities added', `capabilities.add may only name ${[...BASELINE_CAPABILITIES].join(', ')}.`, ['PSS baseline: Capabilities', 'CIS 5.2.8'], (ctx) => {
    let out: RawFinding[] | undefined;
    for (const c of ctx.containers) {
      const add = c.security.capabilities === undefined ? undefined : obj(c.security.capabilities)?.add;
      if (!Array.isArray(add)) continue;
      add.forEach((cap, i) => {
        if (!BASELINE_CAPABILITIES.has(String(cap))) (out ??= []).push(containerFinding(c, `/securityContext/capabilities/add/${i}`, `adds capability ${cap}`));
      });
    }
    return out ?? NONE;
  }),
  rule('pss-host-path', 'error', 'No hostPath volumes', 'volumes must not use hostPath.', ['PSS baseline: HostPath Volumes'], (ctx) => {
    const volumes = ctx.template!.spec.volumes;
    if (!Array.isArray(volumes)) return NONE;
    return volumes.flatMap((v, i) => (obj(v)?.hostPath ? [{ message: `volume ${obj(v)?.name} mounts the host path ${obj(obj(v)!.hostPath)?.path}`, path: `${ctx.template!.pointer}/volumes/${i}/hostPath` }] : []));
  }),
  rule('pss-host-ports', 'error', 'No host ports', 'containers must not set hostPort (other than 0).', ['PSS baseline: Host Ports'], (ctx) => {
    let out: RawFinding[] | undefined;
    for (const c of ctx.containers) {
      const ports = c.container.ports;
      if (!Array.isArray(ports)) continue;
      for (let i = 0; i < ports.length; i++) {
        const hostPort = obj(ports[i])?.hostPort;
        if (typeof hostPort === 'number' && hostPort !== 0) (out ??= []).push(containerFinding(c, `/ports/${i}/hostPort`, `binds host port ${hostPort}`));
      }
    }
    return out ?? NONE;
  }),
  rule('pss-apparmor', 'error', 'AppArmor not disabled', 'An AppArmor profile must be RuntimeDefault or Localhost (annotation or securityContext.appArmorProfile).', ['PSS baseline: AppArmor'], (ctx) => {
    let out: RawFinding[] | undefined;
    const annotations = ctx.template!.metadata?.annotations;
    if (annotations) {
      for (const [key, value] of Object.entries(annotations)) {
        if (key.startsWith(APPARMOR_PREFIX) && value !== 'runtime/default' && !String(value).startsWith('localhost/')) {
          const base = ctx.template!.pointer.replace(/\/spec$/, '');
          (out ??= []).push({ message: `AppArmor profile ${value} for container ${key.slice(APPARMOR_PREFIX.length)}`, path: `${base}/metadata/annotations/${key.replaceAll('~', '~0').replaceAll('/', '~1')}` });
        }
      }
    }
    const fields = appArmorFields(ctx);
    return out ? [...out, ...fields] : fields;
  }),
  rule('pss-selinux', 'error', 'No custom SELinux options', 'seLinuxOptions.type may only be container_t, container_init_t, container_kvm_t or container_engine_t; user and role must not be set.', ['PSS baseline: SELinux'], (ctx) => {
    let out: RawFinding[] | undefined;
    const check = (options: Obj | undefined, path: string, who: string, finding: (p: string, m: string) => RawFinding) => {
      if (!options) return;
      if (options.type !== undefined && !SELINUX_TYPES.has(String(options.type))) (out ??= []).push(finding(`${path}/type`, `${who}SELinux type ${options.type} is not allowed`));
      for (const key of ['user', 'role']) if (options[key] !== undefined && options[key] !== '') (out ??= []).push(finding(`${path}/${key}`, `${who}sets SELinux ${key}`));
    };
    const template = ctx.template!;
    if (template.security.seLinuxOptions !== undefined) check(obj(template.security.seLinuxOptions), `${template.pointer}/securityContext/seLinuxOptions`, 'the pod ', (path, message) => ({ message, path }));
    for (const c of ctx.containers) {
      if (c.security.seLinuxOptions !== undefined) check(obj(c.security.seLinuxOptions), '/securityContext/seLinuxOptions', '', (path, message) => containerFinding(c, path, message));
    }
    return out ?? NONE;
  }),
  rule(
    'pss-proc-mount',
    'error',
    'Default /proc mount',
    'securityContext.procMount must be Default.',
    ['PSS baseline: /proc Mount Type'],
    securityField('procMount', undefined, (v) => (v !== 'Default' ? `procMount is ${v}` : undefined)),
  ),
  rule(
    'pss-seccomp',
    'error',
    'Seccomp not disabled',
    'seccompProfile.type must not be Unconfined.',
    ['PSS baseline: Seccomp'],
    securitySubField('seccompProfile', 'type', 'the pod runs Unconfined by seccomp', 'runs Unconfined by seccomp', (v) => v === 'Unconfined'),
  ),
  rule('pss-sysctls', 'error', 'Only safe sysctls', `securityContext.sysctls may only set ${[...SAFE_SYSCTLS].join(', ')} (the last four from Kubernetes 1.27 and 1.29 on).`, ['PSS baseline: Sysctls'], (ctx) => {
    const sysctls = ctx.template!.security.sysctls;
    if (!Array.isArray(sysctls)) return NONE;
    const safe = safeSysctls(ctx.index.kubeMinor);
    const version = ctx.index.kubeMinor === undefined ? '' : ` for Kubernetes 1.${ctx.index.kubeMinor}`;
    return sysctls.flatMap((s, i) => (safe.has(String(obj(s)?.name)) ? [] : [{ message: `sysctl ${obj(s)?.name} is not in the safe set${version}`, path: `${ctx.template!.pointer}/securityContext/sysctls/${i}/name` }]));
  }),
  rule('pss-volume-types', 'warning', 'Only restricted volume types', `volumes may only be ${[...RESTRICTED_VOLUMES].join(', ')}.`, ['PSS restricted: Volume Types'], (ctx) => {
    const volumes = ctx.template!.spec.volumes;
    if (!Array.isArray(volumes)) return NONE;
    return volumes.flatMap((v, i) => {
      const types = Object.keys(obj(v) ?? {}).filter((k) => k !== 'name');
      const bad = types.find((t) => !RESTRICTED_VOLUMES.has(t));
      return bad && bad !== 'hostPath' ? [{ message: `volume ${obj(v)?.name} is of type ${bad}`, path: `${ctx.template!.pointer}/volumes/${i}/${bad}` }] : [];
    });
  }),
  rule('pss-privilege-escalation', 'warning', 'No privilege escalation', 'Every container must set securityContext.allowPrivilegeEscalation: false (Linux pods).', ['PSS restricted: Privilege Escalation', 'CIS 5.2.5'], (ctx) => {
    if (isWindows(ctx)) return NONE;
    let out: RawFinding[] | undefined;
    for (const c of ctx.containers) {
      const value = c.security.allowPrivilegeEscalation;
      if (value !== false) (out ??= []).push(containerFinding(c, value === undefined ? '' : '/securityContext/allowPrivilegeEscalation', 'does not set allowPrivilegeEscalation: false'));
    }
    return out ?? NONE;
  }),
  rule('pss-run-as-non-root', 'error', 'Run as non-root', 'runAsNonRoot must be true on the pod or on every container, and false nowhere.', ['PSS restricted: Running as Non-root', 'CIS 5.2.6'], (ctx) => {
    const podValue = ctx.template!.security.runAsNonRoot;
    let out: RawFinding[] | undefined;
    if (podValue === false) (out ??= []).push({ message: 'the pod sets runAsNonRoot: false', path: `${ctx.template!.pointer}/securityContext/runAsNonRoot` });
    for (const c of ctx.containers) {
      const value = c.security.runAsNonRoot;
      if (value === false) (out ??= []).push(containerFinding(c, '/securityContext/runAsNonRoot', 'sets runAsNonRoot: false'));
      else if (value !== true && podValue !== true) (out ??= []).push(containerFinding(c, '', 'may run as root: set runAsNonRoot: true on the pod or the container'));
    }
    return out ?? NONE;
  }),
  rule(
    'pss-run-as-user',
    'warning',
    'Not user 0',
    'runAsUser must not be 0.',
    ['PSS restricted: Running as Non-root user'],
    securityField('runAsUser', 'the pod runs as user 0', (v) => (v === 0 ? 'runs as user 0' : undefined)),
  ),
  rule('pss-seccomp-strict', 'warning', 'A seccomp profile set', 'seccompProfile.type must be RuntimeDefault or Localhost on the pod or every container (Linux pods).', ['PSS restricted: Seccomp'], (ctx) => {
    if (isWindows(ctx)) return NONE;
    const ok = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';
    const podType = ctx.template!.security.seccompProfile === undefined ? undefined : obj(ctx.template!.security.seccompProfile)?.type;
    let out: RawFinding[] | undefined;
    for (const c of ctx.containers) {
      const own = c.security.seccompProfile === undefined ? undefined : obj(c.security.seccompProfile)?.type;
      if (own === undefined ? !ok(podType) : !ok(own)) (out ??= []).push(containerFinding(c, '', 'has no RuntimeDefault or Localhost seccomp profile'));
    }
    return out ?? NONE;
  }),
  rule('pss-capabilities-strict', 'warning', 'Drop ALL capabilities', 'Every container must drop ALL and may add only NET_BIND_SERVICE (Linux pods).', ['PSS restricted: Capabilities'], (ctx) => {
    if (isWindows(ctx)) return NONE;
    let out: RawFinding[] | undefined;
    for (const c of ctx.containers) {
      const caps = c.security.capabilities === undefined ? undefined : obj(c.security.capabilities);
      const drop = caps?.drop;
      if (!Array.isArray(drop) || !drop.some((d) => String(d) === 'ALL')) (out ??= []).push(containerFinding(c, '', 'does not drop ALL capabilities'));
      if (Array.isArray(caps?.add)) {
        caps.add.forEach((cap, i) => {
          if (String(cap) !== 'NET_BIND_SERVICE') (out ??= []).push(containerFinding(c, `/securityContext/capabilities/add/${i}`, `adds ${cap}; only NET_BIND_SERVICE is allowed`));
        });
      }
    }
    return out ?? NONE;
  }),
];

export const PSS_BASELINE_IDS = new Set(PSS_RULES.slice(0, 11).map((r) => r.id));
