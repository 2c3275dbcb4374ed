import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  escapeRegExp
} from "./chunk-FR6RCKLQ.js";
import {
  DocumentLines,
  Prices,
  YamlDecodeError,
  apiGroup,
  asObject,
  canonicalJson,
  cents,
  centsText,
  decodeDocument,
  escapePointerSegment,
  estimateCosts,
  fromOpenCostPricing,
  gpuModel,
  gpuTypeOf,
  identity,
  isOpenCostPricing,
  lineAt,
  lineStarts,
  pairResources,
  pointerSegments,
  selectsSpot,
  splitYamlStream,
  totalCost,
  valueAt
} from "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-S6SOTGYE.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix });
        const result = { glob: glob2, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed2 = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed2.output = parse.fastpaths(input, options);
      }
      if (!parsed2.output) {
        parsed2 = parse(input, options);
      }
      return picomatch3.compileRe(parsed2, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants2;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/render/paths.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function findRepoRoot(start) {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return dir;
  }
  for (let probe = dir; ; probe = dirname(probe)) {
    if (existsSync(`${probe}${sep}.git`)) return probe;
    if (dirname(probe) === probe) return dir;
  }
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function realPathInside(root, path, what, shown = displayPath(root, path)) {
  const outside = () => new TollgateError("path", `${what} ${shown} resolves outside the repository root ${root}`, {
    hint: "tollgate only reads files inside the repository (see --repo-root)"
  });
  if (!isInside(root, resolve(path))) throw outside();
  let real;
  try {
    real = realpathSync(path);
  } catch {
    throw new TollgateError("input", `${what} ${shown} does not exist`);
  }
  if (!isInside(realpathSync(root), real)) throw outside();
  return real;
}
function displayPath(root, path) {
  const rel = relative(root, path);
  if (rel === "") return ".";
  return sep === "/" ? rel : rel.split(sep).join("/");
}

// src/config/load.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join, resolve as resolve2 } from "node:path";

// src/config/validators.generated.js
var validateConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://tollgate.dev/schemas/config.json", "title": "tollgate configuration (.tollgate.yaml)", "description": "Policy as code for tollgate: render settings, prices, assumptions, budgets and policy. Found as the nearest .tollgate.yaml from the app path up to the repo root, or given with --config.", "type": "object", "additionalProperties": false, "properties": { "extends": { "description": "Config files merged first, in order (later wins; lists replace). Paths are relative to this file and must stay inside the repo.", "type": "array", "items": { "type": "string" }, "default": [] }, "render": { "description": "Pinned render inputs, used alike by the CLI, the GitHub Action and the Argo CD plugin, so that they render an app identically.", "type": "object", "additionalProperties": false, "properties": { "renderer": { "description": "auto, directory, kustomize or helm.", "enum": ["auto", "directory", "kustomize", "helm"] }, "releaseName": { "description": "Helm release name.", "type": "string" }, "namespace": { "description": "Namespace the app renders for (helm --namespace; resources without one are counted there).", "type": "string" }, "kubeVersion": { "description": "Kubernetes version Helm templates see.", "type": "string" }, "apiVersions": { "description": "Extra API versions Helm templates see.", "type": "array", "items": { "type": "string" } }, "valuesFiles": { "description": "Helm values files, relative to the app directory.", "type": "array", "items": { "type": "string" } }, "recurse": { "description": "Directory apps: read sub-folders.", "type": "boolean" }, "include": { "description": "Directory apps: include glob.", "type": "string" }, "exclude": { "description": "Directory apps: exclude glob.", "type": "string" } } }, "prices": { "description": "The price profile and your prices, merged over it (keys of a prices file, plus `file` and `profile`).", "type": "object", "additionalProperties": false, "properties": { "profile": { "description": "Built-in price profile.", "enum": ["opencost", "aws", "gcp", "azure"], "default": "opencost" }, "file": { "description": "A prices file (or OpenCost custom-pricing JSON), relative to this config file.", "type": "string" }, "currency": { "description": "Currency code shown in reports.", "type": "string" }, "hoursPerMonth": { "description": "Hours in a billing month.", "type": "number", "exclusiveMinimum": 0 }, "cpu": { "description": "Per vCPU-hour, on demand.", "type": "number", "minimum": 0 }, "memory": { "description": "Per GiB-hour, on demand.", "type": "number", "minimum": 0 }, "spot": { "description": "Multiplier on cpu, memory and gpu for pods on spot capacity, or one per resource.", "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "object", "additionalProperties": false, "properties": { "cpu": { "type": "number", "minimum": 0 }, "memory": { "type": "number", "minimum": 0 }, "gpu": { "type": "number", "minimum": 0 } } }] }, "gpu": { "description": "Per GPU-hour by GPU type label value; `default` otherwise.", "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }, "gpuTimeSliceFraction": { "description": "Share of a GPU's price charged per time-sliced nvidia.com/gpu.shared.", "type": "number", "minimum": 0, "maximum": 1 }, "storage": { "description": "Per GiB-month by storage class; `default` otherwise.", "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }, "loadBalancer": { "description": "Per month for each Service of type LoadBalancer.", "type": "number", "minimum": 0 } }, "default": {} }, "assumptions": { "description": "What tollgate assumes where the manifests cannot say.", "type": "object", "additionalProperties": false, "properties": { "daemonSetNodes": { "description": "Nodes a DaemonSet runs on.", "type": "integer", "minimum": 0, "default": 3 }, "cronJobDuration": { "description": "Duration of one CronJob or Job run without a tollgate.dev/expected-duration annotation.", "type": "string", "pattern": "^(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$", "default": "10m" } }, "default": {} }, "workloadKinds": { "description": "Pod templates inside other kinds (CRDs).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "podTemplatePath"], "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "podTemplatePath": { "description": "JSON pointer to a pod template or pod spec.", "type": "string", "pattern": "^/" }, "replicasPath": { "description": "JSON pointer to the replica count.", "type": "string", "pattern": "^/" } } }, "default": [] }, "budgets": { "description": "Monthly budgets; none applies unless configured.", "type": "object", "additionalProperties": false, "properties": { "basis": { "description": "Which end of a cost range budgets and the PR delta use.", "enum": ["min", "max"], "default": "min" }, "total": { "description": "Monthly, for the whole app.", "type": "number", "minimum": 0 }, "workload": { "description": "Monthly, for any single workload.", "type": "number", "minimum": 0 }, "namespaces": { "description": "Monthly, per namespace.", "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }, "increase": { "description": "How much a change may add against its base.", "type": "object", "additionalProperties": false, "properties": { "amount": { "type": "number", "minimum": 0 }, "percent": { "type": "number", "minimum": 0 } } } }, "default": {} }, "policy": { "description": "Policy rules and how findings gate.", "type": "object", "additionalProperties": false, "properties": { "failOn": { "description": "The lowest finding level that fails the gate.", "enum": ["error", "warning", "never"], "default": "error" }, "trustedRegistries": { "description": "Image prefixes the trusted-registry rule allows (inactive when empty).", "type": "array", "items": { "type": "string" }, "default": [] }, "criticalPriorityClasses": { "description": "priorityClassNames that mark critical workloads.", "type": "array", "items": { "type": "string" }, "default": [] }, "gpuForAll": { "description": "GPU types any workload may use.", "type": "array", "items": { "type": "string" }, "default": [] }, "costLabels": { "description": "Labels the cost-labels rule requires.", "type": "array", "items": { "type": "string" }, "default": ["team"] }, "vulnerabilities": { "type": "object", "additionalProperties": false, "properties": { "failOn": { "enum": ["critical", "high", "medium", "low"], "default": "critical" }, "ignoreUnfixed": { "type": "boolean", "default": false } }, "default": {} }, "rules": { "description": "Level per rule id.", "type": "object", "additionalProperties": { "enum": ["error", "warning", "info", "off"] }, "default": {} }, "allowAnnotationExemptions": { "description": "Whether tollgate.dev/exempt.<rule> annotations may waive findings: true, false, or the rule ids they may waive.", "oneOf": [{ "type": "boolean" }, { "type": "array", "items": { "type": "string" } }], "default": true }, "exceptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rules", "reason"], "properties": { "rules": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "match": { "type": "object", "additionalProperties": false, "properties": { "namespace": { "type": "string" }, "kind": { "type": "string" }, "name": { "type": "string" }, "container": { "type": "string" }, "image": { "type": "string" } } }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } }, "default": [] }, "lockedRules": { "description": "In an admin floor (TOLLGATE_ADMIN_CONFIG): rule ids the app's exceptions and annotations cannot exempt.", "type": "array", "items": { "type": "string" }, "default": [] }, "requireCpuLimits": { "description": "Whether resources-limits also requires a cpu limit.", "type": "boolean", "default": false } }, "default": {} } } };
var func2 = Object.prototype.hasOwnProperty;
var func5 = ((text) => {
  let length = 0;
  for (const _ of text) length++;
  return length;
});
var pattern0 = new RegExp("^(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$", "u");
var pattern1 = new RegExp("^/", "u");
var pattern3 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.extends === void 0) {
        data.extends = [];
      }
      if (data.prices === void 0) {
        data.prices = {};
      }
      if (data.assumptions === void 0) {
        data.assumptions = {};
      }
      if (data.workloadKinds === void 0) {
        data.workloadKinds = [];
      }
      if (data.budgets === void 0) {
        data.budgets = {};
      }
      if (data.policy === void 0) {
        data.policy = {};
      }
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "extends" || key0 === "render" || key0 === "prices" || key0 === "assumptions" || key0 === "workloadKinds" || key0 === "budgets" || key0 === "policy")) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        let data0 = data.extends;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (typeof data0[i0] !== "string") {
                validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate10.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (valid0) {
          if (data.render !== void 0) {
            let data2 = data.render;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                const _errs8 = errors;
                for (const key1 in data2) {
                  if (!func2.call(schema11.properties.render.properties, key1)) {
                    validate10.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs8 === errors) {
                  if (data2.renderer !== void 0) {
                    let data3 = data2.renderer;
                    const _errs9 = errors;
                    if (!(data3 === "auto" || data3 === "directory" || data3 === "kustomize" || data3 === "helm")) {
                      validate10.errors = [{ instancePath: instancePath + "/render/renderer", schemaPath: "#/properties/render/properties/renderer/enum", keyword: "enum", params: { allowedValues: schema11.properties.render.properties.renderer.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid2 = _errs9 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data2.releaseName !== void 0) {
                      const _errs10 = errors;
                      if (typeof data2.releaseName !== "string") {
                        validate10.errors = [{ instancePath: instancePath + "/render/releaseName", schemaPath: "#/properties/render/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs10 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data2.namespace !== void 0) {
                        const _errs12 = errors;
                        if (typeof data2.namespace !== "string") {
                          validate10.errors = [{ instancePath: instancePath + "/render/namespace", schemaPath: "#/properties/render/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs12 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data2.kubeVersion !== void 0) {
                          const _errs14 = errors;
                          if (typeof data2.kubeVersion !== "string") {
                            validate10.errors = [{ instancePath: instancePath + "/render/kubeVersion", schemaPath: "#/properties/render/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs14 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.apiVersions !== void 0) {
                            let data7 = data2.apiVersions;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (Array.isArray(data7)) {
                                var valid3 = true;
                                const len1 = data7.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs18 = errors;
                                  if (typeof data7[i1] !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/render/apiVersions/" + i1, schemaPath: "#/properties/render/properties/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs18 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/render/apiVersions", schemaPath: "#/properties/render/properties/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid2 = _errs16 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.valuesFiles !== void 0) {
                              let data9 = data2.valuesFiles;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (Array.isArray(data9)) {
                                  var valid4 = true;
                                  const len2 = data9.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    const _errs22 = errors;
                                    if (typeof data9[i2] !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/render/valuesFiles/" + i2, schemaPath: "#/properties/render/properties/valuesFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs22 === errors;
                                    if (!valid4) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/render/valuesFiles", schemaPath: "#/properties/render/properties/valuesFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs20 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.recurse !== void 0) {
                                const _errs24 = errors;
                                if (typeof data2.recurse !== "boolean") {
                                  validate10.errors = [{ instancePath: instancePath + "/render/recurse", schemaPath: "#/properties/render/properties/recurse/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid2 = _errs24 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data2.include !== void 0) {
                                  const _errs26 = errors;
                                  if (typeof data2.include !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/render/include", schemaPath: "#/properties/render/properties/include/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs26 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data2.exclude !== void 0) {
                                    const _errs28 = errors;
                                    if (typeof data2.exclude !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/render/exclude", schemaPath: "#/properties/render/properties/exclude/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs28 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            let data14 = data.prices;
            const _errs30 = errors;
            if (errors === _errs30) {
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.profile === void 0) {
                  data14.profile = "opencost";
                }
                const _errs32 = errors;
                for (const key2 in data14) {
                  if (!func2.call(schema11.properties.prices.properties, key2)) {
                    validate10.errors = [{ instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs32 === errors) {
                  let data15 = data14.profile;
                  const _errs33 = errors;
                  if (!(data15 === "opencost" || data15 === "aws" || data15 === "gcp" || data15 === "azure")) {
                    validate10.errors = [{ instancePath: instancePath + "/prices/profile", schemaPath: "#/properties/prices/properties/profile/enum", keyword: "enum", params: { allowedValues: schema11.properties.prices.properties.profile.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid5 = _errs33 === errors;
                  if (valid5) {
                    if (data14.file !== void 0) {
                      const _errs34 = errors;
                      if (typeof data14.file !== "string") {
                        validate10.errors = [{ instancePath: instancePath + "/prices/file", schemaPath: "#/properties/prices/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs34 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data14.currency !== void 0) {
                        const _errs36 = errors;
                        if (typeof data14.currency !== "string") {
                          validate10.errors = [{ instancePath: instancePath + "/prices/currency", schemaPath: "#/properties/prices/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid5 = _errs36 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data14.hoursPerMonth !== void 0) {
                          let data18 = data14.hoursPerMonth;
                          const _errs38 = errors;
                          if (errors === _errs38) {
                            if (typeof data18 == "number") {
                              if (data18 <= 0 || isNaN(data18)) {
                                validate10.errors = [{ instancePath: instancePath + "/prices/hoursPerMonth", schemaPath: "#/properties/prices/properties/hoursPerMonth/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                return false;
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/prices/hoursPerMonth", schemaPath: "#/properties/prices/properties/hoursPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                          }
                          var valid5 = _errs38 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data14.cpu !== void 0) {
                            let data19 = data14.cpu;
                            const _errs40 = errors;
                            if (errors === _errs40) {
                              if (typeof data19 == "number") {
                                if (data19 < 0 || isNaN(data19)) {
                                  validate10.errors = [{ instancePath: instancePath + "/prices/cpu", schemaPath: "#/properties/prices/properties/cpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/prices/cpu", schemaPath: "#/properties/prices/properties/cpu/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid5 = _errs40 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data14.memory !== void 0) {
                              let data20 = data14.memory;
                              const _errs42 = errors;
                              if (errors === _errs42) {
                                if (typeof data20 == "number") {
                                  if (data20 < 0 || isNaN(data20)) {
                                    validate10.errors = [{ instancePath: instancePath + "/prices/memory", schemaPath: "#/properties/prices/properties/memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/prices/memory", schemaPath: "#/properties/prices/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs42 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data14.spot !== void 0) {
                                let data21 = data14.spot;
                                const _errs44 = errors;
                                const _errs45 = errors;
                                let valid6 = false;
                                let passing0 = null;
                                const _errs46 = errors;
                                if (errors === _errs46) {
                                  if (typeof data21 == "number") {
                                    if (data21 < 0 || isNaN(data21)) {
                                      const err0 = { instancePath: instancePath + "/prices/spot", schemaPath: "#/properties/prices/properties/spot/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err1 = { instancePath: instancePath + "/prices/spot", schemaPath: "#/properties/prices/properties/spot/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs46 === errors;
                                if (_valid0) {
                                  valid6 = true;
                                  passing0 = 0;
                                }
                                const _errs48 = errors;
                                if (errors === _errs48) {
                                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                    const _errs50 = errors;
                                    for (const key3 in data21) {
                                      if (!(key3 === "cpu" || key3 === "memory" || key3 === "gpu")) {
                                        const err2 = { instancePath: instancePath + "/prices/spot", schemaPath: "#/properties/prices/properties/spot/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err2];
                                        } else {
                                          vErrors.push(err2);
                                        }
                                        errors++;
                                        break;
                                      }
                                    }
                                    if (_errs50 === errors) {
                                      if (data21.cpu !== void 0) {
                                        let data22 = data21.cpu;
                                        const _errs51 = errors;
                                        if (errors === _errs51) {
                                          if (typeof data22 == "number") {
                                            if (data22 < 0 || isNaN(data22)) {
                                              const err3 = { instancePath: instancePath + "/prices/spot/cpu", schemaPath: "#/properties/prices/properties/spot/oneOf/1/properties/cpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err3];
                                              } else {
                                                vErrors.push(err3);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err4 = { instancePath: instancePath + "/prices/spot/cpu", schemaPath: "#/properties/prices/properties/spot/oneOf/1/properties/cpu/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                            if (vErrors === null) {
                                              vErrors = [err4];
                                            } else {
                                              vErrors.push(err4);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid7 = _errs51 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data21.memory !== void 0) {
                                          let data23 = data21.memory;
                                          const _errs53 = errors;
                                          if (errors === _errs53) {
                                            if (typeof data23 == "number") {
                                              if (data23 < 0 || isNaN(data23)) {
                                                const err5 = { instancePath: instancePath + "/prices/spot/memory", schemaPath: "#/properties/prices/properties/spot/oneOf/1/properties/memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                if (vErrors === null) {
                                                  vErrors = [err5];
                                                } else {
                                                  vErrors.push(err5);
                                                }
                                                errors++;
                                              }
                                            } else {
                                              const err6 = { instancePath: instancePath + "/prices/spot/memory", schemaPath: "#/properties/prices/properties/spot/oneOf/1/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                              if (vErrors === null) {
                                                vErrors = [err6];
                                              } else {
                                                vErrors.push(err6);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid7 = _errs53 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data21.gpu !== void 0) {
                                            let data24 = data21.gpu;
                                            const _errs55 = errors;
                                            if (errors === _errs55) {
                                              if (typeof data24 == "number") {
                                                if (data24 < 0 || isNaN(data24)) {
                                                  const err7 = { instancePath: instancePath + "/prices/spot/gpu", schemaPath: "#/properties/prices/properties/spot/oneOf/1/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                  if (vErrors === null) {
                                                    vErrors = [err7];
                                                  } else {
                                                    vErrors.push(err7);
                                                  }
                                                  errors++;
                                                }
                                              } else {
                                                const err8 = { instancePath: instancePath + "/prices/spot/gpu", schemaPath: "#/properties/prices/properties/spot/oneOf/1/properties/gpu/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                if (vErrors === null) {
                                                  vErrors = [err8];
                                                } else {
                                                  vErrors.push(err8);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid7 = _errs55 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err9 = { instancePath: instancePath + "/prices/spot", schemaPath: "#/properties/prices/properties/spot/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err9];
                                    } else {
                                      vErrors.push(err9);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs48 === errors;
                                if (_valid0 && valid6) {
                                  valid6 = false;
                                  passing0 = [passing0, 1];
                                } else {
                                  if (_valid0) {
                                    valid6 = true;
                                    passing0 = 1;
                                  }
                                }
                                if (!valid6) {
                                  const err10 = { instancePath: instancePath + "/prices/spot", schemaPath: "#/properties/prices/properties/spot/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                  if (vErrors === null) {
                                    vErrors = [err10];
                                  } else {
                                    vErrors.push(err10);
                                  }
                                  errors++;
                                  validate10.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs45;
                                  if (vErrors !== null) {
                                    if (_errs45) {
                                      vErrors.length = _errs45;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid5 = _errs44 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data14.gpu !== void 0) {
                                  let data25 = data14.gpu;
                                  const _errs57 = errors;
                                  if (errors === _errs57) {
                                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                      for (const key4 in data25) {
                                        let data26 = data25[key4];
                                        const _errs60 = errors;
                                        if (errors === _errs60) {
                                          if (typeof data26 == "number") {
                                            if (data26 < 0 || isNaN(data26)) {
                                              validate10.errors = [{ instancePath: instancePath + "/prices/gpu/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/properties/gpu/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/prices/gpu/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/properties/gpu/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs60 === errors;
                                        if (!valid8) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/prices/gpu", schemaPath: "#/properties/prices/properties/gpu/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs57 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data14.gpuTimeSliceFraction !== void 0) {
                                    let data27 = data14.gpuTimeSliceFraction;
                                    const _errs62 = errors;
                                    if (errors === _errs62) {
                                      if (typeof data27 == "number") {
                                        if (data27 > 1 || isNaN(data27)) {
                                          validate10.errors = [{ instancePath: instancePath + "/prices/gpuTimeSliceFraction", schemaPath: "#/properties/prices/properties/gpuTimeSliceFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                          return false;
                                        } else {
                                          if (data27 < 0 || isNaN(data27)) {
                                            validate10.errors = [{ instancePath: instancePath + "/prices/gpuTimeSliceFraction", schemaPath: "#/properties/prices/properties/gpuTimeSliceFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/prices/gpuTimeSliceFraction", schemaPath: "#/properties/prices/properties/gpuTimeSliceFraction/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                    }
                                    var valid5 = _errs62 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data14.storage !== void 0) {
                                      let data28 = data14.storage;
                                      const _errs64 = errors;
                                      if (errors === _errs64) {
                                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                          for (const key5 in data28) {
                                            let data29 = data28[key5];
                                            const _errs67 = errors;
                                            if (errors === _errs67) {
                                              if (typeof data29 == "number") {
                                                if (data29 < 0 || isNaN(data29)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/prices/storage/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/properties/storage/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/prices/storage/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prices/properties/storage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid9 = _errs67 === errors;
                                            if (!valid9) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/prices/storage", schemaPath: "#/properties/prices/properties/storage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs64 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data14.loadBalancer !== void 0) {
                                        let data30 = data14.loadBalancer;
                                        const _errs69 = errors;
                                        if (errors === _errs69) {
                                          if (typeof data30 == "number") {
                                            if (data30 < 0 || isNaN(data30)) {
                                              validate10.errors = [{ instancePath: instancePath + "/prices/loadBalancer", schemaPath: "#/properties/prices/properties/loadBalancer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/prices/loadBalancer", schemaPath: "#/properties/prices/properties/loadBalancer/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid5 = _errs69 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/prices", schemaPath: "#/properties/prices/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs30 === errors;
            if (valid0) {
              let data31 = data.assumptions;
              const _errs71 = errors;
              if (errors === _errs71) {
                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                  if (data31.daemonSetNodes === void 0) {
                    data31.daemonSetNodes = 3;
                  }
                  if (data31.cronJobDuration === void 0) {
                    data31.cronJobDuration = "10m";
                  }
                  const _errs73 = errors;
                  for (const key6 in data31) {
                    if (!(key6 === "daemonSetNodes" || key6 === "cronJobDuration")) {
                      validate10.errors = [{ instancePath: instancePath + "/assumptions", schemaPath: "#/properties/assumptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs73 === errors) {
                    let data32 = data31.daemonSetNodes;
                    const _errs74 = errors;
                    if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)))) {
                      validate10.errors = [{ instancePath: instancePath + "/assumptions/daemonSetNodes", schemaPath: "#/properties/assumptions/properties/daemonSetNodes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs74) {
                      if (typeof data32 == "number") {
                        if (data32 < 0 || isNaN(data32)) {
                          validate10.errors = [{ instancePath: instancePath + "/assumptions/daemonSetNodes", schemaPath: "#/properties/assumptions/properties/daemonSetNodes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid10 = _errs74 === errors;
                    if (valid10) {
                      let data33 = data31.cronJobDuration;
                      const _errs76 = errors;
                      if (errors === _errs76) {
                        if (typeof data33 === "string") {
                          if (!pattern0.test(data33)) {
                            validate10.errors = [{ instancePath: instancePath + "/assumptions/cronJobDuration", schemaPath: "#/properties/assumptions/properties/cronJobDuration/pattern", keyword: "pattern", params: { pattern: "^(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$" }, message: 'must match pattern "^(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$"' }];
                            return false;
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/assumptions/cronJobDuration", schemaPath: "#/properties/assumptions/properties/cronJobDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid10 = _errs76 === errors;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/assumptions", schemaPath: "#/properties/assumptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs71 === errors;
              if (valid0) {
                let data34 = data.workloadKinds;
                const _errs78 = errors;
                if (errors === _errs78) {
                  if (Array.isArray(data34)) {
                    var valid11 = true;
                    const len3 = data34.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data35 = data34[i3];
                      const _errs80 = errors;
                      if (errors === _errs80) {
                        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                          let missing0;
                          if (data35.apiVersion === void 0 && (missing0 = "apiVersion") || data35.kind === void 0 && (missing0 = "kind") || data35.podTemplatePath === void 0 && (missing0 = "podTemplatePath")) {
                            validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3, schemaPath: "#/properties/workloadKinds/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                            return false;
                          } else {
                            const _errs82 = errors;
                            for (const key7 in data35) {
                              if (!(key7 === "apiVersion" || key7 === "kind" || key7 === "podTemplatePath" || key7 === "replicasPath")) {
                                validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3, schemaPath: "#/properties/workloadKinds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs82 === errors) {
                              if (data35.apiVersion !== void 0) {
                                const _errs83 = errors;
                                if (typeof data35.apiVersion !== "string") {
                                  validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3 + "/apiVersion", schemaPath: "#/properties/workloadKinds/items/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid12 = _errs83 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data35.kind !== void 0) {
                                  const _errs85 = errors;
                                  if (typeof data35.kind !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3 + "/kind", schemaPath: "#/properties/workloadKinds/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid12 = _errs85 === errors;
                                } else {
                                  var valid12 = true;
                                }
                                if (valid12) {
                                  if (data35.podTemplatePath !== void 0) {
                                    let data38 = data35.podTemplatePath;
                                    const _errs87 = errors;
                                    if (errors === _errs87) {
                                      if (typeof data38 === "string") {
                                        if (!pattern1.test(data38)) {
                                          validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3 + "/podTemplatePath", schemaPath: "#/properties/workloadKinds/items/properties/podTemplatePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' }];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3 + "/podTemplatePath", schemaPath: "#/properties/workloadKinds/items/properties/podTemplatePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid12 = _errs87 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                  if (valid12) {
                                    if (data35.replicasPath !== void 0) {
                                      let data39 = data35.replicasPath;
                                      const _errs89 = errors;
                                      if (errors === _errs89) {
                                        if (typeof data39 === "string") {
                                          if (!pattern1.test(data39)) {
                                            validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3 + "/replicasPath", schemaPath: "#/properties/workloadKinds/items/properties/replicasPath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3 + "/replicasPath", schemaPath: "#/properties/workloadKinds/items/properties/replicasPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid12 = _errs89 === errors;
                                    } else {
                                      var valid12 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/workloadKinds/" + i3, schemaPath: "#/properties/workloadKinds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid11 = _errs80 === errors;
                      if (!valid11) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/workloadKinds", schemaPath: "#/properties/workloadKinds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs78 === errors;
                if (valid0) {
                  let data40 = data.budgets;
                  const _errs91 = errors;
                  if (errors === _errs91) {
                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                      if (data40.basis === void 0) {
                        data40.basis = "min";
                      }
                      const _errs93 = errors;
                      for (const key8 in data40) {
                        if (!(key8 === "basis" || key8 === "total" || key8 === "workload" || key8 === "namespaces" || key8 === "increase")) {
                          validate10.errors = [{ instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs93 === errors) {
                        let data41 = data40.basis;
                        const _errs94 = errors;
                        if (!(data41 === "min" || data41 === "max")) {
                          validate10.errors = [{ instancePath: instancePath + "/budgets/basis", schemaPath: "#/properties/budgets/properties/basis/enum", keyword: "enum", params: { allowedValues: schema11.properties.budgets.properties.basis.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid13 = _errs94 === errors;
                        if (valid13) {
                          if (data40.total !== void 0) {
                            let data42 = data40.total;
                            const _errs95 = errors;
                            if (errors === _errs95) {
                              if (typeof data42 == "number") {
                                if (data42 < 0 || isNaN(data42)) {
                                  validate10.errors = [{ instancePath: instancePath + "/budgets/total", schemaPath: "#/properties/budgets/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/budgets/total", schemaPath: "#/properties/budgets/properties/total/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid13 = _errs95 === errors;
                          } else {
                            var valid13 = true;
                          }
                          if (valid13) {
                            if (data40.workload !== void 0) {
                              let data43 = data40.workload;
                              const _errs97 = errors;
                              if (errors === _errs97) {
                                if (typeof data43 == "number") {
                                  if (data43 < 0 || isNaN(data43)) {
                                    validate10.errors = [{ instancePath: instancePath + "/budgets/workload", schemaPath: "#/properties/budgets/properties/workload/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/budgets/workload", schemaPath: "#/properties/budgets/properties/workload/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                              }
                              var valid13 = _errs97 === errors;
                            } else {
                              var valid13 = true;
                            }
                            if (valid13) {
                              if (data40.namespaces !== void 0) {
                                let data44 = data40.namespaces;
                                const _errs99 = errors;
                                if (errors === _errs99) {
                                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                    for (const key9 in data44) {
                                      let data45 = data44[key9];
                                      const _errs102 = errors;
                                      if (errors === _errs102) {
                                        if (typeof data45 == "number") {
                                          if (data45 < 0 || isNaN(data45)) {
                                            validate10.errors = [{ instancePath: instancePath + "/budgets/namespaces/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/budgets/properties/namespaces/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/budgets/namespaces/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/budgets/properties/namespaces/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                      }
                                      var valid14 = _errs102 === errors;
                                      if (!valid14) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/budgets/namespaces", schemaPath: "#/properties/budgets/properties/namespaces/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid13 = _errs99 === errors;
                              } else {
                                var valid13 = true;
                              }
                              if (valid13) {
                                if (data40.increase !== void 0) {
                                  let data46 = data40.increase;
                                  const _errs104 = errors;
                                  if (errors === _errs104) {
                                    if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                      const _errs106 = errors;
                                      for (const key10 in data46) {
                                        if (!(key10 === "amount" || key10 === "percent")) {
                                          validate10.errors = [{ instancePath: instancePath + "/budgets/increase", schemaPath: "#/properties/budgets/properties/increase/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                          return false;
                                          break;
                                        }
                                      }
                                      if (_errs106 === errors) {
                                        if (data46.amount !== void 0) {
                                          let data47 = data46.amount;
                                          const _errs107 = errors;
                                          if (errors === _errs107) {
                                            if (typeof data47 == "number") {
                                              if (data47 < 0 || isNaN(data47)) {
                                                validate10.errors = [{ instancePath: instancePath + "/budgets/increase/amount", schemaPath: "#/properties/budgets/properties/increase/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/budgets/increase/amount", schemaPath: "#/properties/budgets/properties/increase/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid15 = _errs107 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                        if (valid15) {
                                          if (data46.percent !== void 0) {
                                            let data48 = data46.percent;
                                            const _errs109 = errors;
                                            if (errors === _errs109) {
                                              if (typeof data48 == "number") {
                                                if (data48 < 0 || isNaN(data48)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/budgets/increase/percent", schemaPath: "#/properties/budgets/properties/increase/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/budgets/increase/percent", schemaPath: "#/properties/budgets/properties/increase/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid15 = _errs109 === errors;
                                          } else {
                                            var valid15 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/budgets/increase", schemaPath: "#/properties/budgets/properties/increase/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid13 = _errs104 === errors;
                                } else {
                                  var valid13 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs91 === errors;
                  if (valid0) {
                    let data49 = data.policy;
                    const _errs111 = errors;
                    if (errors === _errs111) {
                      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                        if (data49.failOn === void 0) {
                          data49.failOn = "error";
                        }
                        if (data49.trustedRegistries === void 0) {
                          data49.trustedRegistries = [];
                        }
                        if (data49.criticalPriorityClasses === void 0) {
                          data49.criticalPriorityClasses = [];
                        }
                        if (data49.gpuForAll === void 0) {
                          data49.gpuForAll = [];
                        }
                        if (data49.costLabels === void 0) {
                          data49.costLabels = ["team"];
                        }
                        if (data49.vulnerabilities === void 0) {
                          data49.vulnerabilities = {};
                        }
                        if (data49.rules === void 0) {
                          data49.rules = {};
                        }
                        if (data49.allowAnnotationExemptions === void 0) {
                          data49.allowAnnotationExemptions = true;
                        }
                        if (data49.exceptions === void 0) {
                          data49.exceptions = [];
                        }
                        if (data49.lockedRules === void 0) {
                          data49.lockedRules = [];
                        }
                        if (data49.requireCpuLimits === void 0) {
                          data49.requireCpuLimits = false;
                        }
                        const _errs113 = errors;
                        for (const key11 in data49) {
                          if (!func2.call(schema11.properties.policy.properties, key11)) {
                            validate10.errors = [{ instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs113 === errors) {
                          let data50 = data49.failOn;
                          const _errs114 = errors;
                          if (!(data50 === "error" || data50 === "warning" || data50 === "never")) {
                            validate10.errors = [{ instancePath: instancePath + "/policy/failOn", schemaPath: "#/properties/policy/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.policy.properties.failOn.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid16 = _errs114 === errors;
                          if (valid16) {
                            let data51 = data49.trustedRegistries;
                            const _errs115 = errors;
                            if (errors === _errs115) {
                              if (Array.isArray(data51)) {
                                var valid17 = true;
                                const len4 = data51.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                  const _errs117 = errors;
                                  if (typeof data51[i4] !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/policy/trustedRegistries/" + i4, schemaPath: "#/properties/policy/properties/trustedRegistries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid17 = _errs117 === errors;
                                  if (!valid17) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/policy/trustedRegistries", schemaPath: "#/properties/policy/properties/trustedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid16 = _errs115 === errors;
                            if (valid16) {
                              let data53 = data49.criticalPriorityClasses;
                              const _errs119 = errors;
                              if (errors === _errs119) {
                                if (Array.isArray(data53)) {
                                  var valid18 = true;
                                  const len5 = data53.length;
                                  for (let i5 = 0; i5 < len5; i5++) {
                                    const _errs121 = errors;
                                    if (typeof data53[i5] !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/policy/criticalPriorityClasses/" + i5, schemaPath: "#/properties/policy/properties/criticalPriorityClasses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid18 = _errs121 === errors;
                                    if (!valid18) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/policy/criticalPriorityClasses", schemaPath: "#/properties/policy/properties/criticalPriorityClasses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid16 = _errs119 === errors;
                              if (valid16) {
                                let data55 = data49.gpuForAll;
                                const _errs123 = errors;
                                if (errors === _errs123) {
                                  if (Array.isArray(data55)) {
                                    var valid19 = true;
                                    const len6 = data55.length;
                                    for (let i6 = 0; i6 < len6; i6++) {
                                      const _errs125 = errors;
                                      if (typeof data55[i6] !== "string") {
                                        validate10.errors = [{ instancePath: instancePath + "/policy/gpuForAll/" + i6, schemaPath: "#/properties/policy/properties/gpuForAll/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid19 = _errs125 === errors;
                                      if (!valid19) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/policy/gpuForAll", schemaPath: "#/properties/policy/properties/gpuForAll/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid16 = _errs123 === errors;
                                if (valid16) {
                                  let data57 = data49.costLabels;
                                  const _errs127 = errors;
                                  if (errors === _errs127) {
                                    if (Array.isArray(data57)) {
                                      var valid20 = true;
                                      const len7 = data57.length;
                                      for (let i7 = 0; i7 < len7; i7++) {
                                        const _errs129 = errors;
                                        if (typeof data57[i7] !== "string") {
                                          validate10.errors = [{ instancePath: instancePath + "/policy/costLabels/" + i7, schemaPath: "#/properties/policy/properties/costLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid20 = _errs129 === errors;
                                        if (!valid20) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/policy/costLabels", schemaPath: "#/properties/policy/properties/costLabels/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid16 = _errs127 === errors;
                                  if (valid16) {
                                    let data59 = data49.vulnerabilities;
                                    const _errs131 = errors;
                                    if (errors === _errs131) {
                                      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                                        if (data59.failOn === void 0) {
                                          data59.failOn = "critical";
                                        }
                                        if (data59.ignoreUnfixed === void 0) {
                                          data59.ignoreUnfixed = false;
                                        }
                                        const _errs133 = errors;
                                        for (const key12 in data59) {
                                          if (!(key12 === "failOn" || key12 === "ignoreUnfixed")) {
                                            validate10.errors = [{ instancePath: instancePath + "/policy/vulnerabilities", schemaPath: "#/properties/policy/properties/vulnerabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs133 === errors) {
                                          let data60 = data59.failOn;
                                          const _errs134 = errors;
                                          if (!(data60 === "critical" || data60 === "high" || data60 === "medium" || data60 === "low")) {
                                            validate10.errors = [{ instancePath: instancePath + "/policy/vulnerabilities/failOn", schemaPath: "#/properties/policy/properties/vulnerabilities/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.policy.properties.vulnerabilities.properties.failOn.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid21 = _errs134 === errors;
                                          if (valid21) {
                                            const _errs135 = errors;
                                            if (typeof data59.ignoreUnfixed !== "boolean") {
                                              validate10.errors = [{ instancePath: instancePath + "/policy/vulnerabilities/ignoreUnfixed", schemaPath: "#/properties/policy/properties/vulnerabilities/properties/ignoreUnfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                              return false;
                                            }
                                            var valid21 = _errs135 === errors;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/policy/vulnerabilities", schemaPath: "#/properties/policy/properties/vulnerabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid16 = _errs131 === errors;
                                    if (valid16) {
                                      let data62 = data49.rules;
                                      const _errs137 = errors;
                                      if (errors === _errs137) {
                                        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                          for (const key13 in data62) {
                                            let data63 = data62[key13];
                                            const _errs140 = errors;
                                            if (!(data63 === "error" || data63 === "warning" || data63 === "info" || data63 === "off")) {
                                              validate10.errors = [{ instancePath: instancePath + "/policy/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.policy.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid22 = _errs140 === errors;
                                            if (!valid22) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/policy/rules", schemaPath: "#/properties/policy/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid16 = _errs137 === errors;
                                      if (valid16) {
                                        let data64 = data49.allowAnnotationExemptions;
                                        const _errs141 = errors;
                                        const _errs142 = errors;
                                        let valid23 = false;
                                        let passing1 = null;
                                        const _errs143 = errors;
                                        if (typeof data64 !== "boolean") {
                                          const err11 = { instancePath: instancePath + "/policy/allowAnnotationExemptions", schemaPath: "#/properties/policy/properties/allowAnnotationExemptions/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                          if (vErrors === null) {
                                            vErrors = [err11];
                                          } else {
                                            vErrors.push(err11);
                                          }
                                          errors++;
                                        }
                                        var _valid1 = _errs143 === errors;
                                        if (_valid1) {
                                          valid23 = true;
                                          passing1 = 0;
                                        }
                                        const _errs145 = errors;
                                        if (errors === _errs145) {
                                          if (Array.isArray(data64)) {
                                            var valid24 = true;
                                            const len8 = data64.length;
                                            for (let i8 = 0; i8 < len8; i8++) {
                                              const _errs147 = errors;
                                              if (typeof data64[i8] !== "string") {
                                                const err12 = { instancePath: instancePath + "/policy/allowAnnotationExemptions/" + i8, schemaPath: "#/properties/policy/properties/allowAnnotationExemptions/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err12];
                                                } else {
                                                  vErrors.push(err12);
                                                }
                                                errors++;
                                              }
                                              var valid24 = _errs147 === errors;
                                              if (!valid24) {
                                                break;
                                              }
                                            }
                                          } else {
                                            const err13 = { instancePath: instancePath + "/policy/allowAnnotationExemptions", schemaPath: "#/properties/policy/properties/allowAnnotationExemptions/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                              vErrors = [err13];
                                            } else {
                                              vErrors.push(err13);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid1 = _errs145 === errors;
                                        if (_valid1 && valid23) {
                                          valid23 = false;
                                          passing1 = [passing1, 1];
                                        } else {
                                          if (_valid1) {
                                            valid23 = true;
                                            passing1 = 1;
                                          }
                                        }
                                        if (!valid23) {
                                          const err14 = { instancePath: instancePath + "/policy/allowAnnotationExemptions", schemaPath: "#/properties/policy/properties/allowAnnotationExemptions/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                          if (vErrors === null) {
                                            vErrors = [err14];
                                          } else {
                                            vErrors.push(err14);
                                          }
                                          errors++;
                                          validate10.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs142;
                                          if (vErrors !== null) {
                                            if (_errs142) {
                                              vErrors.length = _errs142;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid16 = _errs141 === errors;
                                        if (valid16) {
                                          let data66 = data49.exceptions;
                                          const _errs149 = errors;
                                          if (errors === _errs149) {
                                            if (Array.isArray(data66)) {
                                              var valid25 = true;
                                              const len9 = data66.length;
                                              for (let i9 = 0; i9 < len9; i9++) {
                                                let data67 = data66[i9];
                                                const _errs151 = errors;
                                                if (errors === _errs151) {
                                                  if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                    let missing1;
                                                    if (data67.rules === void 0 && (missing1 = "rules") || data67.reason === void 0 && (missing1 = "reason")) {
                                                      validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9, schemaPath: "#/properties/policy/properties/exceptions/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                      return false;
                                                    } else {
                                                      const _errs153 = errors;
                                                      for (const key14 in data67) {
                                                        if (!(key14 === "rules" || key14 === "match" || key14 === "reason" || key14 === "expires")) {
                                                          validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9, schemaPath: "#/properties/policy/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                                          return false;
                                                          break;
                                                        }
                                                      }
                                                      if (_errs153 === errors) {
                                                        if (data67.rules !== void 0) {
                                                          let data68 = data67.rules;
                                                          const _errs154 = errors;
                                                          if (errors === _errs154) {
                                                            if (Array.isArray(data68)) {
                                                              if (data68.length < 1) {
                                                                validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/rules", schemaPath: "#/properties/policy/properties/exceptions/items/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                return false;
                                                              } else {
                                                                var valid27 = true;
                                                                const len10 = data68.length;
                                                                for (let i10 = 0; i10 < len10; i10++) {
                                                                  const _errs156 = errors;
                                                                  if (typeof data68[i10] !== "string") {
                                                                    validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/rules/" + i10, schemaPath: "#/properties/policy/properties/exceptions/items/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid27 = _errs156 === errors;
                                                                  if (!valid27) {
                                                                    break;
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/rules", schemaPath: "#/properties/policy/properties/exceptions/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid26 = _errs154 === errors;
                                                        } else {
                                                          var valid26 = true;
                                                        }
                                                        if (valid26) {
                                                          if (data67.match !== void 0) {
                                                            let data70 = data67.match;
                                                            const _errs158 = errors;
                                                            if (errors === _errs158) {
                                                              if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                                                const _errs160 = errors;
                                                                for (const key15 in data70) {
                                                                  if (!(key15 === "namespace" || key15 === "kind" || key15 === "name" || key15 === "container" || key15 === "image")) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                  }
                                                                }
                                                                if (_errs160 === errors) {
                                                                  if (data70.namespace !== void 0) {
                                                                    const _errs161 = errors;
                                                                    if (typeof data70.namespace !== "string") {
                                                                      validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match/namespace", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid28 = _errs161 === errors;
                                                                  } else {
                                                                    var valid28 = true;
                                                                  }
                                                                  if (valid28) {
                                                                    if (data70.kind !== void 0) {
                                                                      const _errs163 = errors;
                                                                      if (typeof data70.kind !== "string") {
                                                                        validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match/kind", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid28 = _errs163 === errors;
                                                                    } else {
                                                                      var valid28 = true;
                                                                    }
                                                                    if (valid28) {
                                                                      if (data70.name !== void 0) {
                                                                        const _errs165 = errors;
                                                                        if (typeof data70.name !== "string") {
                                                                          validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match/name", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid28 = _errs165 === errors;
                                                                      } else {
                                                                        var valid28 = true;
                                                                      }
                                                                      if (valid28) {
                                                                        if (data70.container !== void 0) {
                                                                          const _errs167 = errors;
                                                                          if (typeof data70.container !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match/container", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid28 = _errs167 === errors;
                                                                        } else {
                                                                          var valid28 = true;
                                                                        }
                                                                        if (valid28) {
                                                                          if (data70.image !== void 0) {
                                                                            const _errs169 = errors;
                                                                            if (typeof data70.image !== "string") {
                                                                              validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match/image", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid28 = _errs169 === errors;
                                                                          } else {
                                                                            var valid28 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/match", schemaPath: "#/properties/policy/properties/exceptions/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid26 = _errs158 === errors;
                                                          } else {
                                                            var valid26 = true;
                                                          }
                                                          if (valid26) {
                                                            if (data67.reason !== void 0) {
                                                              let data76 = data67.reason;
                                                              const _errs171 = errors;
                                                              if (errors === _errs171) {
                                                                if (typeof data76 === "string") {
                                                                  if (func5(data76) < 1) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/reason", schemaPath: "#/properties/policy/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/reason", schemaPath: "#/properties/policy/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid26 = _errs171 === errors;
                                                            } else {
                                                              var valid26 = true;
                                                            }
                                                            if (valid26) {
                                                              if (data67.expires !== void 0) {
                                                                let data77 = data67.expires;
                                                                const _errs173 = errors;
                                                                if (errors === _errs173) {
                                                                  if (typeof data77 === "string") {
                                                                    if (!pattern3.test(data77)) {
                                                                      validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/expires", schemaPath: "#/properties/policy/properties/exceptions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9 + "/expires", schemaPath: "#/properties/policy/properties/exceptions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid26 = _errs173 === errors;
                                                              } else {
                                                                var valid26 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/policy/exceptions/" + i9, schemaPath: "#/properties/policy/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid25 = _errs151 === errors;
                                                if (!valid25) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/policy/exceptions", schemaPath: "#/properties/policy/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid16 = _errs149 === errors;
                                          if (valid16) {
                                            let data78 = data49.lockedRules;
                                            const _errs175 = errors;
                                            if (errors === _errs175) {
                                              if (Array.isArray(data78)) {
                                                var valid29 = true;
                                                const len11 = data78.length;
                                                for (let i11 = 0; i11 < len11; i11++) {
                                                  const _errs177 = errors;
                                                  if (typeof data78[i11] !== "string") {
                                                    validate10.errors = [{ instancePath: instancePath + "/policy/lockedRules/" + i11, schemaPath: "#/properties/policy/properties/lockedRules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid29 = _errs177 === errors;
                                                  if (!valid29) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/policy/lockedRules", schemaPath: "#/properties/policy/properties/lockedRules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid16 = _errs175 === errors;
                                            if (valid16) {
                                              const _errs179 = errors;
                                              if (typeof data49.requireCpuLimits !== "boolean") {
                                                validate10.errors = [{ instancePath: instancePath + "/policy/requireCpuLimits", schemaPath: "#/properties/policy/properties/requireCpuLimits/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                              }
                                              var valid16 = _errs179 === errors;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs111 === errors;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePrices = validate11;
var schema12 = { "description": "The price profile and your prices, merged over it (keys of a prices file, plus `file` and `profile`).", "type": "object", "additionalProperties": false, "properties": { "profile": { "description": "Built-in price profile.", "enum": ["opencost", "aws", "gcp", "azure"], "default": "opencost" }, "currency": { "description": "Currency code shown in reports.", "type": "string" }, "hoursPerMonth": { "description": "Hours in a billing month.", "type": "number", "exclusiveMinimum": 0 }, "cpu": { "description": "Per vCPU-hour, on demand.", "type": "number", "minimum": 0 }, "memory": { "description": "Per GiB-hour, on demand.", "type": "number", "minimum": 0 }, "spot": { "description": "Multiplier on cpu, memory and gpu for pods on spot capacity, or one per resource.", "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "object", "additionalProperties": false, "properties": { "cpu": { "type": "number", "minimum": 0 }, "memory": { "type": "number", "minimum": 0 }, "gpu": { "type": "number", "minimum": 0 } } }] }, "gpu": { "description": "Per GPU-hour by GPU type label value; `default` otherwise.", "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }, "gpuTimeSliceFraction": { "description": "Share of a GPU's price charged per time-sliced nvidia.com/gpu.shared.", "type": "number", "minimum": 0, "maximum": 1 }, "storage": { "description": "Per GiB-month by storage class; `default` otherwise.", "type": "object", "additionalProperties": { "type": "number", "minimum": 0 } }, "loadBalancer": { "description": "Per month for each Service of type LoadBalancer.", "type": "number", "minimum": 0 } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.profile === void 0) {
        data.profile = "opencost";
      }
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema12.properties, key0)) {
          validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        let data0 = data.profile;
        const _errs2 = errors;
        if (!(data0 === "opencost" || data0 === "aws" || data0 === "gcp" || data0 === "azure")) {
          validate11.errors = [{ instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/enum", keyword: "enum", params: { allowedValues: schema12.properties.profile.enum }, message: "must be equal to one of the allowed values" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (valid0) {
          if (data.currency !== void 0) {
            const _errs3 = errors;
            if (typeof data.currency !== "string") {
              validate11.errors = [{ instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.hoursPerMonth !== void 0) {
              let data2 = data.hoursPerMonth;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 == "number") {
                  if (data2 <= 0 || isNaN(data2)) {
                    validate11.errors = [{ instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                    return false;
                  }
                } else {
                  validate11.errors = [{ instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.cpu !== void 0) {
                let data3 = data.cpu;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 == "number") {
                    if (data3 < 0 || isNaN(data3)) {
                      validate11.errors = [{ instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  } else {
                    validate11.errors = [{ instancePath: instancePath + "/cpu", schemaPath: "#/properties/cpu/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.memory !== void 0) {
                  let data4 = data.memory;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 == "number") {
                      if (data4 < 0 || isNaN(data4)) {
                        validate11.errors = [{ instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    } else {
                      validate11.errors = [{ instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.spot !== void 0) {
                    let data5 = data.spot;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid1 = false;
                    let passing0 = null;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (typeof data5 == "number") {
                        if (data5 < 0 || isNaN(data5)) {
                          const err0 = { instancePath: instancePath + "/spot", schemaPath: "#/properties/spot/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                      } else {
                        const err1 = { instancePath: instancePath + "/spot", schemaPath: "#/properties/spot/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs13 === errors;
                    if (_valid0) {
                      valid1 = true;
                      passing0 = 0;
                    }
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        const _errs17 = errors;
                        for (const key1 in data5) {
                          if (!(key1 === "cpu" || key1 === "memory" || key1 === "gpu")) {
                            const err2 = { instancePath: instancePath + "/spot", schemaPath: "#/properties/spot/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                            break;
                          }
                        }
                        if (_errs17 === errors) {
                          if (data5.cpu !== void 0) {
                            let data6 = data5.cpu;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (typeof data6 == "number") {
                                if (data6 < 0 || isNaN(data6)) {
                                  const err3 = { instancePath: instancePath + "/spot/cpu", schemaPath: "#/properties/spot/oneOf/1/properties/cpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                }
                              } else {
                                const err4 = { instancePath: instancePath + "/spot/cpu", schemaPath: "#/properties/spot/oneOf/1/properties/cpu/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
                            }
                            var valid2 = _errs18 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data5.memory !== void 0) {
                              let data7 = data5.memory;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (typeof data7 == "number") {
                                  if (data7 < 0 || isNaN(data7)) {
                                    const err5 = { instancePath: instancePath + "/spot/memory", schemaPath: "#/properties/spot/oneOf/1/properties/memory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err6 = { instancePath: instancePath + "/spot/memory", schemaPath: "#/properties/spot/oneOf/1/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                              }
                              var valid2 = _errs20 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data5.gpu !== void 0) {
                                let data8 = data5.gpu;
                                const _errs22 = errors;
                                if (errors === _errs22) {
                                  if (typeof data8 == "number") {
                                    if (data8 < 0 || isNaN(data8)) {
                                      const err7 = { instancePath: instancePath + "/spot/gpu", schemaPath: "#/properties/spot/oneOf/1/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err7];
                                      } else {
                                        vErrors.push(err7);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err8 = { instancePath: instancePath + "/spot/gpu", schemaPath: "#/properties/spot/oneOf/1/properties/gpu/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                    if (vErrors === null) {
                                      vErrors = [err8];
                                    } else {
                                      vErrors.push(err8);
                                    }
                                    errors++;
                                  }
                                }
                                var valid2 = _errs22 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      } else {
                        const err9 = { instancePath: instancePath + "/spot", schemaPath: "#/properties/spot/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs15 === errors;
                    if (_valid0 && valid1) {
                      valid1 = false;
                      passing0 = [passing0, 1];
                    } else {
                      if (_valid0) {
                        valid1 = true;
                        passing0 = 1;
                      }
                    }
                    if (!valid1) {
                      const err10 = { instancePath: instancePath + "/spot", schemaPath: "#/properties/spot/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                      validate11.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs12;
                      if (vErrors !== null) {
                        if (_errs12) {
                          vErrors.length = _errs12;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.gpu !== void 0) {
                      let data9 = data.gpu;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          for (const key2 in data9) {
                            let data10 = data9[key2];
                            const _errs27 = errors;
                            if (errors === _errs27) {
                              if (typeof data10 == "number") {
                                if (data10 < 0 || isNaN(data10)) {
                                  validate11.errors = [{ instancePath: instancePath + "/gpu/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gpu/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate11.errors = [{ instancePath: instancePath + "/gpu/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gpu/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid3 = _errs27 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/gpu", schemaPath: "#/properties/gpu/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs24 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.gpuTimeSliceFraction !== void 0) {
                        let data11 = data.gpuTimeSliceFraction;
                        const _errs29 = errors;
                        if (errors === _errs29) {
                          if (typeof data11 == "number") {
                            if (data11 > 1 || isNaN(data11)) {
                              validate11.errors = [{ instancePath: instancePath + "/gpuTimeSliceFraction", schemaPath: "#/properties/gpuTimeSliceFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                              return false;
                            } else {
                              if (data11 < 0 || isNaN(data11)) {
                                validate11.errors = [{ instancePath: instancePath + "/gpuTimeSliceFraction", schemaPath: "#/properties/gpuTimeSliceFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          } else {
                            validate11.errors = [{ instancePath: instancePath + "/gpuTimeSliceFraction", schemaPath: "#/properties/gpuTimeSliceFraction/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid0 = _errs29 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.storage !== void 0) {
                          let data12 = data.storage;
                          const _errs31 = errors;
                          if (errors === _errs31) {
                            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                              for (const key3 in data12) {
                                let data13 = data12[key3];
                                const _errs34 = errors;
                                if (errors === _errs34) {
                                  if (typeof data13 == "number") {
                                    if (data13 < 0 || isNaN(data13)) {
                                      validate11.errors = [{ instancePath: instancePath + "/storage/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/storage/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  } else {
                                    validate11.errors = [{ instancePath: instancePath + "/storage/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/storage/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs34 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate11.errors = [{ instancePath: instancePath + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs31 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.loadBalancer !== void 0) {
                            let data14 = data.loadBalancer;
                            const _errs36 = errors;
                            if (errors === _errs36) {
                              if (typeof data14 == "number") {
                                if (data14 < 0 || isNaN(data14)) {
                                  validate11.errors = [{ instancePath: instancePath + "/loadBalancer", schemaPath: "#/properties/loadBalancer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate11.errors = [{ instancePath: instancePath + "/loadBalancer", schemaPath: "#/properties/loadBalancer/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid0 = _errs36 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// src/config/yaml-lib.ts
var lib;
async function loadYamlLib() {
  if (!lib) {
    const module = await import("./dist-5HIP5P5R.js");
    lib = typeof module.LineCounter === "function" ? module : module.default;
  }
  return lib;
}
function yamlLib() {
  if (!lib) throw new Error("internal: the yaml library is not loaded (await loadYamlLib() before reading a config file)");
  return lib;
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".tollgate.yaml", ".tollgate.yml"];
var validators = {
  /** Validates without touching the input: the generated code fills in defaults, so it gets a copy. */
  strict: Object.assign((data) => {
    const ok = validateConfig(structuredClone(data));
    validators.strict.errors = validateConfig.errors;
    return ok;
  }, { errors: null }),
  withDefaults: validateConfig,
  prices: validatePrices
};
function findConfigFile(appDir, repoRoot) {
  for (let dir = resolve2(appDir); ; dir = dirname2(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      if (existsSync2(file)) return file;
    }
    if (!isInside(repoRoot, dirname2(dir)) || dirname2(dir) === dir) return void 0;
  }
}
function parseYamlFile(file, display) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TollgateError("config", `cannot read ${display}: ${error.code ?? error.message}`, { file: display });
  }
  const { LineCounter, parseDocument } = yamlLib();
  const lines = new LineCounter();
  const doc = parseDocument(text, { version: "1.2", lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    throw new TollgateError("config", problem.message.split("\n")[0], { file: display, line: at.line, column: at.col });
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new TollgateError("config", error.message, { file: display });
  }
  return { value: value ?? {}, doc, lines };
}
function errorLine(parsed2, error) {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const path = error.instancePath.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  let node = parsed2.doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment)?.value;
    else if (isSeq(node)) node = node.items[Number(segment)];
    else break;
  }
  const extra = error.params.additionalProperty;
  if (extra !== void 0 && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === extra);
    const key = pair?.key;
    if (key?.range) return parsed2.lines.linePos(key.range[0]).line;
  }
  const range = node?.range;
  return range ? parsed2.lines.linePos(range[0]).line : void 0;
}
function describe(error) {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll("/", ".") : "the file";
  const extra = error.params.additionalProperty;
  if (extra !== void 0) return `unknown key ${where === "the file" ? "" : `${where}.`}${extra}`;
  if (error.keyword === "enum") return `${where} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return `${where} ${error.message}`;
}
function validate(fn, parsed2, display, hint) {
  if (fn(parsed2.value)) return;
  const error = fn.errors[0];
  throw new TollgateError("config", describe(error), { file: display, line: errorLine(parsed2, error), hint });
}
function merge(base, over) {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = value && typeof value === "object" && !Array.isArray(value) && prev && typeof prev === "object" && !Array.isArray(prev) ? merge(prev, value) : value;
  }
  return out;
}
function loadFile(file, repoRoot, chain) {
  const display = displayPath(repoRoot, file);
  if (chain.includes(file)) throw new TollgateError("config", `extends loops back to ${display}`, { file: display });
  const parsed2 = parseYamlFile(file, display);
  validate(validators.strict, parsed2, display, "see the configuration reference in the README");
  const value = parsed2.value;
  const prices = value.prices;
  if (prices && typeof prices.file === "string") prices.file = resolveInside(repoRoot, dirname2(file), prices.file, "prices file", display);
  let merged = {};
  const files = [];
  for (const parent of value.extends ?? []) {
    const parentFile = resolveInside(repoRoot, dirname2(file), parent, "extended config", display);
    const loaded = loadFile(parentFile, repoRoot, [...chain, file]);
    merged = merge(merged, loaded.value);
    files.push(...loaded.files);
  }
  const own = { ...value };
  delete own.extends;
  return { value: merge(merged, own), files: [...files, file] };
}
function resolveInside(repoRoot, dir, path, what, display) {
  try {
    return realPathInside(repoRoot, resolve2(dir, path), what, path);
  } catch (error) {
    const e = error;
    throw new TollgateError("config", e.message, { file: display, hint: e.hint });
  }
}
var LEVEL_ORDER = { off: 0, info: 1, warning: 2, error: 3 };
var FAIL_ORDER = { never: 0, error: 1, warning: 2 };
function applyFloor(floor, app, warnings) {
  const merged = merge(floor, app);
  const fp = floor.policy ?? {};
  const ap = app.policy ?? {};
  const policy = merged.policy ?? {};
  const floorRules = fp.rules ?? {};
  const appRules = ap.rules ?? {};
  const rules = { ...floorRules };
  for (const [id, level] of Object.entries(appRules)) {
    rules[id] = floorRules[id] !== void 0 && LEVEL_ORDER[level] < LEVEL_ORDER[floorRules[id]] ? floorRules[id] : level;
  }
  policy.rules = rules;
  if (fp.failOn !== void 0 && ap.failOn !== void 0) policy.failOn = FAIL_ORDER[ap.failOn] >= FAIL_ORDER[fp.failOn] ? ap.failOn : fp.failOn;
  const floorRegistries = fp.trustedRegistries ?? [];
  if (floorRegistries.length) {
    const narrowed = (ap.trustedRegistries ?? []).filter((r) => floorRegistries.some((f) => r.startsWith(f)));
    policy.trustedRegistries = narrowed.length ? narrowed : floorRegistries;
  }
  for (const key of ["gpuForAll", "criticalPriorityClasses"]) if (Array.isArray(fp[key])) policy[key] = fp[key];
  if (Array.isArray(fp.costLabels) || Array.isArray(ap.costLabels)) policy.costLabels = [.../* @__PURE__ */ new Set([...fp.costLabels ?? [], ...ap.costLabels ?? []])];
  const locked = new Set(fp.lockedRules ?? []);
  policy.lockedRules = [...locked];
  const appExceptions = (ap.exceptions ?? []).filter((e) => {
    const blocked = e.rules.filter((r) => locked.has(r));
    if (blocked.length) warnings.push(`an exception in the app's config for ${blocked.join(", ")} is ignored: the admin floor locks ${blocked.length > 1 ? "them" : "it"}`);
    return blocked.length === 0;
  });
  policy.exceptions = [...fp.exceptions ?? [], ...appExceptions];
  const floorAllow = fp.allowAnnotationExemptions;
  const appAllow = ap.allowAnnotationExemptions ?? true;
  if (floorAllow === false || appAllow === false) policy.allowAnnotationExemptions = false;
  else if (Array.isArray(floorAllow)) policy.allowAnnotationExemptions = Array.isArray(appAllow) ? appAllow.filter((r) => floorAllow.includes(r)) : floorAllow;
  merged.policy = policy;
  const fb = floor.budgets ?? {};
  const ab = app.budgets ?? {};
  const budgets = merged.budgets ?? {};
  const tighter = (a, b) => typeof a === "number" && typeof b === "number" ? Math.min(a, b) : a ?? b;
  for (const key of ["total", "workload"]) budgets[key] = tighter(fb[key], ab[key]);
  if (fb.basis === "max" || ab.basis === "max") budgets.basis = "max";
  const namespaces = { ...fb.namespaces ?? {} };
  for (const [ns, v] of Object.entries(ab.namespaces ?? {})) namespaces[ns] = tighter(namespaces[ns], v);
  if (Object.keys(namespaces).length) budgets.namespaces = namespaces;
  const fi = fb.increase ?? {};
  const ai = ab.increase ?? {};
  if (fb.increase || ab.increase) budgets.increase = { amount: tighter(fi.amount, ai.amount), percent: tighter(fi.percent, ai.percent) };
  for (const key of Object.keys(budgets)) if (budgets[key] === void 0) delete budgets[key];
  if (budgets.increase) {
    for (const k of ["amount", "percent"]) if (budgets.increase[k] === void 0) delete budgets.increase[k];
  }
  merged.budgets = budgets;
  return merged;
}
function loadConfig(options) {
  let file;
  if (options.explicit) {
    file = resolve2(options.cwd ?? process.cwd(), options.explicit);
    if (!existsSync2(file)) throw new TollgateError("usage", `--config ${options.explicit} does not exist`);
  } else {
    file = findConfigFile(options.appDir, options.repoRoot);
  }
  const loaded = file ? loadFile(file, options.repoRoot, []) : { value: {}, files: [] };
  const warnings = [];
  let value = loaded.value;
  if (options.adminFloor) {
    const floorFile = resolve2(options.adminFloor);
    if (!existsSync2(floorFile)) throw new TollgateError("config", `TOLLGATE_ADMIN_CONFIG=${options.adminFloor} does not exist`);
    const floor = loadFile(floorFile, dirname2(floorFile), []);
    value = applyFloor(floor.value, value, warnings);
  }
  const config = structuredClone(value);
  validators.withDefaults(config);
  return { config, files: loaded.files, warnings };
}
function loadPricesFile(file, repoRoot, hoursPerMonth = 730) {
  const display = displayPath(repoRoot, file);
  const parsed2 = parseYamlFile(file, display);
  if (isOpenCostPricing(parsed2.value)) return fromOpenCostPricing(parsed2.value, hoursPerMonth);
  validate(validators.prices, parsed2, display, "a prices file has the keys currency, hoursPerMonth, cpu, memory, spot, gpu, gpuTimeSliceFraction, storage, loadBalancer (or is OpenCost custom-pricing JSON)");
  const value = parsed2.value;
  delete value.profile;
  return value;
}
function defaultConfig(overrides = {}) {
  const config = structuredClone(overrides);
  validators.withDefaults(config);
  return config;
}

// src/manifest/resource.ts
function locateField(resource, pointer) {
  return resource.locator?.locate(pointer) ?? (resource.source ? { file: resource.source.file, line: resource.source.line } : void 0);
}
function resourceId(object) {
  const ns = object.metadata?.namespace;
  return `${object.kind ?? "?"}/${ns ? `${ns}/` : ""}${object.metadata?.name ?? object.metadata?.generateName ?? "?"}`;
}

// src/policy/finding.ts
var ORDER = { error: 3, warning: 2, info: 1, never: 4 };
function failsGate(level, failOn) {
  return failOn !== "never" && ORDER[level] >= ORDER[failOn];
}

// src/policy/engine.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/policy/shared-strings.ts
var joinedStrings = /* @__PURE__ */ new Map();
var joinedCount = 0;
function joined(a, b) {
  let tails = joinedStrings.get(a);
  let text = tails?.get(b);
  if (text !== void 0) return text;
  text = a + b;
  if (joinedCount < 5e4) {
    if (!tails) joinedStrings.set(a, tails = /* @__PURE__ */ new Map());
    tails.set(b, text);
    joinedCount++;
  }
  return text;
}

// src/policy/podspec.ts
var NO_SECURITY_CONTEXT = Object.freeze({});
var securityOf = (holder) => asObject(holder.securityContext) ?? NO_SECURITY_CONTEXT;
var TEMPLATES = {
  Pod: { "": "" },
  Deployment: { apps: "/spec/template" },
  ReplicaSet: { apps: "/spec/template" },
  StatefulSet: { apps: "/spec/template" },
  DaemonSet: { apps: "/spec/template" },
  ReplicationController: { "": "/spec/template" },
  Job: { batch: "/spec/template" },
  CronJob: { batch: "/spec/jobTemplate/spec/template" },
  Rollout: { "argoproj.io": "/spec/template" }
};
function podTemplateOf(object, workloadKinds = []) {
  const byGroup = Object.hasOwn(TEMPLATES, String(object.kind)) ? TEMPLATES[String(object.kind)] : void 0;
  const builtin = byGroup?.[apiGroup(object.apiVersion)];
  const custom = workloadKinds.length ? workloadKinds.find((w) => w.apiVersion === object.apiVersion && w.kind === object.kind) : void 0;
  const base = builtin ?? custom?.podTemplatePath;
  if (base === void 0) return void 0;
  const node = base === "" ? object : valueAt(object, base);
  if (!node || typeof node !== "object") return void 0;
  if (Array.isArray(node.containers)) {
    return { spec: node, pointer: base, metadata: void 0, security: securityOf(node) };
  }
  const spec = node.spec;
  if (!spec || typeof spec !== "object") return void 0;
  return { spec, pointer: `${base}/spec`, metadata: node.metadata, security: securityOf(spec) };
}
var CONTAINER_PATHS = Object.fromEntries(
  ["initContainers", "containers", "ephemeralContainers"].map((kind) => [kind, Array.from({ length: 32 }, (_, i) => `/${kind}/${i}`)])
);
function containersOf(template) {
  const out = [];
  for (const kind of ["initContainers", "containers", "ephemeralContainers"]) {
    const list2 = template.spec[kind];
    if (!Array.isArray(list2)) continue;
    for (let i = 0; i < list2.length; i++) {
      const container = list2[i];
      if (!container || typeof container !== "object") continue;
      out.push({
        container,
        pointer: joined(template.pointer, CONTAINER_PATHS[kind][i] ?? `/${kind}/${i}`),
        kind,
        name: String(container.name ?? ""),
        label: joined("container ", `${container.name ?? ""}: `),
        image: typeof container.image === "string" ? container.image : "",
        security: securityOf(container)
      });
    }
  }
  return out;
}

// src/policy/rules/cluster.ts
var obj = asObject;
function selects(selector, labels) {
  const s = obj(selector);
  if (!s) return false;
  for (const [k, v] of Object.entries(obj(s.matchLabels) ?? {})) if (labels[k] !== v) return false;
  for (const e of Array.isArray(s.matchExpressions) ? s.matchExpressions : []) {
    const key = String(e.key);
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = key in labels;
    switch (e.operator) {
      case "In":
        if (!has || !values.includes(labels[key])) return false;
        break;
      case "NotIn":
        if (has && values.includes(labels[key])) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
var NONE = [];
var REPLICATED_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "Rollout"]);
var podLabels = (ctx) => ctx.object.kind === "Pod" ? { ...ctx.template.metadata?.labels ?? {}, ...ctx.object.metadata?.labels ?? {} } : ctx.template.metadata?.labels ?? {};
function policyTypes(policy) {
  const spec = obj(policy.spec) ?? {};
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes.map(String);
  return spec.egress ? ["Ingress", "Egress"] : ["Ingress"];
}
var CREDENTIAL_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH)/i;
var NOT_CREDENTIAL_NAME = /(_FILE|_PATH|_DIR|_URL|_ENDPOINT|_HOST|_NAME|_ID|_USER|_USERNAME|_REF|_TTL|_TIMEOUT|_SECONDS|_ENABLED|_LENGTH)$/i;
var TOKEN_FORMATS = [
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key id"],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, "a GitHub token"],
  [/\bgithub_pat_[A-Za-z0-9_]{60,}\b/, "a GitHub token"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, "a private key"],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, "a Stripe key"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "a Google API key"]
];
function entropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function credentialReason(name, value) {
  if (typeof value !== "string" || value === "") return void 0;
  for (const [pattern, what] of TOKEN_FORMATS) if (pattern.test(value)) return `holds ${what}`;
  if (CREDENTIAL_NAME.test(name) && !NOT_CREDENTIAL_NAME.test(name) && value.length >= 6 && !/^\$\(|^\{\{|^<.*>$/.test(value)) return "has a literal value under a credential-like name";
  if (value.length >= 32 && !/[\s/:.@]/.test(value) && entropy(value) >= 4.5) return "holds a high-entropy literal that looks like a key";
  return void 0;
}
var CLUSTER_RULES = [
  {
    id: "network-policy",
    level: "error",
    title: "Pods segmented by NetworkPolicy",
    description: "Every pod template must be selected by NetworkPolicies of its namespace for both Ingress and Egress; a namespace-wide default deny (empty podSelector) counts.",
    rationale: "Without a policy a compromised pod can reach every other pod and the internet.",
    frameworks: ["CIS 5.3.2", "NSA/CISA hardening"],
    scope: "pod",
    check: (ctx) => {
      const policies = ctx.index.inNamespace("NetworkPolicy", ctx.namespace);
      if (policies.length === 0) return [{ message: joined(joined("no NetworkPolicy in namespace ", ctx.namespace || "(default)"), " selects these pods for Ingress and Egress"), path: ctx.template.pointer }];
      const labels = podLabels(ctx);
      const covered = /* @__PURE__ */ new Set();
      for (const r of policies) {
        if (!selects(obj(r.object.spec)?.podSelector, labels)) continue;
        for (const t of policyTypes(r.object)) covered.add(t);
      }
      const missing = ["Ingress", "Egress"].filter((t) => !covered.has(t));
      return missing.length ? [{ message: `no NetworkPolicy in namespace ${ctx.namespace || "(default)"} selects these pods for ${missing.join(" and ")}`, path: ctx.template.pointer }] : [];
    }
  },
  {
    id: "pdb-missing",
    level: "info",
    title: "A PodDisruptionBudget for replicated workloads",
    description: "Deployments, StatefulSets and Rollouts with 2 or more replicas should be selected by a PodDisruptionBudget.",
    rationale: "Node drains otherwise evict every replica at once.",
    frameworks: ["reliability"],
    scope: "pod",
    check: (ctx) => {
      if (!REPLICATED_KINDS.has(String(ctx.object.kind))) return NONE;
      const replicas = obj(ctx.object.spec)?.replicas;
      if (replicas === void 0 || typeof replicas === "number" && replicas < 2) return NONE;
      const labels = podLabels(ctx);
      const found = ctx.index.inNamespace("PodDisruptionBudget", ctx.namespace).some((r) => selects(obj(r.object.spec)?.selector, labels));
      return found ? [] : [{ message: `${replicas} replicas and no PodDisruptionBudget selects them`, path: "/spec/replicas" }];
    }
  },
  {
    id: "secret-plaintext",
    level: "error",
    title: "No plaintext Secrets in Git",
    description: "A Secret with data or stringData must not be committed; use SealedSecret, ExternalSecret or SOPS encryption.",
    rationale: "Base64 is not encryption: anyone who can read the repository can read the secret.",
    frameworks: ["CIS 5.4.1", "OWASP K8s Top 10 K08"],
    scope: "resource",
    check: (ctx) => {
      if (ctx.object.kind !== "Secret" || ctx.object.apiVersion !== "v1") return NONE;
      if (obj(ctx.object.sops)) return [];
      const out = [];
      for (const key of ["data", "stringData"]) {
        const map = obj(ctx.object[key]);
        const count = map ? Object.keys(map).length : 0;
        if (count) out.push({ message: `Secret holds ${count} plaintext ${key} key${count > 1 ? "s" : ""}`, path: `/${key}` });
      }
      return out;
    }
  },
  {
    id: "secret-in-env",
    level: "error",
    title: "No credentials in env values",
    description: "An env var must not carry a credential as a literal value (credential-like names, known token formats, private keys, high-entropy keys); use valueFrom.secretKeyRef.",
    rationale: "Literal env values live in Git and in every describe output.",
    frameworks: ["CIS 5.4.1"],
    scope: "pod",
    check: (ctx) => {
      let out;
      for (const c of ctx.containers) {
        const env = c.container.env;
        if (!Array.isArray(env)) continue;
        env.forEach((e, i) => {
          const name = String(obj(e)?.name ?? "");
          const reason = credentialReason(name, obj(e)?.value);
          if (reason) (out ??= []).push({ message: `container ${c.name}: env ${name} ${reason}`, path: `${c.pointer}/env/${i}/value`, container: c.name });
        });
      }
      return out ?? NONE;
    }
  },
  {
    id: "secret-in-configmap",
    level: "warning",
    title: "No credentials in ConfigMaps",
    description: "A ConfigMap key must not hold a credential (credential-like key names with literal values, known token formats, private keys).",
    rationale: "ConfigMaps are readable by far more people and tools than Secrets.",
    frameworks: ["CIS 5.4.1"],
    scope: "resource",
    check: (ctx) => {
      if (ctx.object.kind !== "ConfigMap") return NONE;
      const data = obj(ctx.object.data) ?? {};
      return Object.entries(data).flatMap(([key, value]) => {
        const reason = credentialReason(key, value);
        return reason ? [{ message: `key ${key} ${reason}`, path: `/data/${key.replaceAll("~", "~0").replaceAll("/", "~1")}` }] : [];
      });
    }
  }
];

// src/policy/rules/pss.ts
var obj2 = asObject;
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
var SAFE_SYSCTLS_SINCE = [
  ["kernel.shm_rmid_forced", 0],
  ["net.ipv4.ip_local_port_range", 0],
  ["net.ipv4.ip_unprivileged_port_start", 0],
  ["net.ipv4.tcp_syncookies", 0],
  ["net.ipv4.ping_group_range", 0],
  ["net.ipv4.ip_local_reserved_ports", 27],
  ["net.ipv4.tcp_keepalive_time", 29],
  ["net.ipv4.tcp_fin_timeout", 29],
  ["net.ipv4.tcp_keepalive_intvl", 29],
  ["net.ipv4.tcp_keepalive_probes", 29]
];
var SAFE_SYSCTLS = new Set(SAFE_SYSCTLS_SINCE.map(([name]) => name));
var safeSysctls = (minor) => new Set(SAFE_SYSCTLS_SINCE.filter(([, since]) => minor === void 0 || minor >= since).map(([name]) => name));
var SELINUX_TYPES = /* @__PURE__ */ new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
var RESTRICTED_VOLUMES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);
var APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var NONE2 = [];
var HOST_NAMESPACES = ["hostNetwork", "hostPID", "hostIPC"];
var isWindows = (ctx) => obj2(ctx.template.spec.os)?.name === "windows";
function rule(id, level, title, description, frameworks, check) {
  return {
    id,
    level,
    title,
    description,
    rationale: "Pods that break the Pod Security Standards can escape their container or reach the node; the API server rejects them in namespaces that enforce the level.",
    frameworks,
    scope: "pod",
    check
  };
}
var containerFinding = (c, path, message) => ({
  message: joined(c.label, message),
  path: joined(c.pointer, path),
  container: c.name,
  image: typeof c.container.image === "string" ? c.container.image : void 0
});
function securityField(field, podMessage, bad) {
  return (ctx) => {
    let out;
    const template = ctx.template;
    if (podMessage !== void 0 && template.security[field] !== void 0 && bad(template.security[field]) !== void 0) {
      (out ??= []).push({ message: podMessage, path: `${template.pointer}/securityContext/${field}` });
    }
    for (const c of ctx.containers) {
      const value = c.security[field];
      if (value === void 0) continue;
      const why = bad(value);
      if (why !== void 0) (out ??= []).push(containerFinding(c, `/securityContext/${field}`, why));
    }
    return out ?? NONE2;
  };
}
function securitySubField(field, sub, podMessage, containerMessage, bad) {
  return (ctx) => {
    let out;
    const template = ctx.template;
    if (template.security[field] !== void 0 && bad(obj2(template.security[field])?.[sub])) (out ??= []).push({ message: podMessage, path: `${template.pointer}/securityContext/${field}/${sub}` });
    for (const c of ctx.containers) {
      if (c.security[field] !== void 0 && bad(obj2(c.security[field])?.[sub])) (out ??= []).push(containerFinding(c, `/securityContext/${field}/${sub}`, containerMessage));
    }
    return out ?? NONE2;
  };
}
var appArmorFields = securitySubField("appArmorProfile", "type", "the pod runs Unconfined by AppArmor", "runs Unconfined by AppArmor", (v) => v === "Unconfined");
var PSS_RULES = [
  rule(
    "pss-host-process",
    "error",
    "No Windows HostProcess containers",
    "windowsOptions.hostProcess must not be true on the pod or any container.",
    ["PSS baseline: HostProcess"],
    securitySubField("windowsOptions", "hostProcess", "the pod runs as a Windows HostProcess", "runs as a Windows HostProcess", (v) => v === true)
  ),
  rule("pss-host-namespaces", "error", "No host namespaces", "hostNetwork, hostPID and hostIPC must not be true.", ["PSS baseline: Host Namespaces", "CIS 5.2.2-5.2.4"], (ctx) => {
    const spec = ctx.template.spec;
    if (spec.hostNetwork !== true && spec.hostPID !== true && spec.hostIPC !== true) return NONE2;
    return HOST_NAMESPACES.filter((k) => spec[k] === true).map((k) => ({ message: `${k} is true: the pod shares the node's ${k.slice(4)} namespace`, path: `${ctx.template.pointer}/${k}` }));
  }),
  rule(
    "pss-privileged",
    "error",
    "No privileged containers",
    "securityContext.privileged must not be true.",
    ["PSS baseline: Privileged Containers", "CIS 5.2.1"],
    securityField("privileged", void 0, (v) => v === true ? "is privileged" : void 0)
  ),
  rule("pss-capabilities", "error", "Only baseline capabilities added", `capabilities.add may only name ${[...BASELINE_CAPABILITIES].join(", ")}.`, ["PSS baseline: Capabilities", "CIS 5.2.8"], (ctx) => {
    let out;
    for (const c of ctx.containers) {
      const add = c.security.capabilities === void 0 ? void 0 : obj2(c.security.capabilities)?.add;
      if (!Array.isArray(add)) continue;
      add.forEach((cap, i) => {
        if (!BASELINE_CAPABILITIES.has(String(cap))) (out ??= []).push(containerFinding(c, `/securityContext/capabilities/add/${i}`, `adds capability ${cap}`));
      });
    }
    return out ?? NONE2;
  }),
  rule("pss-host-path", "error", "No hostPath volumes", "volumes must not use hostPath.", ["PSS baseline: HostPath Volumes"], (ctx) => {
    const volumes = ctx.template.spec.volumes;
    if (!Array.isArray(volumes)) return NONE2;
    return volumes.flatMap((v, i) => obj2(v)?.hostPath ? [{ message: `volume ${obj2(v)?.name} mounts the host path ${obj2(obj2(v).hostPath)?.path}`, path: `${ctx.template.pointer}/volumes/${i}/hostPath` }] : []);
  }),
  rule("pss-host-ports", "error", "No host ports", "containers must not set hostPort (other than 0).", ["PSS baseline: Host Ports"], (ctx) => {
    let out;
    for (const c of ctx.containers) {
      const ports = c.container.ports;
      if (!Array.isArray(ports)) continue;
      for (let i = 0; i < ports.length; i++) {
        const hostPort = obj2(ports[i])?.hostPort;
        if (typeof hostPort === "number" && hostPort !== 0) (out ??= []).push(containerFinding(c, `/ports/${i}/hostPort`, `binds host port ${hostPort}`));
      }
    }
    return out ?? NONE2;
  }),
  rule("pss-apparmor", "error", "AppArmor not disabled", "An AppArmor profile must be RuntimeDefault or Localhost (annotation or securityContext.appArmorProfile).", ["PSS baseline: AppArmor"], (ctx) => {
    let out;
    const annotations = ctx.template.metadata?.annotations;
    if (annotations) {
      for (const [key, value] of Object.entries(annotations)) {
        if (key.startsWith(APPARMOR_PREFIX) && value !== "runtime/default" && !String(value).startsWith("localhost/")) {
          const base = ctx.template.pointer.replace(/\/spec$/, "");
          (out ??= []).push({ message: `AppArmor profile ${value} for container ${key.slice(APPARMOR_PREFIX.length)}`, path: `${base}/metadata/annotations/${key.replaceAll("~", "~0").replaceAll("/", "~1")}` });
        }
      }
    }
    const fields = appArmorFields(ctx);
    return out ? [...out, ...fields] : fields;
  }),
  rule("pss-selinux", "error", "No custom SELinux options", "seLinuxOptions.type may only be container_t, container_init_t, container_kvm_t or container_engine_t; user and role must not be set.", ["PSS baseline: SELinux"], (ctx) => {
    let out;
    const check = (options, path, who, finding) => {
      if (!options) return;
      if (options.type !== void 0 && !SELINUX_TYPES.has(String(options.type))) (out ??= []).push(finding(`${path}/type`, `${who}SELinux type ${options.type} is not allowed`));
      for (const key of ["user", "role"]) if (options[key] !== void 0 && options[key] !== "") (out ??= []).push(finding(`${path}/${key}`, `${who}sets SELinux ${key}`));
    };
    const template = ctx.template;
    if (template.security.seLinuxOptions !== void 0) check(obj2(template.security.seLinuxOptions), `${template.pointer}/securityContext/seLinuxOptions`, "the pod ", (path, message) => ({ message, path }));
    for (const c of ctx.containers) {
      if (c.security.seLinuxOptions !== void 0) check(obj2(c.security.seLinuxOptions), "/securityContext/seLinuxOptions", "", (path, message) => containerFinding(c, path, message));
    }
    return out ?? NONE2;
  }),
  rule(
    "pss-proc-mount",
    "error",
    "Default /proc mount",
    "securityContext.procMount must be Default.",
    ["PSS baseline: /proc Mount Type"],
    securityField("procMount", void 0, (v) => v !== "Default" ? `procMount is ${v}` : void 0)
  ),
  rule(
    "pss-seccomp",
    "error",
    "Seccomp not disabled",
    "seccompProfile.type must not be Unconfined.",
    ["PSS baseline: Seccomp"],
    securitySubField("seccompProfile", "type", "the pod runs Unconfined by seccomp", "runs Unconfined by seccomp", (v) => v === "Unconfined")
  ),
  rule("pss-sysctls", "error", "Only safe sysctls", `securityContext.sysctls may only set ${[...SAFE_SYSCTLS].join(", ")} (the last four from Kubernetes 1.27 and 1.29 on).`, ["PSS baseline: Sysctls"], (ctx) => {
    const sysctls = ctx.template.security.sysctls;
    if (!Array.isArray(sysctls)) return NONE2;
    const safe = safeSysctls(ctx.index.kubeMinor);
    const version = ctx.index.kubeMinor === void 0 ? "" : ` for Kubernetes 1.${ctx.index.kubeMinor}`;
    return sysctls.flatMap((s, i) => safe.has(String(obj2(s)?.name)) ? [] : [{ message: `sysctl ${obj2(s)?.name} is not in the safe set${version}`, path: `${ctx.template.pointer}/securityContext/sysctls/${i}/name` }]);
  }),
  rule("pss-volume-types", "warning", "Only restricted volume types", `volumes may only be ${[...RESTRICTED_VOLUMES].join(", ")}.`, ["PSS restricted: Volume Types"], (ctx) => {
    const volumes = ctx.template.spec.volumes;
    if (!Array.isArray(volumes)) return NONE2;
    return volumes.flatMap((v, i) => {
      const types = Object.keys(obj2(v) ?? {}).filter((k) => k !== "name");
      const bad = types.find((t) => !RESTRICTED_VOLUMES.has(t));
      return bad && bad !== "hostPath" ? [{ message: `volume ${obj2(v)?.name} is of type ${bad}`, path: `${ctx.template.pointer}/volumes/${i}/${bad}` }] : [];
    });
  }),
  rule("pss-privilege-escalation", "warning", "No privilege escalation", "Every container must set securityContext.allowPrivilegeEscalation: false (Linux pods).", ["PSS restricted: Privilege Escalation", "CIS 5.2.5"], (ctx) => {
    if (isWindows(ctx)) return NONE2;
    let out;
    for (const c of ctx.containers) {
      const value = c.security.allowPrivilegeEscalation;
      if (value !== false) (out ??= []).push(containerFinding(c, value === void 0 ? "" : "/securityContext/allowPrivilegeEscalation", "does not set allowPrivilegeEscalation: false"));
    }
    return out ?? NONE2;
  }),
  rule("pss-run-as-non-root", "error", "Run as non-root", "runAsNonRoot must be true on the pod or on every container, and false nowhere.", ["PSS restricted: Running as Non-root", "CIS 5.2.6"], (ctx) => {
    const podValue = ctx.template.security.runAsNonRoot;
    let out;
    if (podValue === false) (out ??= []).push({ message: "the pod sets runAsNonRoot: false", path: `${ctx.template.pointer}/securityContext/runAsNonRoot` });
    for (const c of ctx.containers) {
      const value = c.security.runAsNonRoot;
      if (value === false) (out ??= []).push(containerFinding(c, "/securityContext/runAsNonRoot", "sets runAsNonRoot: false"));
      else if (value !== true && podValue !== true) (out ??= []).push(containerFinding(c, "", "may run as root: set runAsNonRoot: true on the pod or the container"));
    }
    return out ?? NONE2;
  }),
  rule(
    "pss-run-as-user",
    "warning",
    "Not user 0",
    "runAsUser must not be 0.",
    ["PSS restricted: Running as Non-root user"],
    securityField("runAsUser", "the pod runs as user 0", (v) => v === 0 ? "runs as user 0" : void 0)
  ),
  rule("pss-seccomp-strict", "warning", "A seccomp profile set", "seccompProfile.type must be RuntimeDefault or Localhost on the pod or every container (Linux pods).", ["PSS restricted: Seccomp"], (ctx) => {
    if (isWindows(ctx)) return NONE2;
    const ok = (t) => t === "RuntimeDefault" || t === "Localhost";
    const podType = ctx.template.security.seccompProfile === void 0 ? void 0 : obj2(ctx.template.security.seccompProfile)?.type;
    let out;
    for (const c of ctx.containers) {
      const own = c.security.seccompProfile === void 0 ? void 0 : obj2(c.security.seccompProfile)?.type;
      if (own === void 0 ? !ok(podType) : !ok(own)) (out ??= []).push(containerFinding(c, "", "has no RuntimeDefault or Localhost seccomp profile"));
    }
    return out ?? NONE2;
  }),
  rule("pss-capabilities-strict", "warning", "Drop ALL capabilities", "Every container must drop ALL and may add only NET_BIND_SERVICE (Linux pods).", ["PSS restricted: Capabilities"], (ctx) => {
    if (isWindows(ctx)) return NONE2;
    let out;
    for (const c of ctx.containers) {
      const caps = c.security.capabilities === void 0 ? void 0 : obj2(c.security.capabilities);
      const drop = caps?.drop;
      if (!Array.isArray(drop) || !drop.some((d) => String(d) === "ALL")) (out ??= []).push(containerFinding(c, "", "does not drop ALL capabilities"));
      if (Array.isArray(caps?.add)) {
        caps.add.forEach((cap, i) => {
          if (String(cap) !== "NET_BIND_SERVICE") (out ??= []).push(containerFinding(c, `/securityContext/capabilities/add/${i}`, `adds ${cap}; only NET_BIND_SERVICE is allowed`));
        });
      }
    }
    return out ?? NONE2;
  })
];
var PSS_BASELINE_IDS = new Set(PSS_RULES.slice(0, 11).map((r) => r.id));

// src/sbom/images.ts
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var ImageReferenceError = class extends Error {
};
var parsed = /* @__PURE__ */ new Map();
function parseImageReference(reference) {
  let result = parsed.get(reference);
  if (result === void 0) {
    try {
      result = parseReference(reference);
    } catch (error) {
      if (!(error instanceof ImageReferenceError)) throw error;
      result = error;
    }
    if (parsed.size < 1e4) parsed.set(reference, result);
  }
  if (result instanceof ImageReferenceError) throw result;
  return result;
}
var isLower = (c) => c >= 97 && c <= 122;
var isDigit = (c) => c >= 48 && c <= 57;
var isWord = (c) => isLower(c) || isDigit(c) || c >= 65 && c <= 90 || c === 95;
function withParts(ref) {
  const colon = ref.registry.lastIndexOf(":");
  const slash = ref.repository.lastIndexOf("/");
  return {
    ...ref,
    ...colon > 0 ? { port: Number(ref.registry.slice(colon + 1)) } : {},
    namespace: slash < 0 ? "" : ref.repository.slice(0, slash)
  };
}
function parseSimple(reference) {
  const slash = reference.indexOf("/");
  const colon = reference.lastIndexOf(":");
  if (slash <= 0 || colon < slash || reference.length - colon - 1 > 128 || colon === reference.length - 1) return void 0;
  let i = 0;
  let lastDot = -1;
  for (; i < slash; i++) {
    const c = reference.charCodeAt(i);
    if (c === 46) lastDot = i;
    else if (c === 58) break;
    else if (!isLower(c) && !isDigit(c) && c !== 45) return void 0;
  }
  if (lastDot <= 0 || lastDot === i - 1) return void 0;
  for (let j = lastDot + 1; j < i; j++) if (!isLower(reference.charCodeAt(j))) return void 0;
  if (i < slash) {
    if (i === slash - 1) return void 0;
    for (let j = i + 1; j < slash; j++) if (!isDigit(reference.charCodeAt(j))) return void 0;
  }
  let previous = 47;
  for (let j = slash + 1; j < colon; j++) {
    const c = reference.charCodeAt(j);
    const alnum = isLower(c) || isDigit(c);
    if (!alnum && (c !== 46 && c !== 95 && c !== 45 && c !== 47)) return void 0;
    if (!alnum && !(isLower(previous) || isDigit(previous))) return void 0;
    previous = c;
  }
  if (!(isLower(previous) || isDigit(previous))) return void 0;
  if (!isWord(reference.charCodeAt(colon + 1))) return void 0;
  for (let j = colon + 2; j < reference.length; j++) {
    const c = reference.charCodeAt(j);
    if (!isWord(c) && c !== 46 && c !== 45) return void 0;
  }
  const registry = reference.slice(0, slash);
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") return void 0;
  const repository = reference.slice(slash + 1, colon);
  const last = repository.lastIndexOf("/");
  const result = { original: reference, registry, repository, namespace: last < 0 ? "" : repository.slice(0, last), tag: reference.slice(colon + 1), digest: void 0, name: reference.slice(0, colon) };
  if (i < slash) result.port = Number(reference.slice(i + 1, slash));
  return result;
}
function parseReference(reference) {
  return parseSimple(reference) ?? parseByGrammar(reference);
}
function parseByGrammar(reference) {
  let rest = reference.trim();
  if (rest === "" || rest !== reference) throw new ImageReferenceError(`"${reference}" is not an image reference`);
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ImageReferenceError(`"${reference}" has an invalid digest`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ImageReferenceError(`"${reference}" has an invalid tag`);
  }
  const parts = rest.split("/");
  let registry = "docker.io";
  const first = parts[0];
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    registry = first;
    parts.shift();
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = "docker.io";
  if (registry === "docker.io" && parts.length === 1) parts.unshift("library");
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) throw new ImageReferenceError(`"${reference}" has an invalid repository name`);
  const repository = parts.join("/");
  return withParts({ original: reference, registry, repository, tag, digest, name: `${registry}/${repository}` });
}

// src/policy/scan-results.ts
var SEVERITY_ORDER = { unknown: 0, low: 1, medium: 2, high: 3, critical: 4 };
var ScanReportError = class extends Error {
};
var severity = (s) => {
  const v = String(s ?? "").toLowerCase();
  return v === "critical" || v === "high" || v === "medium" || v === "low" ? v : "unknown";
};
var digestOf = (repoDigest) => /@(sha256:[0-9a-f]{64})$/.exec(repoDigest)?.[1];
var list = (v) => Array.isArray(v) ? v : [];
function parseScanReport(json, file) {
  const o = json ?? {};
  if ("SchemaVersion" in o && "Results" in o) {
    const meta = o.Metadata ?? {};
    const repoDigests = list(meta.RepoDigests).map(String);
    const vulnerabilities = list(o.Results).flatMap(
      (r) => list(r.Vulnerabilities).map((v) => {
        const x = v;
        return { id: String(x.VulnerabilityID), severity: severity(x.Severity), package: String(x.PkgName ?? ""), installed: x.InstalledVersion, fixedIn: x.FixedVersion || void 0 };
      })
    );
    return {
      scanner: "trivy",
      file,
      references: [String(o.ArtifactName ?? ""), ...list(meta.RepoTags).map(String), ...repoDigests].filter(Boolean),
      digests: repoDigests.map(digestOf).filter((d) => Boolean(d)),
      vulnerabilities
    };
  }
  if ("matches" in o && "source" in o) {
    const target = (o.source ?? {}).target ?? {};
    const repoDigests = list(target.repoDigests).map(String);
    const vulnerabilities = list(o.matches).map((m) => {
      const v = m.vulnerability ?? {};
      const a = m.artifact ?? {};
      const fix = v.fix ?? {};
      const versions = list(fix.versions).map(String);
      return { id: String(v.id), severity: severity(v.severity), package: String(a.name ?? ""), installed: a.version, fixedIn: fix.state === "fixed" && versions.length ? versions.join(", ") : void 0 };
    });
    return {
      scanner: "grype",
      file,
      references: [String(target.userInput ?? ""), ...list(target.tags).map(String), ...repoDigests].filter(Boolean),
      digests: repoDigests.map(digestOf).filter((d) => Boolean(d)),
      vulnerabilities
    };
  }
  throw new ScanReportError("is neither a Trivy JSON report (SchemaVersion, Results) nor a Grype JSON report (matches, source)");
}
function normalized(reference) {
  try {
    const ref = parseImageReference(reference);
    return `${ref.name}:${ref.tag ?? "latest"}`;
  } catch {
    return void 0;
  }
}
function reportsFor(image, reports) {
  let digest;
  let name;
  try {
    const ref = parseImageReference(image);
    digest = ref.digest;
    name = ref.tag || !ref.digest ? `${ref.name}:${ref.tag ?? "latest"}` : void 0;
  } catch {
    return [];
  }
  return reports.filter((r) => digest && r.digests.includes(digest) || name !== void 0 && r.references.some((x) => normalized(x) === name));
}

// src/policy/rules/workloads.ts
var obj3 = asObject;
var NONE3 = [];
function images(ctx) {
  return ctx.containers.map((c) => ({ c, image: typeof c.container.image === "string" ? c.container.image : "" }));
}
var imageFinding = (c, image, message) => ({
  message: c.label + message,
  path: joined(c.pointer, "/image"),
  container: c.name,
  image
});
function podRule(id, level, title, description, rationale, frameworks, check) {
  return { id, level, title, description, rationale, frameworks, scope: "pod", check };
}
var SUPPLY_CHAIN_RULES = [
  podRule(
    "trusted-registry",
    "error",
    "Images from trusted registries",
    "Every image must start with one of policy.trustedRegistries (inactive while that list is empty).",
    "Images from unknown registries bypass the scanning and signing your registry enforces.",
    ["CIS 5.5.1", "NIST 800-190 4.1.1"],
    (ctx) => {
      const trusted = ctx.config.policy.trustedRegistries;
      if (trusted.length === 0) return [];
      return images(ctx).flatMap(({ c, image }) => {
        let qualified = image;
        try {
          const ref = parseImageReference(image);
          qualified = `${ref.name}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
        } catch {
        }
        return trusted.some((prefix) => image.startsWith(prefix) || qualified.startsWith(prefix)) ? [] : [imageFinding(c, image, `image ${image} is not from a trusted registry`)];
      });
    }
  ),
  podRule(
    "image-digest",
    "warning",
    "Images pinned by digest",
    "Every image must carry an @sha256 digest.",
    "A tag can be moved to other content; a digest cannot, so what was reviewed is what runs.",
    ["SLSA", "NIST 800-190 4.1.2"],
    (ctx) => {
      let out;
      for (const c of ctx.containers) {
        const image = c.image;
        let pinned = true;
        try {
          pinned = Boolean(parseImageReference(image).digest);
        } catch {
        }
        if (!pinned) (out ??= []).push(imageFinding(c, image, `image ${image} is not pinned by digest`));
      }
      return out ?? NONE3;
    }
  ),
  podRule(
    "image-tag-latest",
    "error",
    "No latest or missing tags",
    "An image must name a tag other than latest, or a digest.",
    "latest (or no tag) changes under you: the same manifest deploys different code tomorrow.",
    ["CIS 5.5.1", "NSA/CISA hardening"],
    (ctx) => {
      let out;
      for (const c of ctx.containers) {
        const image = c.image;
        let message;
        try {
          const ref = parseImageReference(image);
          if (ref.digest) continue;
          if (!ref.tag) message = `image ${image} has neither tag nor digest (means latest)`;
          else if (ref.tag === "latest") message = `image ${image} uses the latest tag`;
        } catch (error) {
          message = error.message;
        }
        if (message !== void 0) (out ??= []).push(imageFinding(c, image, message));
      }
      return out ?? NONE3;
    }
  ),
  podRule(
    "image-vulnerabilities",
    "warning",
    "No known vulnerabilities at or above the threshold",
    "Images must have no vulnerability at or above policy.vulnerabilities.failOn (default critical) in the scanner reports given with --scan-results (Trivy or Grype JSON); with ignoreUnfixed, vulnerabilities without a fix are left out. One finding per image and vulnerability; an exception may name `image-vulnerabilities:<CVE id>`.",
    "A known, fixable vulnerability in a deployed image is the cheapest attack there is.",
    ["NIST 800-190 4.1.1", "CIS 5.5"],
    (ctx) => {
      if (ctx.index.scanReports.length === 0) return [];
      const { failOn, ignoreUnfixed } = ctx.config.policy.vulnerabilities;
      const threshold = SEVERITY_ORDER[failOn];
      return images(ctx).flatMap(({ c, image }) => {
        const seen = /* @__PURE__ */ new Set();
        return reportsFor(image, ctx.index.scanReports).flatMap(
          (report) => report.vulnerabilities.filter((v) => SEVERITY_ORDER[v.severity] >= threshold && !(ignoreUnfixed && !v.fixedIn)).filter((v) => !seen.has(v.id) && seen.add(v.id)).map((v) => ({
            ...imageFinding(c, image, `${v.id} (${v.severity}) in ${v.package}${v.installed ? ` ${v.installed}` : ""}${v.fixedIn ? `, fixed in ${v.fixedIn}` : ", no fix yet"}`),
            subject: v.id
          }))
        );
      });
    }
  )
];
var BATCH_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var isGpuResource = (name) => name.endsWith("/gpu") || name.startsWith("nvidia.com/mig-") || name === "nvidia.com/gpu.shared";
var namesGpu = (map) => {
  if (map) {
    for (const name in map) if (isGpuResource(name)) return true;
  }
  return false;
};
var requestsGpu = (c) => {
  const r = obj3(c.container.resources);
  return r !== void 0 && (namesGpu(obj3(r.limits)) || namesGpu(obj3(r.requests)));
};
var RESOURCE_RULES = [
  podRule(
    "resources-requests",
    "warning",
    "CPU and memory requests set",
    "Every container must request cpu and memory (a limit counts as the request).",
    "The scheduler packs nodes by requests; without them a pod costs nothing on paper and everything in practice.",
    ["FinOps", "CIS 5.7"],
    (ctx) => {
      let out;
      for (const c of ctx.containers) {
        if (c.kind === "ephemeralContainers") continue;
        const r = obj3(c.container.resources);
        const requests = obj3(r?.requests);
        const limits = obj3(r?.limits);
        const cpu = requests?.cpu !== void 0 || limits?.cpu !== void 0;
        const memory = requests?.memory !== void 0 || limits?.memory !== void 0;
        if (cpu && memory) continue;
        const missing = !cpu && !memory ? "cpu or memory" : !cpu ? "cpu" : "memory";
        (out ??= []).push({ message: `container ${c.name}: no ${missing} request`, path: `${c.pointer}${r ? "/resources" : ""}`, container: c.name });
      }
      return out ?? NONE3;
    }
  ),
  podRule(
    "resources-limits",
    "error",
    "A memory limit set",
    "Every container must set a memory limit (and a cpu limit when policy.requireCpuLimits is true).",
    "A container without a memory limit can take the node down with it.",
    ["CIS 5.7", "NSA/CISA hardening"],
    (ctx) => {
      let out;
      const cpuToo = ctx.config.policy.requireCpuLimits;
      for (const c of ctx.containers) {
        if (c.kind === "ephemeralContainers") continue;
        const limits = obj3(obj3(c.container.resources)?.limits);
        const noMemory = limits?.memory === void 0;
        const noCpu = cpuToo && limits?.cpu === void 0;
        if (!noMemory && !noCpu) continue;
        const missing = noMemory && noCpu ? "memory or cpu" : noMemory ? "memory" : "cpu";
        (out ??= []).push({ message: `container ${c.name}: no ${missing} limit`, path: `${c.pointer}${limits ? "/resources/limits" : c.container.resources ? "/resources" : ""}`, container: c.name });
      }
      return out ?? NONE3;
    }
  ),
  podRule(
    "spot-for-batch",
    "info",
    "Batch runs on spot",
    "Jobs and CronJobs should select spot capacity (node selector, required affinity or toleration).",
    "Batch work restarts cheaply; spot capacity costs a fraction of on-demand.",
    ["FinOps"],
    (ctx) => BATCH_KINDS.has(String(ctx.object.kind)) && !selectsSpot(ctx.template.spec) ? [{ message: `${ctx.object.kind} does not run on spot capacity`, path: ctx.template.pointer }] : NONE3
  ),
  podRule(
    "gpu-critical-only",
    "warning",
    "GPUs only for critical workloads",
    "A workload requesting GPUs of a type not in policy.gpuForAll must carry a priorityClassName from policy.criticalPriorityClasses or the label tollgate.dev/tier: critical.",
    "GPUs are the most expensive capacity in the cluster; they go to the workloads that need them.",
    ["FinOps"],
    (ctx) => {
      if (!ctx.containers.some(requestsGpu)) return NONE3;
      const type = gpuTypeOf(ctx.template.spec);
      const allowed = ctx.config.policy.gpuForAll;
      if (type && allowed.some((a) => a === type || gpuModel(a) !== void 0 && gpuModel(a) === gpuModel(type))) return [];
      const priority = ctx.template.spec.priorityClassName;
      if (typeof priority === "string" && ctx.config.policy.criticalPriorityClasses.includes(priority)) return [];
      const labels = { ...ctx.object.metadata?.labels ?? {}, ...ctx.template.metadata?.labels ?? {} };
      if (labels["tollgate.dev/tier"] === "critical") return [];
      return [{ message: `requests ${type ?? "GPUs"} without a critical priority class or the label tollgate.dev/tier: critical`, path: ctx.template.pointer }];
    }
  ),
  podRule(
    "cost-labels",
    "warning",
    "Cost allocation labels",
    "Workloads must carry the labels in policy.costLabels (default: team) on the resource or its pod template.",
    "Cost reports group by these labels; an unlabelled workload is a cost nobody owns.",
    ["FinOps"],
    (ctx) => {
      const own = ctx.object.metadata?.labels;
      const template = ctx.template.metadata?.labels;
      const wanted = ctx.config.policy.costLabels;
      if (wanted.every((l) => own?.[l] || template?.[l])) return NONE3;
      const missing = wanted.filter((l) => !own?.[l] && !template?.[l]);
      return [{ message: `missing label${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`, path: "/metadata" }];
    }
  )
];
var PROBE_MISSING = { readinessProbe: "no readinessProbe", livenessProbe: "no livenessProbe" };
var SERVING_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "Rollout", "ReplicaSet", "ReplicationController"]);
function probeRule(probe, id, level, title, description, rationale) {
  return podRule(id, level, title, description, rationale, ["reliability"], (ctx) => {
    if (!SERVING_KINDS.has(String(ctx.object.kind)) && ctx.object.kind !== "DaemonSet") return NONE3;
    let out;
    for (const c of ctx.containers) if (c.kind === "containers" && !c.container[probe]) (out ??= []).push({ message: joined(c.label, PROBE_MISSING[probe]), path: c.pointer, container: c.name });
    return out ?? NONE3;
  });
}
var RELIABILITY_RULES = [
  probeRule("readinessProbe", "probe-readiness", "warning", "Readiness probes", "Long-running workloads must give every container a readinessProbe.", "Without one, traffic reaches pods before they can serve it."),
  probeRule("livenessProbe", "probe-liveness", "info", "Liveness probes", "Long-running workloads should give every container a livenessProbe.", "A hung process is restarted only when something checks it."),
  podRule(
    "replicas-min",
    "info",
    "More than one replica",
    "Deployments, StatefulSets and Rollouts should run at least 2 replicas (or an autoscaler with minReplicas \u2265 2).",
    "A single replica is down during every rollout and node drain.",
    ["reliability"],
    (ctx) => {
      if (!SERVING_KINDS.has(String(ctx.object.kind))) return NONE3;
      const replicas = obj3(ctx.object.spec)?.replicas;
      const n = typeof replicas === "number" ? replicas : 1;
      if (n === 0 || n >= 2) return NONE3;
      const scalesUp = (r) => {
        const spec = obj3(r.object.spec);
        const target = obj3(spec?.scaleTargetRef);
        const min = r.object.kind === "HorizontalPodAutoscaler" ? spec?.minReplicas ?? 1 : spec?.minReplicaCount ?? 0;
        return typeof min === "number" && min >= 2 && target?.name === ctx.object.metadata?.name;
      };
      const scaled = ctx.index.inNamespace("HorizontalPodAutoscaler", ctx.namespace).some(scalesUp) || ctx.index.inNamespace("ScaledObject", ctx.namespace).some(scalesUp);
      return scaled ? NONE3 : [{ message: `runs ${n} replica`, path: typeof replicas === "number" ? "/spec/replicas" : "/spec" }];
    }
  )
];

// src/policy/engine.ts
var PolicyFinding = class {
  constructor(rule2, level, message, path, suppressed, resource) {
    this.rule = rule2;
    this.level = level;
    this.message = message;
    this.path = path;
    this.suppressed = suppressed;
    this.#resource = resource;
  }
  rule;
  level;
  message;
  path;
  suppressed;
  #resource;
  get source() {
    let source = located.get(this);
    if (source === void 0) {
      const resource = this.#resource;
      source = (this.path !== void 0 ? locateField(resource, this.path) : resource.source ? { file: resource.source.file, line: resource.source.line } : void 0) ?? null;
      located.set(this, source);
    }
    return source ?? void 0;
  }
};
var located = /* @__PURE__ */ new WeakMap();
var RULES = [...PSS_RULES, ...SUPPLY_CHAIN_RULES, ...RESOURCE_RULES, ...CLUSTER_RULES, ...RELIABILITY_RULES];
var NO_RESOURCES = [];
var NO_CONTAINERS = [];
var EXEMPT_PREFIX = "tollgate.dev/exempt.";
var PSS_LEVELS = ["privileged", "baseline", "restricted"];
function renderIndex(resources, defaultNamespace, kubeVersion, scanReports = []) {
  const enforced = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (r.object.kind !== "Namespace") continue;
    const level = r.object.metadata?.labels?.["pod-security.kubernetes.io/enforce"];
    if (PSS_LEVELS.includes(level)) enforced.set(String(r.object.metadata?.name), level);
  }
  const minor = kubeVersion ? Number(/^v?1\.(\d+)/.exec(kubeVersion)?.[1]) : void 0;
  const namespaceOf = (object) => object.metadata?.namespace ?? defaultNamespace;
  let byKind;
  const inNamespace = (kind, namespace) => {
    if (!byKind) {
      byKind = /* @__PURE__ */ new Map();
      for (const r of resources) {
        let namespaces = byKind.get(r.object.kind);
        if (!namespaces) byKind.set(r.object.kind, namespaces = /* @__PURE__ */ new Map());
        const ns = namespaceOf(r.object);
        const list2 = namespaces.get(ns);
        if (list2) list2.push(r);
        else namespaces.set(ns, [r]);
      }
    }
    return byKind.get(kind)?.get(namespace) ?? NO_RESOURCES;
  };
  return {
    inNamespace,
    resources,
    defaultNamespace,
    kubeMinor: Number.isFinite(minor) ? minor : void 0,
    scanReports,
    namespaceOf,
    enforcedLevel: (namespace) => enforced.get(namespace)
  };
}
var glob = (pattern, value) => pattern === void 0 || import_picomatch.default.isMatch(value ?? "", pattern, { dot: true, bash: true });
function expiryOf(expires) {
  return Date.parse(`${expires}T23:59:59.999Z`);
}
function evaluatePolicy(resources, options) {
  const { config } = options;
  const defaultNamespace = options.defaultNamespace ?? "";
  const index = renderIndex(resources, defaultNamespace, options.kubeVersion, options.scanReports);
  const anyEnforced = resources.some((r) => r.object.kind === "Namespace" && r.object.metadata?.labels?.["pod-security.kubernetes.io/enforce"]);
  const levels = config.policy.rules;
  const active = RULES.filter((r) => levels[r.id] !== "off");
  const plan = (rules) => rules.map((rule2) => ({ rule: rule2, level: levels[rule2.id] ?? rule2.level, pss: rule2.id.startsWith("pss-"), baseline: PSS_BASELINE_IDS.has(rule2.id) }));
  const resourcePlan = plan(active.filter((r) => r.scope === "resource"));
  const podPlan = [...plan(active.filter((r) => r.scope === "pod")), ...resourcePlan];
  const warnings = [];
  const expiredWarned = /* @__PURE__ */ new Set();
  const allowAnnotations = config.policy.allowAnnotationExemptions;
  const locked = new Set(config.policy.lockedRules ?? []);
  const noExceptions = config.policy.exceptions.length === 0;
  const findings = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const object = resource.object;
    const namespace = index.namespaceOf(object);
    const template = podTemplateOf(object, config.workloadKinds);
    const containers = template ? containersOf(template) : NO_CONTAINERS;
    const ctx = { resource, object, namespace, template, containers, config, index };
    const mayBeSuppressed = !noExceptions || object.metadata?.annotations !== void 0 || template?.metadata?.annotations !== void 0;
    let list2;
    for (const { rule: rule2, level: configured, pss, baseline } of template ? podPlan : resourcePlan) {
      let raw;
      try {
        raw = rule2.check(ctx);
      } catch (error) {
        warnings.push(`rule ${rule2.id} failed on ${object.kind}/${object.metadata?.name}: ${error.message}`);
        continue;
      }
      if (raw.length === 0) continue;
      let level = configured;
      const enforced = pss && anyEnforced ? index.enforcedLevel(namespace) : void 0;
      const enforcedHere = enforced === "restricted" || enforced === "baseline" && baseline;
      if (enforcedHere) level = "error";
      list2 ??= [];
      for (const r of raw) {
        const message = enforcedHere ? `${r.message} (namespace ${namespace} enforces ${enforced}: the API server will reject it)` : r.message;
        const suppressed = mayBeSuppressed ? suppression(rule2.id, r, object, namespace, template?.metadata?.annotations) : null;
        list2.push(new PolicyFinding(rule2.id, level, message, r.path, suppressed, resource));
      }
    }
    if (list2) findings.set(resource, list2);
  }
  return { findings, warnings };
  function suppression(rule2, raw, object, namespace, templateAnnotations) {
    const exceptions = config.policy.exceptions;
    for (let i = 0; i < exceptions.length; i++) {
      const e = exceptions[i];
      if (!e.rules.includes(rule2) && !e.rules.includes("*") && !(raw.subject !== void 0 && e.rules.includes(`${rule2}:${raw.subject}`))) continue;
      const m = e.match ?? {};
      if (!glob(m.namespace, namespace) || !glob(m.kind, object.kind) || !glob(m.name, object.metadata?.name)) continue;
      if (m.container !== void 0 && (raw.container === void 0 || !glob(m.container, raw.container))) continue;
      if (m.image !== void 0 && (raw.image === void 0 || !glob(m.image, raw.image))) continue;
      if (e.expires && options.now.getTime() > expiryOf(e.expires)) {
        if (!expiredWarned.has(i)) {
          expiredWarned.add(i);
          warnings.push(`the exception for ${e.rules.join(", ")} (${e.reason}) expired on ${e.expires}; its findings count again`);
        }
        continue;
      }
      return { by: "exception", reason: e.reason, ...e.expires ? { expires: e.expires } : {} };
    }
    if (!object.metadata?.annotations && !templateAnnotations) return null;
    const allowed = !locked.has(rule2) && (allowAnnotations === true || Array.isArray(allowAnnotations) && allowAnnotations.includes(rule2));
    if (allowed) {
      const reason = object.metadata?.annotations?.[`${EXEMPT_PREFIX}${rule2}`] ?? templateAnnotations?.[`${EXEMPT_PREFIX}${rule2}`];
      if (typeof reason === "string" && reason.trim() !== "") return { by: "annotation", reason: reason.trim() };
    }
    return null;
  }
}
function policyClock(env = process.env) {
  const pinned = env.TOLLGATE_NOW;
  if (!pinned) return /* @__PURE__ */ new Date();
  const parsed2 = new Date(pinned);
  if (Number.isNaN(parsed2.getTime())) throw new TollgateError("usage", `TOLLGATE_NOW=${pinned} is not an RFC 3339 time`, { hint: "e.g. TOLLGATE_NOW=2026-01-31T12:00:00Z" });
  return parsed2;
}

// src/manifest/parse.ts
var DocumentDecodeError = class extends TollgateError {
  constructor(file, message, line, column) {
    super("input", message, { file, line, column, hint: "fix the YAML at that line; tollgate decodes manifests as Kubernetes does" });
  }
};
function decodeAt(doc, file) {
  try {
    return decodeDocument(doc.text);
  } catch (error) {
    if (error instanceof YamlDecodeError) {
      const { line, column, message } = error.problem;
      throw new DocumentDecodeError(file, message, line === void 0 ? doc.contentLine : line + doc.startLine - 1, column);
    }
    throw error;
  }
}
function notAnObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return "document is not a mapping, so it is not a Kubernetes object";
  }
  const kind = value.kind;
  if (typeof kind !== "string" || kind === "") return "Object 'Kind' is missing";
  return void 0;
}
var DocumentLocator = class {
  constructor(file, lines, prefix) {
    this.file = file;
    this.lines = lines;
    this.prefix = prefix;
  }
  file;
  lines;
  prefix;
  locate(pointer) {
    const found = this.lines.lineOf(this.prefix + pointer);
    return found ? { file: this.file, line: found.line } : void 0;
  }
};
function expandLists(object, prefix = "") {
  const items = object.items;
  if (!Array.isArray(items)) return [{ object, prefix }];
  const out = [];
  items.forEach((item, i) => {
    const problem = notAnObject(item);
    if (problem) throw new Error(`${prefix}/items/${i}: ${problem}`);
    out.push(...expandLists(item, `${prefix}/items/${i}`));
  });
  return out;
}
function resourcesOf(value, doc, file) {
  let expanded;
  try {
    expanded = expandLists(value);
  } catch (error) {
    throw new DocumentDecodeError(file, error.message, doc.contentLine);
  }
  const lines = new DocumentLines(doc.text, doc.startLine);
  return expanded.map(({ object, prefix }) => {
    const resource = {
      object,
      source: { file, line: doc.contentLine, endLine: doc.contentEndLine },
      locator: new DocumentLocator(file, lines, prefix)
    };
    if (prefix !== "") {
      const start = lines.lineOf(prefix);
      if (start) resource.source = { file, line: start.line, endLine: doc.contentEndLine };
    }
    return resource;
  });
}
function parseManifestStream(text, file) {
  const out = [];
  for (const doc of splitYamlStream(text)) {
    const value = decodeAt(doc, file);
    if (value === void 0) continue;
    const problem = notAnObject(value);
    if (problem) throw new DocumentDecodeError(file, problem, doc.contentLine);
    out.push(...resourcesOf(value, doc, file));
  }
  return out;
}

// src/render/exec.ts
import { spawn } from "node:child_process";
var KILL_GRACE_MS = 2e3;
var MAX_STDERR_BYTES = 64 * 1024;
var DEFAULT_MAX_STDOUT_BYTES = 100 * 1024 * 1024;
function killGroup(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function runTool(binary, args, options) {
  const maxStdout = options.maxStdoutBytes ?? DEFAULT_MAX_STDOUT_BYTES;
  return new Promise((resolve8, reject) => {
    let child;
    try {
      child = spawn(binary, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
        // a process group of its own, so kill(-pid) reaches everything it started
        shell: false
      });
    } catch (error) {
      reject(new TollgateError("tool-missing", `cannot start ${options.display}: ${error.message}`));
      return;
    }
    const stdout = [];
    const stderr = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let failure;
    let killTimer;
    const stop = (why) => {
      if (failure) return;
      failure = why;
      killGroup(child.pid, "SIGTERM");
      killTimer = setTimeout(() => killGroup(child.pid, "SIGKILL"), KILL_GRACE_MS);
      killTimer.unref();
    };
    const timer = setTimeout(() => {
      stop(
        new TollgateError("timeout", `${options.display} did not finish within ${Math.round(options.timeoutMs / 1e3)}s and was stopped`, {
          hint: "raise TOLLGATE_EXEC_TIMEOUT (e.g. 180s) if the render is legitimately slow"
        })
      );
    }, options.timeoutMs);
    const onAbort = () => stop(new TollgateError("timeout", `${options.display} was cancelled`));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", (chunk) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        stop(new TollgateError("render", `${options.display} printed more than ${Math.round(maxStdout / 1048576)} MiB of manifests`));
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (stderrBytes < MAX_STDERR_BYTES) stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      reject(
        error.code === "ENOENT" ? new TollgateError("tool-missing", `${binary} not found`, { hint: `install it or put it on PATH` }) : new TollgateError("render", `cannot run ${options.display}: ${error.message}`)
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (failure) killGroup(child.pid, "SIGKILL");
      if (killTimer) clearTimeout(killTimer);
      if (failure) {
        reject(failure);
        return;
      }
      resolve8({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8").slice(0, MAX_STDERR_BYTES),
        exitCode: code ?? (signal ? 128 : 1)
      });
    });
  });
}
function execTimeoutMs(env = process.env) {
  const raw = env.TOLLGATE_EXEC_TIMEOUT;
  if (!raw) return 9e4;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(raw.trim());
  if (!match) {
    throw new TollgateError("usage", `TOLLGATE_EXEC_TIMEOUT=${JSON.stringify(raw)} is not a duration`, {
      hint: "use a number of seconds or a value like 500ms, 90s, 3m"
    });
  }
  const value = Number(match[1]);
  const unit = match[2] ?? "s";
  return Math.max(1, Math.round(unit === "ms" ? value : unit === "m" ? value * 6e4 : value * 1e3));
}

// src/render/tools.ts
import { accessSync, constants, statSync as statSync2 } from "node:fs";
import { delimiter, isAbsolute as isAbsolute2, join as join2 } from "node:path";
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync2(path).isFile();
  } catch {
    return false;
  }
}
function findOnPath(name, env = process.env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join2(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return void 0;
}
function override(variable, env) {
  const value = env[variable];
  if (!value) return void 0;
  const resolved = isAbsolute2(value) ? value : findOnPath(value, env);
  if (!resolved || !isExecutable(resolved)) {
    throw new TollgateError("tool-missing", `${variable}=${value} is not an executable file`, {
      hint: `point ${variable} at the binary, or unset it to use the one on PATH`
    });
  }
  return resolved;
}
function findHelm(env = process.env) {
  const binary = override("TOLLGATE_HELM", env) ?? findOnPath("helm", env);
  if (!binary) {
    throw new TollgateError("tool-missing", "helm was not found on PATH; it is needed to render Helm charts", {
      hint: "install Helm 3 (https://helm.sh/docs/intro/install/) or set TOLLGATE_HELM to the helm binary"
    });
  }
  return { binary, prefixArgs: [], display: "helm" };
}
function findKustomize(env = process.env) {
  const explicit = override("TOLLGATE_KUSTOMIZE", env);
  if (explicit) return { binary: explicit, prefixArgs: explicit.endsWith("kubectl") ? ["kustomize"] : ["build"], display: "kustomize build" };
  const kustomize = findOnPath("kustomize", env);
  if (kustomize) return { binary: kustomize, prefixArgs: ["build"], display: "kustomize build" };
  const kubectl = findOnPath("kubectl", env);
  if (kubectl) return { binary: kubectl, prefixArgs: ["kustomize"], display: "kubectl kustomize" };
  throw new TollgateError("tool-missing", "neither kustomize nor kubectl was found on PATH; one is needed to render Kustomize apps", {
    hint: "install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl, or set TOLLGATE_KUSTOMIZE to the binary"
  });
}

// src/render/index.ts
import { realpathSync as realpathSync3, statSync as statSync5 } from "node:fs";
import { resolve as resolve6 } from "node:path";

// src/render/detect.ts
import { readdirSync } from "node:fs";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function detectRenderer(appDir) {
  let found = "directory";
  let sawHelm = false;
  let sawKustomize = false;
  for (const entry of readdirSync(appDir, { withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    if (entry.name.endsWith("Chart.yaml")) sawHelm = true;
    if (KUSTOMIZATION_FILES.includes(entry.name)) sawKustomize = true;
  }
  if (sawHelm) found = "helm";
  if (sawKustomize) found = "kustomize";
  return found;
}

// src/render/directory.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { lstatSync, readFileSync as readFileSync2, readdirSync as readdirSync2, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { join as join3, relative as relative2 } from "node:path";
var MANIFEST_FILE = /\.(yaml|yml|json)$/;
var SKIP_MARKER = "+argocd:skip-file-rendering";
var TOLLGATE_FILES = /* @__PURE__ */ new Set([".tollgate.yaml", ".tollgate.yml"]);
var DEFAULT_MAX_COMBINED_MANIFEST_BYTES = 1e7;
function globMatcher(pattern) {
  if (!pattern) return void 0;
  return (0, import_picomatch2.default)(pattern, { bash: true, dot: true });
}
var byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function listManifestFiles(options, warnings) {
  const include = globMatcher(options.include);
  const exclude = globMatcher(options.exclude);
  const skip = new Set(options.skipFiles ?? []);
  const realRoot = realpathSync2(options.repoRoot);
  const limit = options.maxCombinedBytes ?? DEFAULT_MAX_COMBINED_MANIFEST_BYTES;
  const files = [];
  let combined = 0;
  const walk = (dir) => {
    for (const name of readdirSync2(dir).sort(byName)) {
      const path = join3(dir, name);
      const info = lstatSync(path);
      if (info.isDirectory()) {
        if (options.recurse) walk(path);
        continue;
      }
      if (!MANIFEST_FILE.test(name) || TOLLGATE_FILES.has(name)) continue;
      const relPath = relative2(options.appDir, path).split("\\").join("/");
      const display = displayPath(options.repoRoot, path);
      let size = info.size;
      let regular = info.isFile();
      if (info.isSymbolicLink()) {
        let real;
        try {
          real = realpathSync2(path);
        } catch {
          warnings.push(`skipping ${display}: the target of the symlink is missing`);
          continue;
        }
        if (!isInside(realRoot, real)) {
          throw new TollgateError("path", `symlink ${display} points outside the repository root`, {
            file: display,
            hint: "Argo CD refuses such symlinks too; copy the file into the repository instead"
          });
        }
        const target = statSync3(real);
        size = target.size;
        regular = target.isFile();
      }
      if (!regular) continue;
      if (skip.has(path)) continue;
      if (exclude?.(relPath)) continue;
      if (include && !include(relPath)) continue;
      combined += size;
      if (combined > limit) {
        throw new TollgateError("input", `manifests exceed the ${limit.toLocaleString("en-US")}-byte limit on their combined size (reached at ${display}, ${size.toLocaleString("en-US")} bytes)`, {
          file: display,
          hint: "Argo CD refuses directories this large too (reposerver.max.combined.directory.manifests.size); split the app or exclude files"
        });
      }
      files.push({ path, display, size });
    }
  };
  walk(options.appDir);
  return files;
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function isNullList(value) {
  return !("spec" in value) && !("status" in value) && "items" in value && value.items === null;
}
function jsonResources(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error.message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : void 0;
    throw new TollgateError("input", `invalid JSON: ${message.replace(/^JSON\.parse: /, "")}`, {
      file: file.display,
      line,
      hint: "a .json manifest holds exactly one JSON object"
    });
  }
  const problem = notAnObject(value);
  if (problem) throw new TollgateError("input", problem, { file: file.display, line: 1 });
  if (isNullList(value)) return [];
  const lines = text.split("\n");
  return resourcesOf(value, { text, startLine: 1, contentLine: 1, contentEndLine: lines.length - (lines.at(-1) === "" ? 1 : 0) }, file.display);
}
function yamlResources(text, file, warnings) {
  const out = [];
  let decoded = 0;
  for (const doc of splitYamlStream(text)) {
    let value;
    let failure;
    try {
      value = decodeAt(doc, file.display);
    } catch (error) {
      if (!(error instanceof TollgateError)) throw error;
      failure = error;
    }
    if (!failure) {
      if (value === void 0 || value === null) continue;
      const problem = notAnObject(value);
      if (problem) failure = new TollgateError("input", problem, { file: file.display, line: doc.contentLine });
    }
    if (failure) {
      const looksLikeManifest = text.includes("apiVersion:") && text.includes("kind:") && text.includes("metadata:");
      if (decoded > 0 || looksLikeManifest) throw failure;
      warnings.push(`ignoring ${file.display}: not a Kubernetes manifest (${failure.message})`);
      return [];
    }
    decoded++;
    if (isNullList(value)) continue;
    out.push(...resourcesOf(value, doc, file.display));
  }
  return out;
}
function renderDirectory(options, warnings) {
  const resources = [];
  for (const file of listManifestFiles(options, warnings)) {
    const text = stripBom(readFileSync2(file.path, "utf8"));
    if (text.includes(SKIP_MARKER)) continue;
    resources.push(...file.path.endsWith(".json") ? jsonResources(text, file) : yamlResources(text, file, warnings));
  }
  return resources;
}

// src/render/helm.ts
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync as existsSync3, mkdtempSync, readFileSync as readFileSync3, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, isAbsolute as isAbsolute3, join as join4, resolve as resolve3 } from "node:path";
function readChartMetadata(chartDir, display) {
  let chart;
  try {
    chart = decodeDocument(readFileSync3(join4(chartDir, "Chart.yaml"), "utf8")) ?? {};
  } catch (error) {
    throw new TollgateError("input", `cannot read Chart.yaml: ${error.message}`, { file: `${display}/Chart.yaml` });
  }
  const deps = Array.isArray(chart.dependencies) ? chart.dependencies : [];
  return {
    name: String(chart.name ?? basename(chartDir)),
    version: chart.version === void 0 ? void 0 : String(chart.version),
    dependencies: deps.map((d) => ({
      name: String(d.name),
      version: d.version === void 0 ? void 0 : String(d.version),
      repository: d.repository === void 0 ? void 0 : String(d.repository)
    }))
  };
}
function releaseFromAppName(appName) {
  if (!appName) return void 0;
  const at = appName.indexOf("_");
  return at >= 0 ? appName.slice(at + 1) : appName;
}
var VALUES_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
function resolveValuesFiles(options, repoRoot) {
  return (options.valuesFiles ?? []).map((file) => {
    if (VALUES_URL.test(file)) {
      throw new TollgateError("usage", `values file ${file} is a URL; tollgate renders offline from the repository only`, {
        hint: "commit the values file to the repository and name it by path"
      });
    }
    const absolute = isAbsolute3(file) ? file : resolve3(options.valuesBase ?? process.cwd(), file);
    return realPathInside(repoRoot, absolute, "values file", file);
  });
}
var MISSING_DEPENDENCIES = /found in Chart\.yaml, but missing in charts\/ directory: (.+)/;
function helmArgs(release, chartDir, options, valuesFiles) {
  const args = ["template", release, chartDir];
  if (options.namespace) args.push("--namespace", options.namespace);
  for (const file of valuesFiles) args.push("--values", file);
  for (const pair of options.set ?? []) args.push("--set", pair);
  if (options.kubeVersion) args.push("--kube-version", options.kubeVersion);
  for (const api of options.apiVersions ?? []) args.push("--api-versions", api);
  if (!options.skipCrds) args.push("--include-crds");
  return args;
}
function helmEnv(options) {
  return { ...options.env ?? process.env };
}
async function renderHelm(chartDir, repoRoot, options) {
  const display = displayPath(repoRoot, chartDir);
  const chart = readChartMetadata(chartDir, display);
  const valuesFiles = resolveValuesFiles(options, repoRoot);
  const helm = findHelm(options.env);
  const inlineFile = "values.yaml";
  const inline = options.inlineValues !== void 0 ? mkdtempSync(join4(tmpdir(), "tollgate-values-")) : void 0;
  if (inline) {
    writeFileSync(join4(inline, inlineFile), options.inlineValues, { mode: 384 });
  }
  const release = options.release || releaseFromAppName(options.appName) || chart.name;
  const recordedValues = [
    ...valuesFiles.map((file) => displayPath(repoRoot, file)),
    ...options.inlineValues !== void 0 ? [`inline:sha256:${createHash("sha256").update(options.inlineValues).digest("hex")}`] : []
  ];
  try {
    const files = inline ? [...valuesFiles, join4(inline, inlineFile)] : valuesFiles;
    return { ...await renderChart(chartDir, repoRoot, options, chart, files, helm, display, release), release, valuesFiles: recordedValues };
  } catch (error) {
    if (inline && error instanceof TollgateError) error.message = error.message.split(join4(inline, inlineFile)).join("the inline values");
    throw error;
  } finally {
    if (inline) rmSync(inline, { recursive: true, force: true });
  }
}
async function renderChart(chartDir, repoRoot, options, chart, valuesFiles, helm, display, release) {
  const timeoutMs = execTimeoutMs(options.env);
  const run = (dir) => runTool(helm.binary, helmArgs(release, dir, options, valuesFiles), {
    timeoutMs,
    env: helmEnv(options),
    signal: options.signal,
    display: "helm template",
    maxStdoutBytes: DEFAULT_MAX_STDOUT_BYTES
  });
  let result = await run(chartDir);
  let scratch;
  try {
    const missing = MISSING_DEPENDENCIES.exec(result.stderr);
    if (result.exitCode !== 0 && missing) {
      const needed = chart.dependencies.filter((d) => missing[1].split(/,\s*/).includes(d.name));
      const listed = (needed.length ? needed : missing[1].split(/,\s*/).map((name) => ({ name, version: void 0, repository: void 0 }))).map((d) => `${d.name}${d.version ? ` ${d.version}` : ""}${d.repository ? ` from ${d.repository}` : ""}`).join(", ");
      const advice = `run \`helm dependency build ${display}\` where the chart repositories are reachable and commit ${display}/charts/, or vendor the charts there`;
      if (options.dependencyBuild === false) {
        throw new TollgateError("render", `chart ${chart.name} is missing dependencies in ${display}/charts/: ${listed}`, { file: `${display}/Chart.yaml`, hint: advice });
      }
      scratch = mkdtempSync(join4(tmpdir(), "tollgate-chart-"));
      const copy = join4(scratch, basename(chartDir));
      cpSync(chartDir, copy, { recursive: true, dereference: false });
      for (const dir of [copy, join4(copy, "charts")]) if (existsSync3(dir)) chmodSync(dir, 493);
      if (existsSync3(join4(copy, "Chart.lock"))) chmodSync(join4(copy, "Chart.lock"), 420);
      const build = await runTool(helm.binary, ["dependency", "build", copy], {
        timeoutMs,
        env: helmEnv(options),
        signal: options.signal,
        display: "helm dependency build"
      });
      if (build.exitCode !== 0) {
        throw new TollgateError("render", `chart ${chart.name} is missing dependencies in ${display}/charts/ and \`helm dependency build\` could not fetch them: ${listed}`, {
          file: `${display}/Chart.yaml`,
          hint: `${advice} (helm said: ${lastLine(build.stderr)})`
        });
      }
      result = await run(copy);
    }
    if (result.exitCode !== 0) {
      throw new TollgateError("render", `helm template failed: ${cleanHelmError(result.stderr)}`, { file: `${display}/Chart.yaml` });
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const resources = parseManifestStream(result.stdout, `${display} (helm template)`);
  attachTemplateSources(resources, result.stdout, chartDir, repoRoot, chart.name);
  return { resources, chart };
}
function lastLine(text) {
  const lines = text.trim().split("\n");
  return lines[lines.length - 1] ?? "";
}
function cleanHelmError(stderr) {
  return stderr.trim().replace(/^Error: /, "").split("\n").slice(0, 5).join(" ") || "no error message";
}
function attachTemplateSources(resources, stream, chartDir, repoRoot, chartName) {
  const pattern = /^# Source: (.+)$/gm;
  let match;
  const marks = [];
  while (match = pattern.exec(stream)) marks.push({ at: match.index, source: match[1].trim() });
  const starts = lineStarts(stream);
  const lineOfMark = marks.map((m) => lineAt(starts, m.at));
  for (const resource of resources) {
    const line = resource.source?.line ?? 0;
    let source;
    for (let i = 0; i < marks.length && lineOfMark[i] <= line; i++) source = marks[i].source;
    if (!source) {
      resource.source = void 0;
      continue;
    }
    const relInChart = source.startsWith(`${chartName}/`) ? source.slice(chartName.length + 1) : source;
    const file = displayPath(repoRoot, join4(chartDir, relInChart));
    const template = readTemplate(join4(chartDir, relInChart));
    const kind = resource.object.kind;
    const start = template ? findLine(template, new RegExp(`^\\s*kind:\\s*["']?${kind}["']?\\s*$`)) ?? 1 : 1;
    resource.source = { file, line: start, endLine: template ? template.length : start };
    resource.locator = new TemplateLocator(file, template, start);
  }
}
function readTemplate(path) {
  try {
    return readFileSync3(path, "utf8").split("\n");
  } catch {
    return void 0;
  }
}
function findLine(lines, pattern, from = 0) {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
  return void 0;
}
var TemplateLocator = class {
  constructor(file, lines, start) {
    this.file = file;
    this.lines = lines;
    this.start = start;
  }
  file;
  lines;
  start;
  locate(pointer) {
    if (!this.lines) return { file: this.file, line: this.start };
    let line = this.start;
    for (const segment of pointerSegments(pointer)) {
      if (/^\d+$/.test(segment)) continue;
      const found = findLine(this.lines, new RegExp(`^\\s*(- )?["']?${escapeRegExp(segment)}["']?\\s*:`), line - 1);
      if (found === void 0) break;
      line = found;
    }
    return { file: this.file, line };
  }
};

// src/render/kustomize.ts
import { mkdtempSync as mkdtempSync2, readFileSync as readFileSync5, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join6, relative as relative3, resolve as resolve5 } from "node:path";

// src/lazy.ts
function defineLazy(target, key, compute) {
  let value;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
    set: (next) => {
      value = next;
      done = true;
    }
  });
}

// src/render/kustomize-tree.ts
import { existsSync as existsSync4, readFileSync as readFileSync4, statSync as statSync4 } from "node:fs";
import { join as join5, resolve as resolve4 } from "node:path";
function isRemote(ref) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref) || ref.startsWith("git@");
}
function kustomizationFileIn(dir) {
  for (const name of KUSTOMIZATION_FILES) {
    const file = join5(dir, name);
    if (existsSync4(file)) return file;
  }
  return void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function readKustomizationTree(appDir, repoRoot) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const file = kustomizationFileIn(dir);
    if (!file) return;
    const display = displayPath(repoRoot, file);
    const text = readFileSync4(file, "utf8");
    let spec;
    try {
      spec = decodeDocument(text) ?? {};
    } catch (error) {
      const problem = error.problem;
      throw new TollgateError("input", `invalid kustomization: ${error.message}`, { file: display, line: problem?.line });
    }
    const k = { dir, file, display, spec, lines: new DocumentLines(text, 1) };
    out.push(k);
    const refs = [];
    const add = (list2, key, field) => asList(list2).forEach((entry, i) => {
      const ref = field ? entry?.[field] : entry;
      if (typeof ref === "string" && !ref.includes("\n")) refs.push({ ref, pointer: `/${key}/${i}${field ? `/${field}` : ""}` });
    });
    add(spec.resources, "resources");
    add(spec.bases, "bases");
    add(spec.components, "components");
    add(spec.crds, "crds");
    add(spec.patchesStrategicMerge, "patchesStrategicMerge");
    add(spec.patches, "patches", "path");
    add(spec.patchesJson6902, "patchesJson6902", "path");
    for (const { ref, pointer } of refs) {
      if (isRemote(ref)) continue;
      if (pointer.startsWith("/patchesStrategicMerge") && ref.includes(":")) continue;
      const target = resolve4(dir, ref);
      const where = k.lines.lineOf(pointer);
      if (!existsSync4(target)) continue;
      try {
        realPathInside(repoRoot, target, "kustomize reference");
      } catch (error) {
        const e = error;
        throw new TollgateError(e.code, e.message, { file: display, line: where?.line, hint: e.hint });
      }
      if (statSync4(target).isDirectory() && !pointer.startsWith("/patches")) visit(target);
    }
  };
  visit(resolve4(appDir));
  return out;
}
function matchesTarget(object, target) {
  if (target.kind && target.kind !== object.kind) return false;
  const name = object.metadata?.name ?? "";
  if (target.name) {
    let ok = name === target.name || name.includes(target.name);
    if (!ok) {
      try {
        ok = new RegExp(`^(?:${target.name})$`).test(name);
      } catch {
        ok = false;
      }
    }
    if (!ok) return false;
  }
  if (target.labelSelector) {
    const labels = object.metadata?.labels ?? {};
    for (const term of target.labelSelector.split(",")) {
      const [key, value] = term.split("=").map((s) => s.trim());
      if (value === void 0 ? !(key in labels) : labels[key] !== value) return false;
    }
  }
  return true;
}
var MERGE_KEYS = ["name", "mountPath", "containerPort", "devicePath", "ip", "topologyKey"];
function strategicMergeLine(patch, lines, pointer, object) {
  let node = object;
  let patchNode = patch;
  let patchPointer = "";
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) {
      if (!Array.isArray(patchNode)) return void 0;
      const item = node[Number(segment)];
      let index = -1;
      if (item !== null && typeof item === "object") {
        for (const key of MERGE_KEYS) {
          const value = item[key];
          if (value === void 0) continue;
          index = patchNode.findIndex((p) => p !== null && typeof p === "object" && p[key] === value);
          if (index >= 0) break;
        }
      } else {
        index = Number(segment) < patchNode.length ? Number(segment) : -1;
      }
      if (index < 0) return void 0;
      patchPointer += `/${index}`;
      node = item;
      patchNode = patchNode[index];
    } else {
      if (patchNode === null || typeof patchNode !== "object" || !(segment in patchNode)) return void 0;
      patchPointer += `/${escapePointerSegment(segment)}`;
      patchNode = patchNode[segment];
      node = node !== null && typeof node === "object" ? node[segment] : void 0;
    }
  }
  const found = lines.lineOf(patchPointer);
  return found?.exact ? found.line : void 0;
}
function patchDocuments(patch) {
  return splitYamlStream(patch.text).flatMap((doc) => {
    try {
      const value = decodeDocument(doc.text);
      return value === void 0 ? [] : [{ value, lines: new DocumentLines(doc.text, doc.startLine + patch.firstLine - 1) }];
    } catch {
      return [];
    }
  });
}
function patchSetters(patch, explicitTarget) {
  const setters = [];
  for (const { value, lines } of patchDocuments(patch)) {
    if (Array.isArray(value)) {
      const ops = value;
      setters.push({
        matches: (object) => explicitTarget ? matchesTarget(object, explicitTarget) : false,
        lineFor: (pointer) => {
          for (let i = ops.length - 1; i >= 0; i--) {
            const op = ops[i];
            if (typeof op?.path !== "string" || op.op === "remove" || op.op === "test") continue;
            const path = op.path.endsWith("/-") ? op.path.slice(0, -2) : op.path;
            if (pointer === path || pointer.startsWith(`${path}/`)) {
              const found = lines.lineOf(`/${i}`);
              return found ? { file: patch.display, line: found.line } : void 0;
            }
          }
          return void 0;
        }
      });
    } else if (value !== null && typeof value === "object") {
      const doc = value;
      const target = explicitTarget ?? { kind: doc.kind, name: doc.metadata?.name };
      setters.push({
        matches: (object) => matchesTarget(object, target),
        lineFor: (pointer, object) => {
          if (pointer.startsWith("/metadata/name") || pointer === "/kind" || pointer === "/apiVersion") return void 0;
          const line = strategicMergeLine(doc, lines, pointer, object);
          return line === void 0 ? void 0 : { file: patch.display, line };
        }
      });
    }
  }
  return setters;
}
function targetOf(entry) {
  const t = entry.target;
  if (!t || typeof t !== "object") return void 0;
  return {
    kind: typeof t.kind === "string" ? t.kind : void 0,
    name: typeof t.name === "string" ? t.name : void 0,
    labelSelector: typeof t.labelSelector === "string" ? t.labelSelector : void 0
  };
}
function patchText(k, entry, pointer, repoRoot) {
  const record = entry;
  const inline = typeof entry === "string" && entry.includes("\n") ? entry : typeof record?.patch === "string" ? record.patch : void 0;
  if (inline !== void 0) {
    const key = k.lines.lineOf(typeof entry === "string" ? pointer : `${pointer}/patch`);
    return { text: inline, display: k.display, firstLine: (key?.line ?? 0) + 1 };
  }
  const path = typeof entry === "string" ? entry : typeof record?.path === "string" ? record.path : void 0;
  if (!path) return void 0;
  const file = resolve4(k.dir, path);
  try {
    return { text: readFileSync4(file, "utf8"), display: displayPath(repoRoot, file), firstLine: 1 };
  } catch {
    return void 0;
  }
}
function fieldSetters(tree, repoRoot) {
  const setters = [];
  for (const k of tree) {
    const own = [];
    asList(k.spec.patchesStrategicMerge).forEach((entry, i) => {
      const text = patchText(k, entry, `/patchesStrategicMerge/${i}`, repoRoot);
      if (text) own.push(...patchSetters(text, void 0));
    });
    asList(k.spec.patches).forEach((entry, i) => {
      const text = patchText(k, entry, `/patches/${i}`, repoRoot);
      if (text) own.push(...patchSetters(text, targetOf(entry)));
    });
    asList(k.spec.patchesJson6902).forEach((entry, i) => {
      const text = patchText(k, entry, `/patchesJson6902/${i}`, repoRoot);
      if (text) own.push(...patchSetters(text, targetOf(entry)));
    });
    asList(k.spec.replicas).forEach((entry, i) => {
      const name = entry?.name;
      if (typeof name !== "string") return;
      own.push({
        matches: (object) => matchesTarget(object, { name }),
        lineFor: (pointer) => {
          if (pointer !== "/spec/replicas") return void 0;
          const found = k.lines.lineOf(`/replicas/${i}/count`);
          return found ? { file: k.display, line: found.line } : void 0;
        }
      });
    });
    asList(k.spec.images).forEach((entry, i) => {
      const record = entry;
      const names = [record?.name, record?.newName].filter((n) => typeof n === "string");
      if (names.length === 0) return;
      own.push({
        matches: () => true,
        lineFor: (pointer, object) => {
          if (!/\/(initContainers|containers|ephemeralContainers)\/\d+\/image$/.test(pointer)) return void 0;
          const image = valueAt(object, pointer);
          if (typeof image !== "string") return void 0;
          const repository = image.replace(/@.*$/, "").replace(/:[^/:]*$/, "");
          if (!names.includes(repository)) return void 0;
          const found = k.lines.lineOf(`/images/${i}`);
          return found ? { file: k.display, line: found.line } : void 0;
        }
      });
    });
    if (typeof k.spec.namespace === "string") {
      own.push({
        matches: () => true,
        lineFor: (pointer) => {
          if (pointer !== "/metadata/namespace") return void 0;
          const found = k.lines.lineOf("/namespace");
          return found ? { file: k.display, line: found.line } : void 0;
        }
      });
    }
    setters.push(...own.reverse());
  }
  return setters;
}

// src/render/kustomize.ts
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
function takeOrigin(object) {
  const annotations = object.metadata?.annotations;
  const raw = annotations?.[ORIGIN_ANNOTATION];
  if (raw === void 0 || !annotations || !object.metadata) return void 0;
  delete annotations[ORIGIN_ANNOTATION];
  if (Object.keys(annotations).length === 0) delete object.metadata.annotations;
  try {
    return decodeDocument(raw) ?? {};
  } catch {
    return void 0;
  }
}
var SourceFiles = class {
  docs = /* @__PURE__ */ new Map();
  documents(absolute) {
    let docs = this.docs.get(absolute);
    if (docs) return docs;
    docs = [];
    try {
      for (const doc of splitYamlStream(readFileSync5(absolute, "utf8"))) {
        const value = decodeDocument(doc.text);
        if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
        const lines = new DocumentLines(doc.text, doc.startLine);
        for (const { object, prefix } of expandLists(value)) {
          const line = prefix ? lines.lineOf(prefix)?.line ?? doc.contentLine : doc.contentLine;
          docs.push({ object, lines, prefix, line, endLine: doc.contentEndLine });
        }
      }
    } catch {
    }
    this.docs.set(absolute, docs);
    return docs;
  }
};
function matchDocument(docs, built) {
  const sameKind = docs.filter((d) => d.object.kind === built.kind);
  const name = built.metadata?.name ?? "";
  const exact = sameKind.find((d) => d.object.metadata?.name === name);
  if (exact) return exact;
  const containing = sameKind.filter((d) => d.object.metadata?.name && name.includes(d.object.metadata.name)).sort((a, b) => b.object.metadata.name.length - a.object.metadata.name.length);
  return containing[0] ?? (sameKind.length === 1 ? sameKind[0] : void 0);
}
var KustomizeLocator = class {
  constructor(object, setters, base) {
    this.object = object;
    this.setters = setters;
    this.base = base;
  }
  object;
  setters;
  base;
  locate(pointer) {
    for (const setter of this.setters()) {
      if (!setter.matches(this.object)) continue;
      const line = setter.lineFor(pointer, this.object);
      if (line) return line;
    }
    return this.base()?.locate(pointer);
  }
};
var FixedLocator = class {
  constructor(at) {
    this.at = at;
  }
  at;
  locate() {
    return this.at;
  }
};
function generatorLine(k, built) {
  if (!k) return void 0;
  const name = built.metadata?.name ?? "";
  let best;
  for (const key of ["configMapGenerator", "secretGenerator"]) {
    const list2 = k.spec[key];
    if (!Array.isArray(list2)) continue;
    list2.forEach((entry, i) => {
      const generated = entry?.name;
      if (typeof generated !== "string" || !name.includes(generated)) return;
      if (best && best.length >= generated.length) return;
      const found = k.lines.lineOf(`/${key}/${i}`);
      if (found) best = { line: found.line, length: generated.length };
    });
  }
  return best?.line;
}
function wrapperEdits(edits, appDir, repoRoot, wrapper) {
  if (!edits) return {};
  const out = {};
  if (edits.images?.length) out.images = edits.images.map(imageEdit);
  if (edits.namePrefix) out.namePrefix = edits.namePrefix;
  if (edits.nameSuffix) out.nameSuffix = edits.nameSuffix;
  if (edits.namespace) out.namespace = edits.namespace;
  if (edits.commonLabels && Object.keys(edits.commonLabels).length) {
    out.labels = [{ pairs: edits.commonLabels, includeSelectors: true }];
  }
  if (edits.components?.length) {
    out.components = edits.components.map((component) => relative3(wrapper, realPathInside(repoRoot, resolve5(appDir, component), "kustomize component", component)));
  }
  return out;
}
function imageEdit(argument) {
  const equals = argument.indexOf("=");
  const name = equals >= 0 ? argument.slice(0, equals) : void 0;
  let rest = equals >= 0 ? argument.slice(equals + 1) : argument;
  let digest;
  let tag;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (rest === "" || name === "" || tag === "" || digest === "" || /\s/.test(argument)) {
    throw new TollgateError("usage", `kustomize image ${JSON.stringify(argument)} is not name=new:tag, name:tag or name@digest`);
  }
  return {
    name: name ?? rest,
    ...name !== void 0 && rest !== name ? { newName: rest } : {},
    ...tag !== void 0 ? { newTag: tag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
async function renderKustomize(appDir, repoRoot, options) {
  const tree = readKustomizationTree(appDir, repoRoot);
  const tool = findKustomize(options.env);
  const display = displayPath(repoRoot, appDir);
  const wrapper = mkdtempSync2(join6(tmpdir2(), "tollgate-kustomize-"));
  let result;
  try {
    const spec = {
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: [relative3(wrapper, resolve5(appDir))],
      buildMetadata: ["originAnnotations"],
      ...wrapperEdits(options.kustomize, appDir, repoRoot, wrapper)
    };
    writeFileSync2(join6(wrapper, "kustomization.yaml"), JSON.stringify(spec));
    result = await runTool(tool.binary, [...tool.prefixArgs, wrapper, ...options.kustomizeBuildOptions ?? []], {
      timeoutMs: execTimeoutMs(options.env),
      env: options.env ?? process.env,
      signal: options.signal,
      display: tool.display
    });
    if (result.exitCode !== 0) {
      const message = result.stderr.trim().replace(/^Error: /, "").split(wrapper).join("<app>").split("\n").slice(0, 6).join(" ");
      throw new TollgateError("render", `${tool.display} failed for ${display}: ${message || `exit status ${result.exitCode}`}`, {
        file: tree[0]?.display
      });
    }
  } finally {
    rmSync2(wrapper, { recursive: true, force: true });
  }
  const resources = parseManifestStream(result.stdout, `${display} (${tool.display})`);
  const files = new SourceFiles();
  let setters;
  const allSetters = () => setters ??= fieldSetters(tree, repoRoot);
  const byFile = new Map(tree.map((k) => [k.file, k]));
  const realRoot = resolve5(repoRoot);
  for (const resource of resources) {
    const origin = takeOrigin(resource.object);
    const object = resource.object;
    if (origin?.path) {
      const absolute = resolve5(wrapper, origin.path);
      const inside = isInside(realRoot, absolute);
      const file = inside ? displayPath(repoRoot, absolute) : origin.path;
      let base;
      let located2;
      let searched = false;
      const find = () => {
        if (!searched) {
          searched = true;
          located2 = inside ? matchDocument(files.documents(absolute), object) : void 0;
          base = located2 ? new DocumentLocator(file, located2.lines, located2.prefix) : new FixedLocator({ file, line: 1 });
        }
        return located2;
      };
      defineLazy(resource, "source", () => {
        const doc = find();
        return doc ? { file, line: doc.line, endLine: doc.endLine } : { file, line: 1, endLine: 1 };
      });
      resource.locator = new KustomizeLocator(object, allSetters, () => (find(), base));
    } else if (origin?.configuredIn) {
      const absolute = resolve5(wrapper, origin.configuredIn);
      const file = isInside(realRoot, absolute) ? displayPath(repoRoot, absolute) : origin.configuredIn;
      const k = byFile.get(absolute);
      defineLazy(resource, "source", () => {
        const line = generatorLine(k, object) ?? 1;
        return { file, line, endLine: line };
      });
      resource.locator = new KustomizeLocator(object, allSetters, () => new FixedLocator({ file, line: resource.source?.line ?? 1 }));
    } else {
      resource.source = void 0;
      resource.locator = void 0;
    }
  }
  return resources;
}

// src/render/index.ts
function locateApp(path, repoRoot) {
  const requested = resolve6(path);
  let info;
  try {
    info = statSync5(requested);
  } catch {
    throw new TollgateError("usage", `app path ${path} does not exist`);
  }
  if (!info.isDirectory()) {
    throw new TollgateError("usage", `app path ${path} is not a directory`, { hint: "give the directory that holds the manifests, kustomization or Chart.yaml" });
  }
  let root;
  try {
    root = realpathSync3(resolve6(repoRoot ?? findRepoRoot(requested)));
  } catch {
    throw new TollgateError("usage", `--repo-root ${repoRoot} does not exist`);
  }
  return { appDir: realPathInside(root, requested, "app path", path), repoRoot: root };
}
async function render(options) {
  const { appDir, repoRoot } = locateApp(options.path, options.repoRoot);
  const renderer = !options.renderer || options.renderer === "auto" ? detectRenderer(appDir) : options.renderer;
  const warnings = [];
  const inputs = { renderer };
  const base = { renderer, appPath: displayPath(repoRoot, appDir), repoRoot, warnings, inputs };
  switch (renderer) {
    case "directory":
      Object.assign(inputs, { recurse: Boolean(options.recurse), ...options.include ? { include: options.include } : {}, ...options.exclude ? { exclude: options.exclude } : {} });
      return {
        ...base,
        resources: renderDirectory(
          { appDir, repoRoot, recurse: options.recurse, include: options.include, exclude: options.exclude, skipFiles: options.skipFiles },
          warnings
        )
      };
    case "kustomize":
      if (options.kustomize && Object.values(options.kustomize).some((v) => v !== void 0)) inputs.kustomize = JSON.parse(JSON.stringify(options.kustomize));
      if (options.kustomizeBuildOptions?.length) inputs.kustomizeBuildOptions = [...options.kustomizeBuildOptions];
      return { ...base, resources: await renderKustomize(appDir, repoRoot, options) };
    case "helm": {
      const { resources, chart, release, valuesFiles } = await renderHelm(appDir, repoRoot, options);
      Object.assign(inputs, {
        releaseName: release,
        ...options.namespace ? { namespace: options.namespace } : {},
        ...options.kubeVersion ? { kubeVersion: options.kubeVersion } : {},
        ...options.apiVersions?.length ? { apiVersions: [...options.apiVersions] } : {},
        valuesFiles,
        setKeys: (options.set ?? []).map((pair) => pair.slice(0, pair.indexOf("=")))
      });
      return { ...base, resources, chart: { name: chart.name, version: chart.version } };
    }
    default:
      throw new TollgateError("usage", `unknown renderer ${JSON.stringify(renderer)}`, { hint: "use auto, directory, kustomize or helm" });
  }
}

// src/git/worktree.ts
import { mkdtempSync as mkdtempSync3, rmSync as rmSync3 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join7 } from "node:path";
var GIT_TIMEOUT_MS = 12e4;
async function git(repoRoot, args, signal, env) {
  const binary = findOnPath("git");
  if (!binary) throw new TollgateError("tool-missing", "git was not found on PATH; it is needed for --base-ref", { hint: "install git, or compare with --base PATH" });
  return runTool(binary, ["-C", repoRoot, ...args], { timeoutMs: GIT_TIMEOUT_MS, signal, env, display: `git ${args[0]}` });
}
async function withGitWorktree(repoRoot, ref, signal, work) {
  if (ref.startsWith("-")) throw new TollgateError("usage", `--base-ref ${ref} is not a git ref`);
  const resolved = await git(repoRoot, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], signal);
  if (resolved.exitCode !== 0) {
    throw new TollgateError("usage", `git ref ${JSON.stringify(ref)} is not a commit in ${repoRoot}`, {
      hint: "fetch it first (e.g. git fetch origin main, or a deeper fetch in a shallow clone), or check its name"
    });
  }
  const sha = resolved.stdout.trim();
  const parent = mkdtempSync3(join7(tmpdir3(), "tollgate-base-"));
  const tree = join7(parent, "tree");
  try {
    const added = await git(repoRoot, ["worktree", "add", "--detach", "--quiet", tree, sha], signal);
    if (added.exitCode !== 0) throw new TollgateError("render", `cannot check out ${ref} into a worktree: ${added.stderr.trim().split("\n")[0]}`);
    return await work(tree);
  } finally {
    await git(repoRoot, ["worktree", "remove", "--force", tree]).catch(() => void 0);
    rmSync3(parent, { recursive: true, force: true });
    await git(repoRoot, ["worktree", "prune"]).catch(() => void 0);
  }
}

// src/analyze.ts
import { relative as relative4, resolve as resolve7 } from "node:path";
import { readFileSync as readFileSync6 } from "node:fs";

// src/cost/budgets.ts
var money = centsText;
function budgetFindings(input) {
  const { budgets } = input;
  const basis = budgets.basis;
  const app = [];
  const perResource = /* @__PURE__ */ new Map();
  const finding = (rule2, message) => ({ rule: rule2, level: "error", message, suppressed: null });
  const total = input.total[basis];
  if (budgets.total !== void 0 && cents(total) > budgets.total) {
    app.push(finding("budget-total", `budget-total: ${money(total)} > ${money(budgets.total)}`));
  }
  if (budgets.workload !== void 0) {
    for (const r of input.resources) {
      if (!r.isWorkload) continue;
      const monthly = r.cost.monthly[basis];
      if (cents(monthly) > budgets.workload) {
        const list2 = perResource.get(r.key) ?? [];
        list2.push(finding("budget-workload", `budget-workload: ${r.name} ${money(monthly)} > ${money(budgets.workload)}`));
        perResource.set(r.key, list2);
      }
    }
  }
  for (const [namespace, limit] of Object.entries(budgets.namespaces ?? {})) {
    const spent = input.resources.filter((r) => r.namespace === namespace).reduce((s, r) => s + r.cost.monthly[basis], 0);
    if (cents(spent) > limit) app.push(finding("budget-namespace", `budget-namespace: ${namespace} ${money(spent)} > ${money(limit)}`));
  }
  if (input.base && budgets.increase) {
    const before = input.base.total[basis];
    const increase = total - before;
    const { amount, percent } = budgets.increase;
    if (amount !== void 0 && cents(increase) > amount) {
      app.push(finding("budget-increase", `budget-increase: +${money(increase)} > +${money(amount)}`));
    } else if (percent !== void 0 && before > 0 && increase / before * 100 > percent) {
      app.push(finding("budget-increase", `budget-increase: +${(increase / before * 100).toFixed(1)}% > +${percent}%`));
    }
  }
  return { app, perResource };
}

// src/analyze.ts
var WORKLOAD_KINDS = /* @__PURE__ */ new Set(["Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController", "Job", "CronJob", "Rollout"]);
function withPinnedRender(options, config, appDir) {
  const pinned = config.render ?? {};
  return {
    ...options,
    renderer: options.renderer && options.renderer !== "auto" ? options.renderer : pinned.renderer ?? options.renderer,
    release: options.release ?? pinned.releaseName,
    namespace: options.namespace ?? pinned.namespace ?? options.cluster?.namespace,
    kubeVersion: options.kubeVersion ?? pinned.kubeVersion ?? options.cluster?.kubeVersion,
    apiVersions: options.apiVersions?.length ? options.apiVersions : pinned.apiVersions ?? options.cluster?.apiVersions,
    valuesFiles: options.valuesFiles?.length ? options.valuesFiles : pinned.valuesFiles?.map((f) => resolve7(appDir, f)),
    recurse: options.recurse || pinned.recurse,
    include: options.include ?? pinned.include,
    exclude: options.exclude ?? pinned.exclude
  };
}
function pricesFor(config, options, repoRoot) {
  const profile = options.priceProfile ?? config.prices.profile;
  const { profile: _profile, file, ...inline } = config.prices;
  let user = {};
  const files = [];
  const mergeIn = (next) => {
    user = {
      ...user,
      ...next,
      gpu: { ...user.gpu, ...next.gpu },
      storage: { ...user.storage, ...next.storage },
      spot: typeof next.spot === "number" || typeof user.spot === "number" ? next.spot ?? user.spot : { ...user.spot, ...next.spot }
    };
  };
  if (file) {
    mergeIn(loadPricesFile(file, repoRoot, inline.hoursPerMonth));
    files.push(file);
  }
  mergeIn(inline);
  if (options.pricesFile) {
    const path = realPathInside(repoRoot, resolve7(options.cwd ?? process.cwd(), options.pricesFile), "prices file", options.pricesFile);
    mergeIn(loadPricesFile(path, repoRoot, user.hoursPerMonth));
    files.push(path);
  }
  return { prices: new Prices(profile, user), files };
}
async function renderSide(options) {
  const { appDir, repoRoot } = locateApp(options.path, options.repoRoot);
  const adminFloor = (options.env ?? process.env).TOLLGATE_ADMIN_CONFIG;
  if (options.configFile || options.pricesFile || adminFloor || findConfigFile(appDir, repoRoot)) await loadYamlLib();
  const { config, files, warnings: configWarnings } = loadConfig({
    appDir,
    repoRoot,
    explicit: options.configFile,
    cwd: options.cwd,
    adminFloor: (options.env ?? process.env).TOLLGATE_ADMIN_CONFIG || void 0
  });
  const { prices, files: priceFiles } = pricesFor(config, options, repoRoot);
  const renderOptions = withPinnedRender({ ...options, repoRoot }, config, appDir);
  renderOptions.skipFiles = [...options.skipFiles ?? [], ...files, ...priceFiles];
  const rendered = await render(renderOptions);
  rendered.warnings.push(...configWarnings);
  return { render: rendered, config, configFiles: files, prices, defaultNamespace: renderOptions.namespace };
}
function costSide(side) {
  const costs = estimateCosts(side.render.resources, {
    prices: side.prices,
    assumptions: side.config.assumptions,
    workloadKinds: side.config.workloadKinds,
    defaultNamespace: side.defaultNamespace
  });
  return { ...side, costs, totals: totalCost(costs.values()) };
}
function sameInputs(a, b, textOf) {
  if (a.render.resources.length !== b.render.resources.length) return false;
  if (canonicalJson(a.config) !== canonicalJson(b.config) || canonicalJson(a.prices) !== canonicalJson(b.prices)) return false;
  return a.render.resources.every((r, i) => textOf(r) === textOf(b.render.resources[i]));
}
function sameAsHead(base, head) {
  const costs = /* @__PURE__ */ new Map();
  base.render.resources.forEach((r, i) => {
    const cost = head.costs.get(head.render.resources[i]);
    if (cost) costs.set(r, cost);
  });
  return { ...base, costs, totals: head.totals };
}
function loadScanReport(path, shown) {
  let json;
  try {
    json = JSON.parse(readFileSync6(path, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new TollgateError("input", code ? `cannot read --scan-results ${shown}: ${code}` : `--scan-results ${shown} is not JSON: ${error.message}`, { file: shown });
  }
  try {
    return parseScanReport(json, shown);
  } catch (error) {
    throw new TollgateError("input", `--scan-results ${shown} ${error.message}`, { file: shown, hint: "give trivy image -f json or grype -o json output" });
  }
}
var findingKey = (resourceId2, f) => `${resourceId2}|${f.rule}|${f.path ?? ""}`;
async function analyzeApp(options) {
  const head = costSide(await renderSide(options));
  let baseRendered;
  if (options.basePath) {
    const headRoot = head.render.repoRoot;
    const configFile = options.configFile && options.baseRepoRoot ? resolve7(options.baseRepoRoot, relative4(headRoot, resolve7(options.cwd ?? process.cwd(), options.configFile))) : options.configFile;
    baseRendered = await renderSide({ ...options, path: options.basePath, repoRoot: options.baseRepoRoot ?? options.repoRoot, configFile, basePath: void 0, baseRef: void 0 });
  } else if (options.baseRef) {
    const repoRoot = head.render.repoRoot;
    const appRel = relative4(repoRoot, resolve7(options.cwd ?? process.cwd(), options.path));
    baseRendered = await withGitWorktree(
      repoRoot,
      options.baseRef,
      options.signal,
      (tree) => renderSide({
        ...options,
        path: resolve7(tree, appRel),
        repoRoot: tree,
        valuesFiles: options.valuesFiles?.map((f) => resolve7(tree, relative4(repoRoot, resolve7(options.cwd ?? process.cwd(), f)))),
        configFile: options.configFile ? resolve7(tree, relative4(repoRoot, resolve7(options.cwd ?? process.cwd(), options.configFile))) : void 0,
        basePath: void 0,
        baseRef: void 0
      })
    );
  }
  const texts = /* @__PURE__ */ new Map();
  const textOf = (r) => {
    let text = texts.get(r);
    if (text === void 0) texts.set(r, text = canonicalJson(r.object));
    return text;
  };
  const unchanged = baseRendered !== void 0 && sameInputs(baseRendered, head, textOf);
  const base = baseRendered && (unchanged ? sameAsHead(baseRendered, head) : costSide(baseRendered));
  if (base && base.prices.currency !== head.prices.currency) {
    throw new TollgateError("config", `the base prices are in ${base.prices.currency} and the head prices in ${head.prices.currency}; they cannot be compared`);
  }
  const defaultNs = options.namespace ?? head.config.render?.namespace ?? options.cluster?.namespace ?? "";
  const results = [];
  if (base) {
    for (const pair of pairResources(base.render.resources, head.render.resources, defaultNs, textOf)) {
      const resource = pair.head ?? pair.base;
      results.push({
        resource,
        cost: pair.head ? head.costs.get(pair.head) : void 0,
        baseCost: pair.base ? base.costs.get(pair.base) : void 0,
        change: pair.change,
        findings: []
      });
    }
  } else {
    for (const resource of head.render.resources) results.push({ resource, cost: head.costs.get(resource), findings: [] });
  }
  const kubeVersion = options.kubeVersion ?? head.config.render?.kubeVersion ?? options.cluster?.kubeVersion;
  const scanReports = (options.scanResults ?? []).map((file) => loadScanReport(resolve7(options.cwd ?? process.cwd(), file), file));
  const policy = evaluatePolicy(head.render.resources, { config: head.config, defaultNamespace: defaultNs, now: policyClock(options.env), kubeVersion, scanReports });
  for (const r of results) {
    if (r.change === "removed") continue;
    const found = policy.findings.get(r.resource);
    if (found) r.findings = found;
  }
  const resolved = [];
  if (base && unchanged) {
    for (const r of results) for (const f of r.findings) f.isNew = false;
  } else if (base) {
    const before = evaluatePolicy(base.render.resources, { config: base.config, defaultNamespace: defaultNs, now: policyClock(options.env), kubeVersion, scanReports });
    const seen = /* @__PURE__ */ new Set();
    for (const [resource, found] of before.findings) for (const f of found) if (!f.suppressed) seen.add(findingKey(identity(resource.object, defaultNs), f));
    const open = /* @__PURE__ */ new Set();
    for (const r of results) {
      if (r.change === "removed") continue;
      for (const f of r.findings) {
        const key = findingKey(identity(r.resource.object, defaultNs), f);
        f.isNew = !seen.has(key);
        if (!f.suppressed) open.add(key);
      }
    }
    for (const [resource, found] of before.findings) {
      for (const f of found) {
        if (f.suppressed || open.has(findingKey(identity(resource.object, defaultNs), f))) continue;
        resolved.push({ resource: resourceId(resource.object), rule: f.rule, level: f.level, message: f.message });
      }
    }
  }
  const budgets = budgetFindings({
    budgets: head.config.budgets,
    total: head.totals.monthly,
    base: base ? { total: base.totals.monthly } : void 0,
    resources: results.filter((r) => r.cost && r.change !== "removed").map((r) => ({
      name: `${r.resource.object.kind}/${r.resource.object.metadata?.name}`,
      namespace: r.resource.object.metadata?.namespace ?? defaultNs,
      isWorkload: WORKLOAD_KINDS.has(String(r.resource.object.kind)) || head.config.workloadKinds.some((k) => k.kind === r.resource.object.kind),
      cost: r.cost,
      key: r
    }))
  });
  for (const [key, findings] of budgets.perResource) key.findings.push(...findings);
  const failOn = options.failOn ?? head.config.policy.failOn;
  head.config.policy.failOn = failOn;
  const failing = budgets.app.filter((f) => !f.suppressed && failsGate(f.level, failOn));
  for (const r of results) for (const f of r.findings) if (!f.suppressed && failsGate(f.level, failOn)) failing.push(f);
  return {
    appPath: head.render.appPath,
    renderer: head.render.renderer,
    repoRoot: head.render.repoRoot,
    currency: head.prices.currency,
    head,
    base,
    resources: results,
    findings: budgets.app,
    unchanged,
    resolved,
    scanReports,
    verdict: failing.length ? "fail" : "pass",
    reasons: failing.map((f) => f.message),
    warnings: [...head.render.warnings, ...base?.render.warnings ?? [], ...policy.warnings]
  };
}

export {
  realPathInside,
  displayPath,
  loadConfig,
  defaultConfig,
  parseImageReference,
  reportsFor,
  locateField,
  resourceId,
  failsGate,
  podTemplateOf,
  containersOf,
  RULES,
  evaluatePolicy,
  parseManifestStream,
  runTool,
  findHelm,
  findKustomize,
  render,
  git,
  analyzeApp
};
