// A fast decoder for the YAML that renderers print and most people write:
// block mappings and sequences, plain and quoted one-line scalars, literal and
// folded block scalars, one-line flow collections, comments. Anything else
// (anchors, aliases, tags, merge keys, multi-line plain or quoted scalars,
// complex keys, directives, anything malformed) returns UNSUPPORTED and the
// complete decoder (k8s-yaml.ts over js-yaml) takes the document instead, so
// both paths always agree: tests compare them on every corpus document.
// Scalars resolve through the same go-yaml v2 rules (resolvePlainScalar).
import { NOT_RESOLVED } from 'js-yaml';
import { resolvePlainScalar } from './scalars.js';

export const UNSUPPORTED: unique symbol = Symbol('unsupported');

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character (before \n or \r\n). */
  end: number;
  /** Number of leading spaces. */
  indent: number;
  /** True for blank and comment-only lines. */
  empty: boolean;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;

function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    let i = pos;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === TAB) {
      // A tab before content is not indentation YAML allows; blank tab lines are fine.
      let j = i;
      while (j < end && (text.charCodeAt(j) === TAB || text.charCodeAt(j) === SPACE)) j++;
      if (j < end && text.charCodeAt(j) !== HASH) bail();
      lines.push({ start: pos, end, indent: i - pos, empty: true });
    } else {
      lines.push({ start: pos, end, indent: i - pos, empty: c === -1 || c === HASH });
    }
    if (eol === length) break;
    pos = eol + 1;
  }
  return lines;
}

/** Index of a ` #` comment start (or `#` at `from`) in [from, end), else end. */
function commentStart(text: string, from: number, end: number): number {
  let at = text.indexOf('#', from);
  while (at >= 0 && at < end) {
    if (at === from) return at;
    const prev = text.charCodeAt(at - 1);
    if (prev === SPACE || prev === TAB) return at;
    at = text.indexOf('#', at + 1);
  }
  return end;
}

function trimEndIndex(text: string, from: number, end: number): number {
  while (end > from) {
    const c = text.charCodeAt(end - 1);
    if (c !== SPACE && c !== TAB) break;
    end--;
  }
  return end;
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c !== SPACE && c !== TAB) break;
    at++;
  }
  return at;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The escape sequence at `i` (a backslash) in a double-quoted scalar: its text and the offset after it. */
function readEscape(text: string, i: number, end: number): [string, number] {
  const e = text[i + 1];
  if (e === undefined || i + 1 >= end) bail();
  const hex = HEX_LENGTH[e];
  if (hex) {
    const digits = text.slice(i + 2, i + 2 + hex);
    if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) bail();
    const code = parseInt(digits, 16);
    if (code > 0x10ffff) bail();
    return [String.fromCodePoint(code), i + 2 + hex];
  }
  const mapped = ESCAPES[e];
  if (mapped === undefined) bail();
  return [mapped, i + 2];
}

/** A one-line double-quoted scalar starting at `at` (the quote); returns [value, offset after the closing quote]. */
function doubleQuoted(text: string, at: number, end: number): [string, number] {
  let out = '';
  let i = at + 1;
  let chunk = i;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 34) return [out + text.slice(chunk, i), i + 1];
    if (c === 92) {
      out += text.slice(chunk, i);
      let escaped: string;
      [escaped, i] = readEscape(text, i, end);
      out += escaped;
      chunk = i;
      continue;
    }
    i++;
  }
  return bail(); // continues on the next line: a multi-line scalar
}

function singleQuoted(text: string, at: number, end: number): [string, number] {
  let out = '';
  let i = at + 1;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close < 0 || close >= end) bail();
    out += text.slice(i, close);
    if (text.charCodeAt(close + 1) === 39 && close + 1 < end) {
      out += "'";
      i = close + 2;
    } else {
      return [out, close + 1];
    }
  }
}

/** Characters that may not start a plain scalar (YAML c-indicator), except `-` handled apart. */
const NOT_PLAIN_START = new Set([...'?:,[]{}#&*!|>\'"%@`']);

function plainValue(source: string): unknown {
  const resolved = resolvePlainScalar(source);
  if (resolved === NOT_RESOLVED) return source;
  if (typeof resolved === 'object' && resolved !== null) bail(); // NaN/Inf: let the full decoder report it
  return resolved;
}

function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, configurable: true, writable: true });
  else map[key] = value;
}

class Parser {
  private readonly lines: Line[];
  private index = 0;

  constructor(private readonly text: string) {
    this.lines = scanLines(text);
  }

  /** Advances past blank and comment lines; returns the next content line or undefined. */
  private peek(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index].empty) this.index++;
    return this.lines[this.index];
  }

  /** Whether a line is a `---` or `...` document marker. */
  private isMarker(line: Line): boolean {
    const { text } = this;
    if (line.indent !== 0 || line.end - line.start < 3) return false;
    if (!text.startsWith('---', line.start) && !text.startsWith('...', line.start)) return false;
    const next = text.charCodeAt(line.start + 3);
    return line.start + 3 === line.end || next === SPACE || next === TAB;
  }

  document(): unknown {
    let line = this.peek();
    if (!line) return undefined;
    const { text } = this;
    // One leading `---` is the splitter's; any other marker is beyond this decoder.
    for (let i = this.index + 1; i < this.lines.length; i++) if (this.isMarker(this.lines[i])) bail();
    if (this.isMarker(line) && text.startsWith('...', line.start)) bail();
    if (this.isMarker(line)) {
      const after = skipSpaces(text, line.start + 3, line.end);
      if (after < line.end && text.charCodeAt(after) !== HASH) bail(); // content on the marker line
      this.index++;
      line = this.peek();
      if (!line) return undefined;
    }
    const c = text.charCodeAt(line.start + line.indent);
    if (c === 37 /* % */) bail();
    const value = this.node(line, line.start + line.indent, -1);
    // Content the block structure did not take (malformed, or `...`): the full decoder decides.
    if (this.peek()) bail();
    return value;
  }

  /**
   * A block node whose first character is at `col` on `line`, inside a parent
   * indented `parentIndent`.
   */
  private node(line: Line, col: number, parentIndent: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(col);
    const indent = col - line.start;
    if (c === 45 /* - */ && (col + 1 === line.end || text.charCodeAt(col + 1) === SPACE)) {
      return this.sequence(line, col, indent);
    }
    if (this.isMappingStart(line, col)) return this.mapping(line, col, indent);
    // A bare scalar as a whole node (a document that is one scalar, or a value on its own line).
    return this.inlineValue(line, col, parentIndent, false);
  }

  /** Whether the text at `col` is a `key:` entry. */
  private isMappingStart(line: Line, col: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(col);
    if (c === 34 || c === 39) {
      const [, after] = c === 34 ? doubleQuoted(text, col, line.end) : singleQuoted(text, col, line.end);
      const next = skipSpaces(text, after, line.end);
      return text.charCodeAt(next) === 58 && (next + 1 === line.end || text.charCodeAt(next + 1) === SPACE || text.charCodeAt(next + 1) === TAB);
    }
    if (c === 91 || c === 123) return false; // a flow collection as a whole node
    const stop = commentStart(text, col, line.end);
    let at = text.indexOf(':', col);
    while (at >= 0 && at < stop) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= line.end || next === SPACE || next === TAB) return true;
      at = text.indexOf(':', at + 1);
    }
    return false;
  }

  /** Reads `key:` at `col`; returns the key and the offset after the colon. */
  private key(line: Line, col: number): [string, number] {
    const { text } = this;
    const c = text.charCodeAt(col);
    let key: string;
    let after: number;
    if (c === 34 || c === 39) {
      [key, after] = c === 34 ? doubleQuoted(text, col, line.end) : singleQuoted(text, col, line.end);
      after = skipSpaces(text, after, line.end);
      if (text.charCodeAt(after) !== 58) bail();
      return [key, after + 1];
    }
    if (c === 63 /* ? */ || c === 60 /* < (merge) */ || NOT_PLAIN_START.has(text[col])) bail();
    let at = text.indexOf(':', col);
    for (;;) {
      if (at < 0 || at >= line.end) bail();
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= line.end || next === SPACE || next === TAB) break;
      at = text.indexOf(':', at + 1);
    }
    const raw = text.slice(col, trimEndIndex(text, col, at));
    if (raw === '' || raw.includes(' #')) bail();
    const resolved = resolvePlainScalar(raw);
    if (resolved === null || typeof resolved === 'object') bail();
    key = resolved === NOT_RESOLVED ? raw : String(resolved);
    return [key, at + 1];
  }

  private mapping(first: Line, firstCol: number, indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let line: Line | undefined = first;
    let col = firstCol;
    for (;;) {
      const [key, afterColon] = this.key(line, col);
      setKey(map, key, this.value(line, afterColon, indent, true));
      line = this.peek();
      if (!line || line.indent !== indent) break;
      col = line.start + indent;
      if (this.text.charCodeAt(col) === 45 && (col + 1 === line.end || this.text.charCodeAt(col + 1) === SPACE)) break;
    }
    if (line && line.indent > indent) bail(); // stray deeper content
    return map;
  }

  private sequence(first: Line, firstCol: number, indent: number): unknown[] {
    const list: unknown[] = [];
    let line: Line | undefined = first;
    let col = firstCol;
    const { text } = this;
    for (;;) {
      // `-` then the item: on this line after spaces, or on the following lines.
      const itemCol = skipSpaces(text, col + 1, line.end);
      if (itemCol >= line.end || text.charCodeAt(itemCol) === HASH) {
        this.index++;
        const next = this.peek();
        if (next && next.indent > indent) list.push(this.node(next, next.start + next.indent, indent));
        else list.push(null);
      } else {
        const c = text.charCodeAt(itemCol);
        if ((c === 45 && (itemCol + 1 === line.end || text.charCodeAt(itemCol + 1) === SPACE)) || this.isMappingStart(line, itemCol)) {
          // A compact nested collection: its indentation is its column.
          list.push(this.node(line, itemCol, indent));
        } else {
          list.push(this.value(line, itemCol, indent, false));
        }
      }
      line = this.peek();
      if (!line || line.indent !== indent) break;
      col = line.start + indent;
      if (!(text.charCodeAt(col) === 45 && (col + 1 === line.end || text.charCodeAt(col + 1) === SPACE))) break;
    }
    if (line && line.indent > indent) bail();
    return list;
  }

  /**
   * The value after `key:` (or after `- `) starting at `from` on `line`. Leaves
   * the cursor on the first line after the value.
   */
  private value(line: Line, from: number, indent: number, inMapping: boolean): unknown {
    const { text } = this;
    const at = skipSpaces(text, from, line.end);
    if (at >= line.end || text.charCodeAt(at) === HASH) {
      this.index++;
      const next = this.peek();
      if (!next) return null;
      if (next.indent > indent) return this.node(next, next.start + next.indent, indent);
      // A sequence may sit at its key's own indentation.
      const col = next.start + next.indent;
      if (inMapping && next.indent === indent && text.charCodeAt(col) === 45 && (col + 1 === next.end || text.charCodeAt(col + 1) === SPACE)) {
        return this.sequence(next, col, indent);
      }
      return null;
    }
    if (at === from && inMapping) bail(); // `key:value` without a space is not an entry
    return this.inlineValue(line, at, indent, inMapping);
  }

  /**
   * A scalar, block scalar or flow collection starting at `at`, the value of a
   * node whose parent is indented `indent`.
   */
  private inlineValue(line: Line, at: number, indent: number, inMapping: boolean): unknown {
    const { text } = this;
    const c = text.charCodeAt(at);
    let value: unknown;
    let after: number;
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(line, at, indent, inMapping);
    if (c === 34 || c === 39) {
      [value, after] = this.quoted(at, indent);
      while (this.lines[this.index].end < after) this.index++; // the line of the closing quote
      line = this.lines[this.index];
    } else if (c === 91 || c === 123) {
      [value, after] = new FlowParser(text, line.end).parse(at);
    } else {
      return this.plain(line, at, indent);
    }
    const rest = skipSpaces(text, after, line.end);
    if (rest < line.end && text.charCodeAt(rest) !== HASH) bail();
    this.index++;
    const next = this.peek();
    if (next && next.indent > indent) bail();
    return value;
  }

  /**
   * A plain scalar, folded over the more-indented lines that continue it: line
   * breaks become spaces, each empty line a newline.
   */
  private plain(line: Line, at: number, indent: number): unknown {
    const { text, lines } = this;
    const c = text.charCodeAt(at);
    if (NOT_PLAIN_START.has(text[at])) bail();
    if (c === 45 && (at + 1 === line.end || text.charCodeAt(at + 1) === SPACE)) bail();
    const comment = commentStart(text, at, line.end);
    let value = text.slice(at, trimEndIndex(text, at, comment));
    if (value.includes(': ') || value.endsWith(':')) bail();
    let index = this.index + 1;
    if (comment === line.end && indent >= 0) {
      let breaks = 0;
      for (; index < lines.length; index++) {
        const l = lines[index];
        const first = l.start + l.indent;
        if (first === l.end) {
          breaks++;
          continue;
        }
        if (l.indent <= indent || text.charCodeAt(first) === HASH) break;
        const end = trimEndIndex(text, first, commentStart(text, first, l.end));
        const part = text.slice(first, end);
        if (end < l.end || part.includes(': ') || part.endsWith(':')) bail(); // a comment or a key: not a continuation
        value += breaks ? '\n'.repeat(breaks) : ' ';
        value += part;
        breaks = 0;
      }
    }
    this.index = index;
    const next = this.peek();
    if (next && next.indent > indent) bail();
    return plainValue(value);
  }

  /**
   * A single- or double-quoted scalar at `at`, possibly over several lines
   * (folded: a line break is a space, each empty line a newline; a
   * backslash-escaped break in double quotes is nothing). Returns the value and
   * the offset after the closing quote.
   */
  private quoted(at: number, indent: number): [string, number] {
    const { text } = this;
    const double = text.charCodeAt(at) === 34;
    let out = '';
    let kept = 0; // output length up to the last character that is not trailing line white space
    let i = at + 1;
    const length = text.length;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (double ? c === 34 : c === 39) {
        if (!double && text.charCodeAt(i + 1) === 39) {
          out += "'";
          kept = out.length;
          i += 2;
          continue;
        }
        return [out, i + 1];
      }
      if (c === 10) {
        // Fold the break: trailing white space of the line goes, leading white space of the next.
        out = out.slice(0, kept);
        let breaks = 0;
        let j = i + 1;
        for (;;) {
          let k = j;
          while (k < length && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
          if (text.charCodeAt(k) === 10) {
            breaks++;
            j = k + 1;
            continue;
          }
          if (k >= length) bail();
          // The continuation must be indented past the parent and not be a document marker.
          let spaces = j;
          while (text.charCodeAt(spaces) === SPACE) spaces++;
          if (spaces - j <= indent || (spaces === j && (text.startsWith('---', j) || text.startsWith('...', j)))) bail();
          i = k;
          break;
        }
        out += breaks ? '\n'.repeat(breaks) : ' ';
        kept = out.length;
        continue;
      }
      if (double && c === 92) {
        const e = text[i + 1];
        if (e === '\n') {
          // An escaped line break joins the lines without a space.
          kept = out.length;
          i += 2;
          while (i < length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
          continue;
        }
        let escaped: string;
        [escaped, i] = readEscape(text, i, length);
        out += escaped;
        kept = out.length;
        continue;
      }
      out += text[i];
      if (c !== SPACE && c !== TAB) kept = out.length;
      i++;
    }
    return bail();
  }

  private blockScalar(line: Line, at: number, indent: number, inMapping: boolean): string {
    const { text } = this;
    const literal = text.charCodeAt(at) === 124;
    let chomp = 'clip';
    let explicit = 0;
    let i = at + 1;
    for (; i < line.end; i++) {
      const ch = text[i];
      if (ch === '-' || ch === '+') {
        if (chomp !== 'clip') bail();
        chomp = ch === '-' ? 'strip' : 'keep';
      } else if (ch >= '1' && ch <= '9') {
        // An indentation indicator counts from the parent's indentation; only
        // mapping values are handled here.
        if (explicit || !inMapping) bail();
        explicit = Number(ch);
      } else break;
    }
    const rest = skipSpaces(text, i, line.end);
    if (rest < line.end && (text.charCodeAt(rest) !== HASH || rest === i)) bail();
    // Raw lines: comments and blanks inside a block scalar are content.
    let index = this.index + 1;
    const lines = this.lines;
    let contentIndent = explicit ? indent + explicit : 0;
    if (!explicit) {
      let maxLeadingBlank = 0;
      for (let j = index; j < lines.length; j++) {
        const l = lines[j];
        if (l.start + l.indent === l.end) {
          maxLeadingBlank = Math.max(maxLeadingBlank, l.end - l.start);
          continue;
        }
        contentIndent = l.indent;
        break;
      }
      if (contentIndent <= indent) contentIndent = 0; // no content lines
      if (contentIndent && maxLeadingBlank > contentIndent) bail();
    }
    const body: string[] = [];
    for (; index < lines.length; index++) {
      const l = lines[index];
      const blank = l.start + l.indent === l.end;
      if (blank) {
        body.push(l.end - l.start > contentIndent ? text.slice(l.start + contentIndent, l.end) : '');
        continue;
      }
      if (!contentIndent || l.indent < contentIndent) break;
      if (text.slice(l.start, l.start + contentIndent).includes('\t')) bail();
      body.push(text.slice(l.start + contentIndent, l.end));
    }
    // Trailing blank lines belong to the chomping, not to the content.
    let last = body.length;
    while (last > 0 && body[last - 1] === '') last--;
    const trailing = body.length - last;
    this.index = index;
    const content = body.slice(0, last);
    let value = literal ? content.join('\n') : fold(content);
    if (content.length === 0) {
      return chomp === 'keep' ? '\n'.repeat(trailing) : '';
    }
    if (chomp === 'clip') value += '\n';
    else if (chomp === 'keep') value += '\n'.repeat(1 + trailing);
    return value;
  }
}

/**
 * YAML folding of a `>` scalar's lines: a break between two text lines becomes
 * a space; followed by k empty lines it becomes k newlines; breaks next to
 * more-indented lines are kept.
 */
function fold(lines: string[]): string {
  let out = '';
  let pendingBreaks = 0;
  let prevText: string | undefined;
  const moreIndented = (s: string) => s.startsWith(' ') || s.startsWith('\t');
  for (const line of lines) {
    if (line === '') {
      pendingBreaks++;
      continue;
    }
    if (prevText !== undefined) {
      if (pendingBreaks > 0) {
        // A break followed by empty lines: the first break folds away unless a more-indented line is involved.
        out += moreIndented(prevText) || moreIndented(line) ? '\n'.repeat(pendingBreaks + 1) : '\n'.repeat(pendingBreaks);
      } else {
        out += moreIndented(prevText) || moreIndented(line) ? '\n' : ' ';
      }
    } else if (pendingBreaks > 0) {
      out += '\n'.repeat(pendingBreaks);
    }
    out += line;
    prevText = line;
    pendingBreaks = 0;
  }
  return out;
}

/** One-line flow collections: `[a, b]`, `{k: v}`, nested, quoted or plain scalars. */
class FlowParser {
  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  parse(at: number): [unknown, number] {
    return this.node(skipSpaces(this.text, at, this.end));
  }

  private node(at: number): [unknown, number] {
    const c = this.text.charCodeAt(at);
    if (c === 91) return this.list(at);
    if (c === 123) return this.map(at);
    if (c === 34) return doubleQuoted(this.text, at, this.end);
    if (c === 39) return singleQuoted(this.text, at, this.end);
    return this.plain(at);
  }

  private plain(at: number): [unknown, number] {
    const { text } = this;
    if (NOT_PLAIN_START.has(text[at]) || at >= this.end) bail();
    let i = at;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      if (c === 58) {
        const next = text.charCodeAt(i + 1);
        if (i + 1 >= this.end || next === SPACE || next === 44 || next === 93 || next === 125) break;
      }
      if (c === HASH && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) bail();
    }
    const raw = text.slice(at, trimEndIndex(text, at, i));
    if (raw === '') bail();
    return [plainValue(raw), i];
  }

  private list(at: number): [unknown[], number] {
    const { text } = this;
    const out: unknown[] = [];
    let i = skipSpaces(text, at + 1, this.end);
    if (text.charCodeAt(i) === 93) return [out, i + 1];
    for (;;) {
      const [value, after] = this.node(i);
      i = skipSpaces(text, after, this.end);
      if (text.charCodeAt(i) === 58) bail(); // a single-pair map inside a list
      out.push(value);
      const c = text.charCodeAt(i);
      if (c === 93) return [out, i + 1];
      if (c !== 44) bail();
      i = skipSpaces(text, i + 1, this.end);
      if (text.charCodeAt(i) === 93) return [out, i + 1];
    }
  }

  private map(at: number): [Record<string, unknown>, number] {
    const { text } = this;
    const out: Record<string, unknown> = {};
    let i = skipSpaces(text, at + 1, this.end);
    if (text.charCodeAt(i) === 125) return [out, i + 1];
    for (;;) {
      const [rawKey, afterKey] = this.node(i);
      if (rawKey === null || typeof rawKey === 'object') bail();
      i = skipSpaces(text, afterKey, this.end);
      if (text.charCodeAt(i) !== 58) bail(); // `{a}` or malformed
      i = skipSpaces(text, i + 1, this.end);
      let value: unknown = null;
      const c = text.charCodeAt(i);
      if (c !== 44 && c !== 125) [value, i] = this.node(i);
      setKey(out, String(rawKey), value);
      i = skipSpaces(text, i, this.end);
      const d = text.charCodeAt(i);
      if (d === 125) return [out, i + 1];
      if (d !== 44) bail();
      i = skipSpaces(text, i + 1, this.end);
      if (text.charCodeAt(i) === 125) return [out, i + 1];
    }
  }
}

/** The document's value, `undefined` for an empty one, or UNSUPPORTED. */
// Control characters other than tab and line breaks, a lone CR, a BOM: the full decoder handles them.
const UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r\ufeff]/;

export function fastDecode(text: string): unknown {
  if (UNUSUAL.test(text)) return UNSUPPORTED;
  try {
    return new Parser(text).document();
  } catch (error) {
    if (error instanceof Unsupported) return UNSUPPORTED;
    throw error;
  }
}
