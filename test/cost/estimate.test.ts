// Cost figures checked against arithmetic written out by hand. Prices are the
// catalog's: opencost cpu 0.031611/vCPU-h, memory 0.004237/GiB-h, spot ratio
// 0.21053, GPU 0.95, storage 0.04/GiB-month; aws cpu 0.04048, memory 0.004445,
// A100 80GB 3.431, gp3 0.08; 730 hours a month.
import { describe, expect, it } from 'vitest';
import { estimateCosts, totalCost, type CostEstimate, type EstimateOptions } from '../../src/cost/estimate.js';
import { Prices } from '../../src/cost/prices.js';
import { parseManifestStream } from '../../src/manifest/parse.js';

const opencost = new Prices('opencost');
const aws = new Prices('aws');

function costs(yaml: string, options: Partial<EstimateOptions> = {}): Record<string, CostEstimate> {
  const resources = parseManifestStream(yaml, 'test.yaml');
  const estimates = estimateCosts(resources, { prices: opencost, ...options });
  return Object.fromEntries([...estimates].map(([r, e]) => [`${r.object.kind}/${r.object.metadata?.name}`, e]));
}

const deployment = (name: string, replicas: string, resources: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  ${replicas}
  template:
    spec:
${extra}      containers:
      - name: app
        image: app:1
        resources:
${resources}
---
`;
const small = '          requests: {cpu: 500m, memory: 1Gi}';

describe('estimateCosts', () => {
  it('a Deployment: replicas × (cpu + memory) × 730 h', () => {
    const { 'Deployment/web': web } = costs(deployment('web', 'replicas: 2', small));
    // per pod: 0.5 × 0.031611 + 1 × 0.004237 = 0.0200425 /h; × 730 = 14.631025; × 2
    expect(web.monthly.min).toBeCloseTo(29.26205, 9);
    expect(web.monthly.max).toBeCloseTo(29.26205, 9);
    expect(web.breakdown.cpu).toBeCloseTo(0.5 * 0.031611 * 730 * 2, 9);
    expect(web.breakdown.memory).toBeCloseTo(0.004237 * 730 * 2, 9);
    expect(web.replicas).toEqual({ min: 2, max: 2 });
  });

  it('an HPA replaces replicas with its range; minReplicas defaults to 1', () => {
    const hpa = (min: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  ${min}
  maxReplicas: 6
`;
    const ranged = costs(deployment('web', 'replicas: 3', small) + hpa('minReplicas: 2'))['Deployment/web'];
    expect(ranged.replicas).toEqual({ min: 2, max: 6 });
    expect(ranged.monthly.min).toBeCloseTo(14.631025 * 2, 9);
    expect(ranged.monthly.max).toBeCloseTo(14.631025 * 6, 9);
    expect(costs(deployment('web', '', small) + hpa(''))['Deployment/web'].replicas).toEqual({ min: 1, max: 6 });
    // spec.replicas: 0 disables the autoscaler
    expect(costs(deployment('web', 'replicas: 0', small) + hpa('minReplicas: 2'))['Deployment/web'].monthly).toEqual({ min: 0, max: 0 });
  });

  it('a KEDA ScaledObject: min 0 and max 100 by default', () => {
    const keda = `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: worker}
spec:
  scaleTargetRef: {name: worker}
`;
    const worker = costs(deployment('worker', 'replicas: 1', small) + keda)['Deployment/worker'];
    expect(worker.replicas).toEqual({ min: 0, max: 100 });
    expect(worker.monthly.min).toBe(0);
    expect(worker.monthly.max).toBeCloseTo(14.631025 * 100, 9);
  });

  it('a spot pod: cpu, memory and gpu at the spot ratios', () => {
    const spot = costs(deployment('batch', 'replicas: 1', small, '      nodeSelector: {karpenter.sh/capacity-type: spot}\n'))['Deployment/batch'];
    expect(spot.monthly.min).toBeCloseTo((0.5 * 0.031611 * 0.21053 + 1 * 0.004237 * 0.21053) * 730, 9);
    const tolerated = costs(
      deployment('t', 'replicas: 1', small, '      tolerations: [{key: cloud.google.com/gke-spot, operator: Equal, value: "true", effect: NoSchedule}]\n'),
    )['Deployment/t'];
    expect(tolerated.pod?.spot).toBe(true);
  });

  it('a 2-GPU A100 80GB pod on the aws profile', () => {
    const gpu = costs(
      deployment('llm', 'replicas: 1', '          limits: {cpu: "8", memory: 64Gi, nvidia.com/gpu: 2}', '      nodeSelector: {nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB}\n'),
      { prices: aws },
    )['Deployment/llm'];
    // 8 × 0.04048 + 64 × 0.004445 + 2 × 3.431 = 0.32384 + 0.28448 + 6.862 = 7.47032 /h; × 730
    expect(gpu.monthly.min).toBeCloseTo(5453.3336, 6);
    expect(gpu.breakdown.gpu).toBeCloseTo(2 * 3.431 * 730, 9);
    expect(gpu.pod?.gpus).toBe(2);
  });

  it('MIG slices cost g/7 of their GPU, time-sliced replicas a fraction', () => {
    const mig = costs(deployment('mig', 'replicas: 1', '          limits: {nvidia.com/mig-1g.10gb: 2}'), { prices: aws })['Deployment/mig'];
    // 1g.10gb comes from an 80 GB A100: 2 × 1/7 × 3.431 × 730
    expect(mig.breakdown.gpu).toBeCloseTo((2 / 7) * 3.431 * 730, 9);
    const shared = costs(deployment('ts', 'replicas: 1', '          limits: {nvidia.com/gpu.shared: 1}'))['Deployment/ts'];
    expect(shared.breakdown.gpu).toBeCloseTo(0.25 * 0.95 * 730, 9);
  });

  it('a restartable (sidecar) init container runs beside the app; regular init containers count at their peak', () => {
    const pod = (app: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: proxy
    restartPolicy: Always
    resources: {requests: {cpu: 250m, memory: 128Mi}}
  - name: migrate
    resources: {requests: {cpu: "2", memory: 1Gi}}
  containers:
  - name: app
    resources: {requests: {cpu: ${app}, memory: 512Mi}}
`;
    // migrate runs with proxy already up: 2.25 cpu, 1.125 GiB > app + proxy (0.75 cpu, 0.625 GiB)
    expect(costs(pod('500m'))['Pod/p'].pod).toMatchObject({ cpu: 2.25, memoryGiB: 1.125 });
    // app + proxy: 3.25 cpu > 2.25; memory still the init peak 1.125
    expect(costs(pod('"3"'))['Pod/p'].pod).toMatchObject({ cpu: 3.25, memoryGiB: 1.125 });
  });

  it('a request falls back to the limit, then to a LimitRange default; overhead is added', () => {
    const yaml = `apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: team}
spec:
  limits:
  - type: Container
    default: {cpu: "1", memory: 1Gi}
    defaultRequest: {cpu: 200m}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: team}
spec:
  overhead: {cpu: 100m, memory: 64Mi}
  containers:
  - name: limited
    resources: {limits: {cpu: 300m, memory: 256Mi}}
  - name: bare
`;
    // limited: 0.3 cpu, 0.25 GiB; bare: defaultRequest cpu 0.2, memory from default 1 GiB; overhead 0.1 cpu, 0.0625 GiB
    expect(costs(yaml)['Pod/p'].pod).toMatchObject({ cpu: 0.6, memoryGiB: 1.3125 });
    expect(costs(yaml)['Pod/p'].assumptions).toContain('container bare: cpu from LimitRange defaults');
  });

  it('a container without requests costs 0 and says so; a bad quantity is a note, not a crash', () => {
    const bad = costs(deployment('b', 'replicas: 1', '          requests: {cpu: lots, memory: 1Gi}'))['Deployment/b'];
    expect(bad.pod?.cpu).toBe(0);
    expect(bad.assumptions).toContain('container app: cpu request "lots" is not a Kubernetes quantity; counted as 0');
    const none = costs(deployment('bare', 'replicas: 1', '          {}'))['Deployment/bare'];
    expect(none.monthly.min).toBe(0);
    expect(none.assumptions).toContain('container app: no cpu request or limit; counted as 0');
  });

  it('a StatefulSet carries its volumeClaimTemplates storage × replicas', () => {
    const sts = costs(
      `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 3
  template:
    spec:
      containers: [{name: db, resources: {requests: {cpu: "1", memory: 4Gi}}}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {storageClassName: gp3, resources: {requests: {storage: 100Gi}}}
`,
      { prices: aws },
    )['StatefulSet/db'];
    // storage: 100 GiB × 0.08 × 3 = 24; compute: (0.04048 + 4 × 0.004445) × 730 × 3 = 0.05826 × 2190 = 127.5894
    expect(sts.breakdown.storage).toBeCloseTo(24, 9);
    expect(sts.monthly.min).toBeCloseTo(24 + 127.5894, 6);
  });

  it('a CronJob every 15 minutes: 35,040 runs a year → 2,920 a month, 10 minutes each by default', () => {
    const cron = costs(`apiVersion: batch/v1
kind: CronJob
metadata: {name: sync}
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: sync, resources: {requests: {cpu: "1", memory: 2Gi}}}]
`)['CronJob/sync'];
    // 35040 × 730 / 8760 = 2920 runs; × 1/6 h = 486.667 pod-hours; × (0.031611 + 2 × 0.004237 = 0.040085)
    expect(cron.monthly.min).toBeCloseTo((2920 / 6) * 0.040085, 9);
  });

  it('a weekday CronJob in Europe/Berlin with an expected duration of 30m', () => {
    const cron = costs(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  annotations: {tollgate.dev/expected-duration: 30m}
spec:
  schedule: "0 9 * * 1-5"
  timeZone: Europe/Berlin
  jobTemplate:
    spec:
      completions: 2
      template:
        spec:
          containers: [{name: r, resources: {requests: {cpu: "2", memory: 4Gi}}}]
`)['CronJob/report'];
    // 261 weekdays in 2025 → 261 × 730 / 8760 = 21.75 runs/month × 2 completions × 0.5 h = 21.75 pod-hours
    // × (2 × 0.031611 + 4 × 0.004237 = 0.08017)
    expect(cron.monthly.min).toBeCloseTo(21.75 * 0.08017, 9);
  });

  it('a suspended CronJob costs nothing; a bare Job is priced per run only', () => {
    const yaml = `apiVersion: batch/v1
kind: CronJob
metadata: {name: suspended}
spec:
  suspend: true
  schedule: "* * * * *"
  jobTemplate: {spec: {template: {spec: {containers: [{name: x, resources: {requests: {cpu: "1"}}}]}}}}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: once
  annotations: {tollgate.dev/expected-duration: 2h}
spec:
  completions: 3
  template: {spec: {containers: [{name: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]}}
`;
    const c = costs(yaml);
    expect(c['CronJob/suspended'].monthly).toEqual({ min: 0, max: 0 });
    expect(c['Job/once'].monthly).toEqual({ min: 0, max: 0 });
    // 3 completions × 2 h × (0.031611 + 0.004237)
    expect(c['Job/once'].perRun).toBeCloseTo(3 * 2 * 0.035848, 9);
  });

  it('a Rollout with workloadRef is costed once, with a blue-green peak outside the monthly figure', () => {
    const c = costs(`${deployment('app', 'replicas: 0', small)}apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: app}
spec:
  replicas: 4
  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: app}
  strategy:
    blueGreen: {activeService: app}
`);
    expect(c['Deployment/app'].monthly).toEqual({ min: 0, max: 0 });
    expect(c['Rollout/app'].monthly.min).toBeCloseTo(14.631025 * 4, 9);
    expect(c['Rollout/app'].peak).toEqual({ replicas: 8, monthly: expect.closeTo(14.631025 * 8, 9) });
  });

  it('a canary Rollout peaks at replicas + maxSurge (25% by default)', () => {
    const c = costs(`apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: c}
spec:
  replicas: 10
  strategy: {canary: {steps: [{setWeight: 20}]}}
  template:
    spec:
      containers: [{name: app, resources: {requests: {cpu: 500m, memory: 1Gi}}}]
`);
    expect(c['Rollout/c'].peak?.replicas).toBe(13);
  });

  it('a DaemonSet runs on assumptions.daemonSetNodes nodes', () => {
    const yaml = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  template:
    spec:
      containers: [{name: a, resources: {requests: {cpu: 100m, memory: 128Mi}}}]
`;
    const perPod = (0.1 * 0.031611 + 0.125 * 0.004237) * 730;
    expect(costs(yaml)['DaemonSet/agent'].monthly.min).toBeCloseTo(perPod * 3, 9);
    expect(costs(yaml, { assumptions: { daemonSetNodes: 10 } })['DaemonSet/agent'].monthly.min).toBeCloseTo(perPod * 10, 9);
  });

  it('PVCs by storage class, LoadBalancer Services, Helm test hooks, config-declared workload kinds', () => {
    const c = costs(
      `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec: {storageClassName: io1, resources: {requests: {storage: 50Gi}}}
---
apiVersion: v1
kind: Service
metadata: {name: lb}
spec: {type: LoadBalancer}
---
apiVersion: v1
kind: Pod
metadata:
  name: test-connection
  annotations: {helm.sh/hook: test}
spec:
  containers: [{name: t, resources: {requests: {cpu: "4"}}}]
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: {name: model}
spec:
  predictor:
    minReplicas: 2
    containers: [{name: kserve-container, resources: {limits: {cpu: "1", memory: 2Gi}}}]
`,
      { prices: aws, workloadKinds: [{ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', podTemplatePath: '/spec/predictor', replicasPath: '/spec/predictor/minReplicas' }] },
    );
    expect(c['PersistentVolumeClaim/data'].monthly.min).toBeCloseTo(50 * 0.125, 9);
    expect(c['Service/lb'].monthly.min).toBe(18.25);
    expect(c['Pod/test-connection'].monthly.min).toBe(0);
    expect(c['InferenceService/model'].monthly.min).toBeCloseTo((0.04048 + 2 * 0.004445) * 730 * 2, 9);
  });

  it('totals add unrounded figures', () => {
    const c = costs(deployment('a', 'replicas: 1', small) + deployment('b', 'replicas: 3', small));
    expect(totalCost(Object.values(c)).monthly.min).toBeCloseTo(14.631025 * 4, 9);
  });
});
