import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_NODES, YamlDecodeError, decodeDocument } from '../../src/manifest/k8s-yaml.js';
import { resolvePlainScalar } from '../../src/manifest/scalars.js';
import { REPO, kubectlDecode } from '../helpers/env.js';

const tricky = readFileSync(join(REPO, 'test/fixtures/yaml/tricky-scalars.yaml'), 'utf8');

describe('decodeDocument: Kubernetes YAML semantics', () => {
  it('decodes every tricky scalar exactly as kubectl does', () => {
    const [expected] = kubectlDecode(tricky);
    expect(decodeDocument(tricky)).toEqual(expected);
  });

  it('spells out the YAML 1.1 rules the oracle applied', () => {
    const data = (decodeDocument(tricky) as { data: Record<string, unknown> }).data;
    expect(data['bool-on']).toBe(true);
    expect(data['bool-y']).toBe(true);
    expect(data['bool-OFF']).toBe(false);
    expect(data['not-bool-yEs']).toBe('yEs');
    expect(data.octal).toBe(493);
    expect(data['octal-bad']).toBe(8); // not octal, but a valid float
    expect(data.hex).toBe(31);
    expect(data['neg-hex']).toBe(-31);
    expect(data.binary).toBe(5);
    expect(data.underscore).toBe(1000);
    expect(data.exp).toBe(1000);
    expect(data['dot-float']).toBe(0.5);
    expect(data.date).toBe('2020-01-01');
    expect(data.sexagesimal).toBe('1:30');
    expect(data.tilde).toBeNull();
    expect(data.equals).toBe('=');
    expect(data['huge-exp']).toBe('1e400');
    expect(data.version).toBe(1.1);
    // `on:` and `yes:` both decode to the key "true"; the later one wins.
    expect(data.true).toBe('another-bool-key');
    expect(data['16']).toBe('hex-key');
    expect(data.merged).toEqual({ app: 'tricky', tier: 'frontend' });
    expect(data['local-tag']).toBe('12');
    expect(data['binary-tag']).toBe('hello world');
  });

  it('keeps the last value of a duplicated key, as kubectl does', () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\ndata:\n  a: "1"\n  a: "2"\n';
    expect(decodeDocument(doc)).toEqual(kubectlDecode(doc)[0]);
    expect((decodeDocument(doc) as { data: { a: string } }).data.a).toBe('2');
  });

  it('refuses NaN and infinity, which cannot become JSON', () => {
    expect(() => decodeDocument('a: .nan\n')).toThrow(/\/a is \.nan/);
    expect(() => decodeDocument('a:\n  - -.inf\n')).toThrow(/\/a\/0 is -\.inf/);
  });

  it('refuses a null mapping key with its line', () => {
    try {
      decodeDocument('a: 1\n~: x\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YamlDecodeError);
      expect((error as YamlDecodeError).problem).toMatchObject({ line: 2, message: expect.stringContaining('null') });
    }
  });

  it('reports malformed YAML with line and column', () => {
    try {
      decodeDocument('a: 1\nb: [1, 2\nc: 3\n');
      expect.unreachable();
    } catch (error) {
      expect((error as YamlDecodeError).problem.line).toBe(3);
    }
  });

  it('refuses an alias bomb quickly and without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `${levels.join('\n')}\n`; // 9^12 ≈ 2.8e11 nodes if expanded
    const before = process.memoryUsage().rss;
    const started = performance.now();
    expect(() => decodeDocument(bomb)).toThrow(new RegExp(`more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('copies aliased nodes so that editing one place does not edit another', () => {
    const value = decodeDocument('a: &x {k: v}\nb: *x\n') as Record<string, Record<string, string>>;
    value.a.k = 'changed';
    expect(value.b.k).toBe('v');
  });

  it('does not let __proto__ keys reach the prototype', () => {
    const value = decodeDocument('__proto__: {polluted: true}\n') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('resolves plain scalars like go-yaml v2', () => {
    expect(resolvePlainScalar('0x')).not.toBe(0);
    expect(resolvePlainScalar('-')).not.toBeTypeOf('number');
    expect(resolvePlainScalar('+0b1')).toBe(1);
    expect(resolvePlainScalar('18446744073709551615')).toBe(18446744073709551615);
  });
});
