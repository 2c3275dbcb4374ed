// Splits a YAML stream into its documents without parsing them, keeping the
// line each one starts on. YAML forbids a line that starts with `---` or `...`
// followed by a space or its end inside any node (even inside quoted or block
// scalars), so such a line is always a document boundary.

export interface DocumentText {
  /** The document's text, its `---` marker line included. */
  text: string;
  /** 1-based line of the stream on which `text` starts. */
  startLine: number;
  /** 1-based lines of the first and last line holding content (not markers, blanks or comments). */
  contentLine: number;
  contentEndLine: number;
}

function isMarker(text: string, at: number, ch: number): boolean {
  if (text.charCodeAt(at) !== ch || text.charCodeAt(at + 1) !== ch || text.charCodeAt(at + 2) !== ch) return false;
  const next = text.charCodeAt(at + 3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13;
}

/** True when the line holds YAML content: not blank, not only a comment, not a bare marker. */
function lineHasContent(text: string, start: number, end: number): boolean {
  let i = start;
  if (isMarker(text, i, 45 /* - */) || isMarker(text, i, 46 /* . */)) i += 3;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    return c !== 35; /* # */
  }
  return false;
}

/**
 * Documents in stream order; documents with no content at all (only markers,
 * comments or directives) are dropped, as Argo CD and kubectl skip them.
 */
export function splitYamlStream(text: string): DocumentText[] {
  const docs: DocumentText[] = [];
  let docStart = 0;
  let docStartLine = 1;
  let contentLine = 0;
  let contentEndLine = 0;
  let directivesPending = false;
  let line = 1;

  const close = (end: number) => {
    if (contentLine > 0) {
      docs.push({ text: text.slice(docStart, end), startLine: docStartLine, contentLine, contentEndLine });
    }
  };

  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const first = text.charCodeAt(pos);
    if (first === 45 && isMarker(text, pos, 45)) {
      // `---` opens a document; directives written before it belong to it.
      if (!directivesPending) {
        close(pos);
        docStart = pos;
        docStartLine = line;
        contentLine = 0;
      }
      directivesPending = false;
    } else if (first === 46 && isMarker(text, pos, 46)) {
      close(eol);
      docStart = eol + 1;
      docStartLine = line + 1;
      contentLine = 0;
    } else if (first === 37 /* % */ && contentLine === 0) {
      directivesPending = true;
    }
    if (!directivesPending && lineHasContent(text, pos, eol)) {
      if (contentLine === 0) contentLine = line;
      contentEndLine = line;
    }
    pos = eol + 1;
    line++;
  }
  close(text.length);
  return docs;
}

/** Offsets at which each line of `text` starts: lineStarts[n] is line n+1. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at >= 0) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** 1-based line holding `offset`. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
