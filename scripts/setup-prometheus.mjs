// The recommend tests query a real Prometheus: Debian's `prometheus` package
// (prometheus and promtool 2.42). When it is missing and this runs as root on
// Debian, it is installed from the distribution's packages; otherwise the
// tests that need it fail and say how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const onPath = (name) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));
if (onPath('prometheus') && onPath('promtool')) process.exit(0);

const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find(existsSync);
if (!apt || process.getuid?.() !== 0) {
  console.error('tollgate: prometheus is not installed; the recommend tests need it: apt-get install -y prometheus');
  process.exit(0);
}
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const install = () => spawnSync(apt, ['install', '-y', '-q', 'prometheus'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
if (!install()) {
  spawnSync(apt, ['update', '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!install()) console.error('tollgate: apt-get install -y prometheus failed; the recommend tests need it');
}
if (onPath('prometheus')) console.error('tollgate: installed prometheus (Debian package) for the recommend tests');
