import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  VERSION,
  __commonJS,
  __require,
  __toESM
} from "./chunk-YFB2B73Y.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity2.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj4, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj4, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj4;
      if (identity2.isScalar(item)) {
        obj4 = item.value;
        let match = tags.filter((t) => t.identify?.(obj4));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj4 = item;
        tagObj = tags.find((t) => t.nodeClass && obj4 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj4?.constructor?.name ?? (obj4 === null ? "null" : typeof obj4);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key2) || !identity2.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key2) || (identity2.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge2.identify(key2) || identity2.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge2.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity2.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key2))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity2.isNode(key2))
          key2 = key2.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity2.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj4, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj4, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj4 instanceof Map) {
          for (const [key2, value] of obj4)
            add2(key2, value);
        } else if (obj4 && typeof obj4 === "object") {
          for (const key2 of Object.keys(obj4))
            add2(key2, obj4[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj4, ctx) => YAMLMap.YAMLMap.from(schema, obj4, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj4, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj4 && Symbol.iterator in Object(obj4)) {
          let i = 0;
          for (let it of obj4) {
            if (typeof replacer === "function") {
              const key2 = obj4 instanceof Set ? it : String(i++);
              it = replacer.call(obj4, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity2.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj4, ctx) => YAMLSeq.YAMLSeq.from(schema, obj4, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity2.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity2.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity2.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema3 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema3;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema3 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity2.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema3.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar2.end) {
            sep2 = scalar2.end;
            sep2.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema3 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema3.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

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

// node_modules/fast-json-patch/commonjs/helpers.js
var require_helpers = __commonJS({
  "node_modules/fast-json-patch/commonjs/helpers.js"(exports) {
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    function hasOwnProperty(obj4, key2) {
      return _hasOwnProperty.call(obj4, key2);
    }
    exports.hasOwnProperty = hasOwnProperty;
    function _objectKeys(obj4) {
      if (Array.isArray(obj4)) {
        var keys_1 = new Array(obj4.length);
        for (var k = 0; k < keys_1.length; k++) {
          keys_1[k] = "" + k;
        }
        return keys_1;
      }
      if (Object.keys) {
        return Object.keys(obj4);
      }
      var keys = [];
      for (var i in obj4) {
        if (hasOwnProperty(obj4, i)) {
          keys.push(i);
        }
      }
      return keys;
    }
    exports._objectKeys = _objectKeys;
    function _deepClone(obj4) {
      switch (typeof obj4) {
        case "object":
          return JSON.parse(JSON.stringify(obj4));
        //Faster than ES5 clone - http://jsperf.com/deep-cloning-of-objects/5
        case "undefined":
          return null;
        //this is how JSON.stringify behaves for array items
        default:
          return obj4;
      }
    }
    exports._deepClone = _deepClone;
    function isInteger(str) {
      var i = 0;
      var len = str.length;
      var charCode;
      while (i < len) {
        charCode = str.charCodeAt(i);
        if (charCode >= 48 && charCode <= 57) {
          i++;
          continue;
        }
        return false;
      }
      return true;
    }
    exports.isInteger = isInteger;
    function escapePathComponent(path) {
      if (path.indexOf("/") === -1 && path.indexOf("~") === -1)
        return path;
      return path.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapePathComponent = escapePathComponent;
    function unescapePathComponent(path) {
      return path.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapePathComponent = unescapePathComponent;
    function _getPathRecursive(root, obj4) {
      var found;
      for (var key2 in root) {
        if (hasOwnProperty(root, key2)) {
          if (root[key2] === obj4) {
            return escapePathComponent(key2) + "/";
          } else if (typeof root[key2] === "object") {
            found = _getPathRecursive(root[key2], obj4);
            if (found != "") {
              return escapePathComponent(key2) + "/" + found;
            }
          }
        }
      }
      return "";
    }
    exports._getPathRecursive = _getPathRecursive;
    function getPath(root, obj4) {
      if (root === obj4) {
        return "/";
      }
      var path = _getPathRecursive(root, obj4);
      if (path === "") {
        throw new Error("Object not found in root");
      }
      return "/" + path;
    }
    exports.getPath = getPath;
    function hasUndefined(obj4) {
      if (obj4 === void 0) {
        return true;
      }
      if (obj4) {
        if (Array.isArray(obj4)) {
          for (var i_1 = 0, len = obj4.length; i_1 < len; i_1++) {
            if (hasUndefined(obj4[i_1])) {
              return true;
            }
          }
        } else if (typeof obj4 === "object") {
          var objKeys = _objectKeys(obj4);
          var objKeysLength = objKeys.length;
          for (var i = 0; i < objKeysLength; i++) {
            if (hasUndefined(obj4[objKeys[i]])) {
              return true;
            }
          }
        }
      }
      return false;
    }
    exports.hasUndefined = hasUndefined;
    function patchErrorMessageFormatter(message, args) {
      var messageParts = [message];
      for (var key2 in args) {
        var value = typeof args[key2] === "object" ? JSON.stringify(args[key2], null, 2) : args[key2];
        if (typeof value !== "undefined") {
          messageParts.push(key2 + ": " + value);
        }
      }
      return messageParts.join("\n");
    }
    var PatchError = (
      /** @class */
      (function(_super) {
        __extends(PatchError2, _super);
        function PatchError2(message, name, index, operation, tree) {
          var _newTarget = this.constructor;
          var _this = _super.call(this, patchErrorMessageFormatter(message, { name, index, operation, tree })) || this;
          _this.name = name;
          _this.index = index;
          _this.operation = operation;
          _this.tree = tree;
          Object.setPrototypeOf(_this, _newTarget.prototype);
          _this.message = patchErrorMessageFormatter(message, { name, index, operation, tree });
          return _this;
        }
        return PatchError2;
      })(Error)
    );
    exports.PatchError = PatchError;
  }
});

// node_modules/fast-json-patch/commonjs/core.js
var require_core = __commonJS({
  "node_modules/fast-json-patch/commonjs/core.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js_1 = require_helpers();
    exports.JsonPatchError = helpers_js_1.PatchError;
    exports.deepClone = helpers_js_1._deepClone;
    var objOps = {
      add: function(obj4, key2, document) {
        obj4[key2] = this.value;
        return { newDocument: document };
      },
      remove: function(obj4, key2, document) {
        var removed = obj4[key2];
        delete obj4[key2];
        return { newDocument: document, removed };
      },
      replace: function(obj4, key2, document) {
        var removed = obj4[key2];
        obj4[key2] = this.value;
        return { newDocument: document, removed };
      },
      move: function(obj4, key2, document) {
        var removed = getValueByPointer(document, this.path);
        if (removed) {
          removed = helpers_js_1._deepClone(removed);
        }
        var originalValue = applyOperation(document, { op: "remove", path: this.from }).removed;
        applyOperation(document, { op: "add", path: this.path, value: originalValue });
        return { newDocument: document, removed };
      },
      copy: function(obj4, key2, document) {
        var valueToCopy = getValueByPointer(document, this.from);
        applyOperation(document, { op: "add", path: this.path, value: helpers_js_1._deepClone(valueToCopy) });
        return { newDocument: document };
      },
      test: function(obj4, key2, document) {
        return { newDocument: document, test: _areEquals(obj4[key2], this.value) };
      },
      _get: function(obj4, key2, document) {
        this.value = obj4[key2];
        return { newDocument: document };
      }
    };
    var arrOps = {
      add: function(arr, i, document) {
        if (helpers_js_1.isInteger(i)) {
          arr.splice(i, 0, this.value);
        } else {
          arr[i] = this.value;
        }
        return { newDocument: document, index: i };
      },
      remove: function(arr, i, document) {
        var removedList = arr.splice(i, 1);
        return { newDocument: document, removed: removedList[0] };
      },
      replace: function(arr, i, document) {
        var removed = arr[i];
        arr[i] = this.value;
        return { newDocument: document, removed };
      },
      move: objOps.move,
      copy: objOps.copy,
      test: objOps.test,
      _get: objOps._get
    };
    function getValueByPointer(document, pointer) {
      if (pointer == "") {
        return document;
      }
      var getOriginalDestination = { op: "_get", path: pointer };
      applyOperation(document, getOriginalDestination);
      return getOriginalDestination.value;
    }
    exports.getValueByPointer = getValueByPointer;
    function applyOperation(document, operation, validateOperation, mutateDocument, banPrototypeModifications, index) {
      if (validateOperation === void 0) {
        validateOperation = false;
      }
      if (mutateDocument === void 0) {
        mutateDocument = true;
      }
      if (banPrototypeModifications === void 0) {
        banPrototypeModifications = true;
      }
      if (index === void 0) {
        index = 0;
      }
      if (validateOperation) {
        if (typeof validateOperation == "function") {
          validateOperation(operation, 0, document, operation.path);
        } else {
          validator(operation, 0);
        }
      }
      if (operation.path === "") {
        var returnValue = { newDocument: document };
        if (operation.op === "add") {
          returnValue.newDocument = operation.value;
          return returnValue;
        } else if (operation.op === "replace") {
          returnValue.newDocument = operation.value;
          returnValue.removed = document;
          return returnValue;
        } else if (operation.op === "move" || operation.op === "copy") {
          returnValue.newDocument = getValueByPointer(document, operation.from);
          if (operation.op === "move") {
            returnValue.removed = document;
          }
          return returnValue;
        } else if (operation.op === "test") {
          returnValue.test = _areEquals(document, operation.value);
          if (returnValue.test === false) {
            throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
          }
          returnValue.newDocument = document;
          return returnValue;
        } else if (operation.op === "remove") {
          returnValue.removed = document;
          returnValue.newDocument = null;
          return returnValue;
        } else if (operation.op === "_get") {
          operation.value = document;
          return returnValue;
        } else {
          if (validateOperation) {
            throw new exports.JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document);
          } else {
            return returnValue;
          }
        }
      } else {
        if (!mutateDocument) {
          document = helpers_js_1._deepClone(document);
        }
        var path = operation.path || "";
        var keys = path.split("/");
        var obj4 = document;
        var t = 1;
        var len = keys.length;
        var existingPathFragment = void 0;
        var key2 = void 0;
        var validateFunction = void 0;
        if (typeof validateOperation == "function") {
          validateFunction = validateOperation;
        } else {
          validateFunction = validator;
        }
        while (true) {
          key2 = keys[t];
          if (key2 && key2.indexOf("~") != -1) {
            key2 = helpers_js_1.unescapePathComponent(key2);
          }
          if (banPrototypeModifications && (key2 == "__proto__" || key2 == "prototype" && t > 0 && keys[t - 1] == "constructor")) {
            throw new TypeError("JSON-Patch: modifying `__proto__` or `constructor/prototype` prop is banned for security reasons, if this was on purpose, please set `banPrototypeModifications` flag false and pass it to this function. More info in fast-json-patch README");
          }
          if (validateOperation) {
            if (existingPathFragment === void 0) {
              if (obj4[key2] === void 0) {
                existingPathFragment = keys.slice(0, t).join("/");
              } else if (t == len - 1) {
                existingPathFragment = operation.path;
              }
              if (existingPathFragment !== void 0) {
                validateFunction(operation, 0, document, existingPathFragment);
              }
            }
          }
          t++;
          if (Array.isArray(obj4)) {
            if (key2 === "-") {
              key2 = obj4.length;
            } else {
              if (validateOperation && !helpers_js_1.isInteger(key2)) {
                throw new exports.JsonPatchError("Expected an unsigned base-10 integer value, making the new referenced value the array element with the zero-based index", "OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index, operation, document);
              } else if (helpers_js_1.isInteger(key2)) {
                key2 = ~~key2;
              }
            }
            if (t >= len) {
              if (validateOperation && operation.op === "add" && key2 > obj4.length) {
                throw new exports.JsonPatchError("The specified index MUST NOT be greater than the number of elements in the array", "OPERATION_VALUE_OUT_OF_BOUNDS", index, operation, document);
              }
              var returnValue = arrOps[operation.op].call(operation, obj4, key2, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          } else {
            if (t >= len) {
              var returnValue = objOps[operation.op].call(operation, obj4, key2, document);
              if (returnValue.test === false) {
                throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
              }
              return returnValue;
            }
          }
          obj4 = obj4[key2];
          if (validateOperation && t < len && (!obj4 || typeof obj4 !== "object")) {
            throw new exports.JsonPatchError("Cannot perform operation at the desired path", "OPERATION_PATH_UNRESOLVABLE", index, operation, document);
          }
        }
      }
    }
    exports.applyOperation = applyOperation;
    function applyPatch(document, patch, validateOperation, mutateDocument, banPrototypeModifications) {
      if (mutateDocument === void 0) {
        mutateDocument = true;
      }
      if (banPrototypeModifications === void 0) {
        banPrototypeModifications = true;
      }
      if (validateOperation) {
        if (!Array.isArray(patch)) {
          throw new exports.JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
        }
      }
      if (!mutateDocument) {
        document = helpers_js_1._deepClone(document);
      }
      var results = new Array(patch.length);
      for (var i = 0, length_1 = patch.length; i < length_1; i++) {
        results[i] = applyOperation(document, patch[i], validateOperation, true, banPrototypeModifications, i);
        document = results[i].newDocument;
      }
      results.newDocument = document;
      return results;
    }
    exports.applyPatch = applyPatch;
    function applyReducer(document, operation, index) {
      var operationResult = applyOperation(document, operation);
      if (operationResult.test === false) {
        throw new exports.JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document);
      }
      return operationResult.newDocument;
    }
    exports.applyReducer = applyReducer;
    function validator(operation, index, document, existingPathFragment) {
      if (typeof operation !== "object" || operation === null || Array.isArray(operation)) {
        throw new exports.JsonPatchError("Operation is not an object", "OPERATION_NOT_AN_OBJECT", index, operation, document);
      } else if (!objOps[operation.op]) {
        throw new exports.JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document);
      } else if (typeof operation.path !== "string") {
        throw new exports.JsonPatchError("Operation `path` property is not a string", "OPERATION_PATH_INVALID", index, operation, document);
      } else if (operation.path.indexOf("/") !== 0 && operation.path.length > 0) {
        throw new exports.JsonPatchError('Operation `path` property must start with "/"', "OPERATION_PATH_INVALID", index, operation, document);
      } else if ((operation.op === "move" || operation.op === "copy") && typeof operation.from !== "string") {
        throw new exports.JsonPatchError("Operation `from` property is not present (applicable in `move` and `copy` operations)", "OPERATION_FROM_REQUIRED", index, operation, document);
      } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && operation.value === void 0) {
        throw new exports.JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_REQUIRED", index, operation, document);
      } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && helpers_js_1.hasUndefined(operation.value)) {
        throw new exports.JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED", index, operation, document);
      } else if (document) {
        if (operation.op == "add") {
          var pathLen = operation.path.split("/").length;
          var existingPathLen = existingPathFragment.split("/").length;
          if (pathLen !== existingPathLen + 1 && pathLen !== existingPathLen) {
            throw new exports.JsonPatchError("Cannot perform an `add` operation at the desired path", "OPERATION_PATH_CANNOT_ADD", index, operation, document);
          }
        } else if (operation.op === "replace" || operation.op === "remove" || operation.op === "_get") {
          if (operation.path !== existingPathFragment) {
            throw new exports.JsonPatchError("Cannot perform the operation at a path that does not exist", "OPERATION_PATH_UNRESOLVABLE", index, operation, document);
          }
        } else if (operation.op === "move" || operation.op === "copy") {
          var existingValue = { op: "_get", path: operation.from, value: void 0 };
          var error = validate2([existingValue], document);
          if (error && error.name === "OPERATION_PATH_UNRESOLVABLE") {
            throw new exports.JsonPatchError("Cannot perform the operation from a path that does not exist", "OPERATION_FROM_UNRESOLVABLE", index, operation, document);
          }
        }
      }
    }
    exports.validator = validator;
    function validate2(sequence, document, externalValidator) {
      try {
        if (!Array.isArray(sequence)) {
          throw new exports.JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
        }
        if (document) {
          applyPatch(helpers_js_1._deepClone(document), helpers_js_1._deepClone(sequence), externalValidator || true);
        } else {
          externalValidator = externalValidator || validator;
          for (var i = 0; i < sequence.length; i++) {
            externalValidator(sequence[i], i, document, void 0);
          }
        }
      } catch (e) {
        if (e instanceof exports.JsonPatchError) {
          return e;
        } else {
          throw e;
        }
      }
    }
    exports.validate = validate2;
    function _areEquals(a, b) {
      if (a === b)
        return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        var arrA = Array.isArray(a), arrB = Array.isArray(b), i, length, key2;
        if (arrA && arrB) {
          length = a.length;
          if (length != b.length)
            return false;
          for (i = length; i-- !== 0; )
            if (!_areEquals(a[i], b[i]))
              return false;
          return true;
        }
        if (arrA != arrB)
          return false;
        var keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length)
          return false;
        for (i = length; i-- !== 0; )
          if (!b.hasOwnProperty(keys[i]))
            return false;
        for (i = length; i-- !== 0; ) {
          key2 = keys[i];
          if (!_areEquals(a[key2], b[key2]))
            return false;
        }
        return true;
      }
      return a !== a && b !== b;
    }
    exports._areEquals = _areEquals;
  }
});

// node_modules/fast-json-patch/commonjs/duplex.js
var require_duplex = __commonJS({
  "node_modules/fast-json-patch/commonjs/duplex.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js_1 = require_helpers();
    var core_js_1 = require_core();
    var beforeDict = /* @__PURE__ */ new WeakMap();
    var Mirror = (
      /** @class */
      /* @__PURE__ */ (function() {
        function Mirror2(obj4) {
          this.observers = /* @__PURE__ */ new Map();
          this.obj = obj4;
        }
        return Mirror2;
      })()
    );
    var ObserverInfo = (
      /** @class */
      /* @__PURE__ */ (function() {
        function ObserverInfo2(callback, observer) {
          this.callback = callback;
          this.observer = observer;
        }
        return ObserverInfo2;
      })()
    );
    function getMirror(obj4) {
      return beforeDict.get(obj4);
    }
    function getObserverFromMirror(mirror, callback) {
      return mirror.observers.get(callback);
    }
    function removeObserverFromMirror(mirror, observer) {
      mirror.observers.delete(observer.callback);
    }
    function unobserve(root, observer) {
      observer.unobserve();
    }
    exports.unobserve = unobserve;
    function observe(obj4, callback) {
      var patches = [];
      var observer;
      var mirror = getMirror(obj4);
      if (!mirror) {
        mirror = new Mirror(obj4);
        beforeDict.set(obj4, mirror);
      } else {
        var observerInfo = getObserverFromMirror(mirror, callback);
        observer = observerInfo && observerInfo.observer;
      }
      if (observer) {
        return observer;
      }
      observer = {};
      mirror.value = helpers_js_1._deepClone(obj4);
      if (callback) {
        observer.callback = callback;
        observer.next = null;
        var dirtyCheck = function() {
          generate(observer);
        };
        var fastCheck = function() {
          clearTimeout(observer.next);
          observer.next = setTimeout(dirtyCheck);
        };
        if (typeof window !== "undefined") {
          window.addEventListener("mouseup", fastCheck);
          window.addEventListener("keyup", fastCheck);
          window.addEventListener("mousedown", fastCheck);
          window.addEventListener("keydown", fastCheck);
          window.addEventListener("change", fastCheck);
        }
      }
      observer.patches = patches;
      observer.object = obj4;
      observer.unobserve = function() {
        generate(observer);
        clearTimeout(observer.next);
        removeObserverFromMirror(mirror, observer);
        if (typeof window !== "undefined") {
          window.removeEventListener("mouseup", fastCheck);
          window.removeEventListener("keyup", fastCheck);
          window.removeEventListener("mousedown", fastCheck);
          window.removeEventListener("keydown", fastCheck);
          window.removeEventListener("change", fastCheck);
        }
      };
      mirror.observers.set(callback, new ObserverInfo(callback, observer));
      return observer;
    }
    exports.observe = observe;
    function generate(observer, invertible) {
      if (invertible === void 0) {
        invertible = false;
      }
      var mirror = beforeDict.get(observer.object);
      _generate(mirror.value, observer.object, observer.patches, "", invertible);
      if (observer.patches.length) {
        core_js_1.applyPatch(mirror.value, observer.patches);
      }
      var temp = observer.patches;
      if (temp.length > 0) {
        observer.patches = [];
        if (observer.callback) {
          observer.callback(temp);
        }
      }
      return temp;
    }
    exports.generate = generate;
    function _generate(mirror, obj4, patches, path, invertible) {
      if (obj4 === mirror) {
        return;
      }
      if (typeof obj4.toJSON === "function") {
        obj4 = obj4.toJSON();
      }
      var newKeys = helpers_js_1._objectKeys(obj4);
      var oldKeys = helpers_js_1._objectKeys(mirror);
      var changed = false;
      var deleted = false;
      for (var t = oldKeys.length - 1; t >= 0; t--) {
        var key2 = oldKeys[t];
        var oldVal = mirror[key2];
        if (helpers_js_1.hasOwnProperty(obj4, key2) && !(obj4[key2] === void 0 && oldVal !== void 0 && Array.isArray(obj4) === false)) {
          var newVal = obj4[key2];
          if (typeof oldVal == "object" && oldVal != null && typeof newVal == "object" && newVal != null && Array.isArray(oldVal) === Array.isArray(newVal)) {
            _generate(oldVal, newVal, patches, path + "/" + helpers_js_1.escapePathComponent(key2), invertible);
          } else {
            if (oldVal !== newVal) {
              changed = true;
              if (invertible) {
                patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(oldVal) });
              }
              patches.push({ op: "replace", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(newVal) });
            }
          }
        } else if (Array.isArray(mirror) === Array.isArray(obj4)) {
          if (invertible) {
            patches.push({ op: "test", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(oldVal) });
          }
          patches.push({ op: "remove", path: path + "/" + helpers_js_1.escapePathComponent(key2) });
          deleted = true;
        } else {
          if (invertible) {
            patches.push({ op: "test", path, value: mirror });
          }
          patches.push({ op: "replace", path, value: obj4 });
          changed = true;
        }
      }
      if (!deleted && newKeys.length == oldKeys.length) {
        return;
      }
      for (var t = 0; t < newKeys.length; t++) {
        var key2 = newKeys[t];
        if (!helpers_js_1.hasOwnProperty(mirror, key2) && obj4[key2] !== void 0) {
          patches.push({ op: "add", path: path + "/" + helpers_js_1.escapePathComponent(key2), value: helpers_js_1._deepClone(obj4[key2]) });
        }
      }
    }
    function compare(tree1, tree2, invertible) {
      if (invertible === void 0) {
        invertible = false;
      }
      var patches = [];
      _generate(tree1, tree2, patches, "", invertible);
      return patches;
    }
    exports.compare = compare;
  }
});

// node_modules/fast-json-patch/index.js
var require_fast_json_patch = __commonJS({
  "node_modules/fast-json-patch/index.js"(exports) {
    var core = require_core();
    Object.assign(exports, core);
    var duplex = require_duplex();
    Object.assign(exports, duplex);
    var helpers = require_helpers();
    exports.JsonPatchError = helpers.PatchError;
    exports.deepClone = helpers._deepClone;
    exports.escapePathComponent = helpers.escapePathComponent;
    exports.unescapePathComponent = helpers.unescapePathComponent;
  }
});

// src/errors.ts
var TollgateError = class extends Error {
  code;
  file;
  line;
  column;
  /** One sentence telling the user what to do about it. */
  hint;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "TollgateError";
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }
  /** Exit status per SPEC §2: 3 for attestations, 2 for every usage, config, input or render error. */
  get exitCode() {
    return this.code === "attestation" ? 3 : 2;
  }
};
function formatError(error) {
  let where = "";
  if (error.file) {
    where = error.file;
    if (error.line) where += `:${error.line}`;
    if (error.line && error.column) where += `:${error.column}`;
    where += ": ";
  }
  const lines = [`tollgate: ${where}${error.message}`];
  if (error.hint) lines.push(`  ${error.hint}`);
  return lines.join("\n");
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key2 of keys) if (object[key2] !== void 0) result[key2] = object[key2];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj4 = data;
    for (const key2 of Object.keys(obj4)) map.set(key2, obj4[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts2.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError2(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError2(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError2(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold2 = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold2.breaks);
      position = captureStart = captureEnd = fold2.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold2 = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold2.breaks);
      position = captureStart = captureEnd = fold2.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold2 = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold2.breaks);
      position = captureStart = captureEnd = fold2.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar2) {
  if (scalar2.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar2;
  if (scalar2.fast) return input.slice(valueStart, valueEnd);
  switch (scalar2.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar2.indent, scalar2.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar2.indent, scalar2.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key2, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key2) && !frame.overridable?.has(key2)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key2, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key2);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key2 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key2, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair2 = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair2 = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair2 = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair2) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair2) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/manifest/scalars.ts
var BOOLEANS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"].map((s) => [s, true]),
  ...["n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"].map((s) => [s, false])
]);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var SPECIAL_FLOATS = /* @__PURE__ */ new Set([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var SIMPLE_DECIMAL = /^-?[1-9][0-9]{0,14}$/;
var DIGITS = { 2: /^[01]+$/, 8: /^[0-7]*$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };
var INT64_MIN = -(2n ** 63n);
var UINT64_MAX = 2n ** 64n - 1n;
function parseGoInteger(s) {
  let negative = false;
  let body = s;
  if (body[0] === "+" || body[0] === "-") {
    negative = body[0] === "-";
    body = body.slice(1);
  }
  if (body === "") return void 0;
  let base = 10;
  if (body[0] === "0") {
    const prefix = body.length >= 3 ? body[1].toLowerCase() : "";
    if (prefix === "b") [base, body] = [2, body.slice(2)];
    else if (prefix === "o") [base, body] = [8, body.slice(2)];
    else if (prefix === "x") [base, body] = [16, body.slice(2)];
    else [base, body] = [8, body.slice(1)];
  }
  if (!DIGITS[base].test(body)) return void 0;
  let value = 0n;
  const b = BigInt(base);
  for (const ch of body) value = value * b + BigInt(parseInt(ch, base));
  if (negative) value = -value;
  if (negative ? value < INT64_MIN : value > UINT64_MAX) return void 0;
  return value;
}
function resolvePlainScalar(source) {
  if (source === "") return null;
  const first = source.charCodeAt(0);
  const numeric = first === 43 || first === 45 || first === 46 || first >= 48 && first <= 57;
  if (!numeric) {
    if (NULLS.has(source)) return null;
    const bool = BOOLEANS.get(source);
    return bool === void 0 ? NOT_RESOLVED : bool;
  }
  if (SIMPLE_DECIMAL.test(source) || source === "0") return Number(source);
  if (SPECIAL_FLOATS.has(source)) return new NonFiniteNumber(source);
  if (first === 46) {
    if (!/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(source)) return NOT_RESOLVED;
    const value = Number(source);
    return Number.isFinite(value) ? value : NOT_RESOLVED;
  }
  const plain = source.includes("_") ? source.replaceAll("_", "") : source;
  const integer = parseGoInteger(plain);
  if (integer !== void 0) return Number(integer);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = Number(plain);
    if (Number.isFinite(value)) return value;
  }
  return NOT_RESOLVED;
}
var NonFiniteNumber = class {
  constructor(source) {
    this.source = source;
  }
  source;
};

// src/manifest/fast-yaml.ts
var UNSUPPORTED = /* @__PURE__ */ Symbol("unsupported");
var Unsupported = class extends Error {
};
var bail = () => {
  throw new Unsupported();
};
var SPACE = 32;
var TAB = 9;
var HASH = 35;
function scanLines(text) {
  const lines = [];
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    let i = pos;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === TAB) {
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
function commentStart(text, from, end) {
  let at = text.indexOf("#", from);
  while (at >= 0 && at < end) {
    if (at === from) return at;
    const prev = text.charCodeAt(at - 1);
    if (prev === SPACE || prev === TAB) return at;
    at = text.indexOf("#", at + 1);
  }
  return end;
}
function trimEndIndex(text, from, end) {
  while (end > from) {
    const c = text.charCodeAt(end - 1);
    if (c !== SPACE && c !== TAB) break;
    end--;
  }
  return end;
}
function skipSpaces(text, at, end) {
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c !== SPACE && c !== TAB) break;
    at++;
  }
  return at;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_LENGTH = { x: 2, u: 4, U: 8 };
function readEscape(text, i, end) {
  const e = text[i + 1];
  if (e === void 0 || i + 1 >= end) bail();
  const hex = HEX_LENGTH[e];
  if (hex) {
    const digits = text.slice(i + 2, i + 2 + hex);
    if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) bail();
    const code = parseInt(digits, 16);
    if (code > 1114111) bail();
    return [String.fromCodePoint(code), i + 2 + hex];
  }
  const mapped = ESCAPES[e];
  if (mapped === void 0) bail();
  return [mapped, i + 2];
}
function doubleQuoted(text, at, end) {
  let out = "";
  let i = at + 1;
  let chunk = i;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 34) return [out + text.slice(chunk, i), i + 1];
    if (c === 92) {
      out += text.slice(chunk, i);
      let escaped;
      [escaped, i] = readEscape(text, i, end);
      out += escaped;
      chunk = i;
      continue;
    }
    i++;
  }
  return bail();
}
function singleQuoted(text, at, end) {
  let out = "";
  let i = at + 1;
  for (; ; ) {
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
var NOT_PLAIN_START = /* @__PURE__ */ new Set([..."?:,[]{}#&*!|>'\"%@`"]);
function plainValue(source) {
  const resolved = resolvePlainScalar(source);
  if (resolved === NOT_RESOLVED) return source;
  if (typeof resolved === "object" && resolved !== null) bail();
  return resolved;
}
function setKey(map, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(map, key2, { value, enumerable: true, configurable: true, writable: true });
  else map[key2] = value;
}
var Parser = class {
  constructor(text) {
    this.text = text;
    this.lines = scanLines(text);
  }
  text;
  lines;
  index = 0;
  /** Advances past blank and comment lines; returns the next content line or undefined. */
  peek() {
    while (this.index < this.lines.length && this.lines[this.index].empty) this.index++;
    return this.lines[this.index];
  }
  /** Whether a line is a `---` or `...` document marker. */
  isMarker(line) {
    const { text } = this;
    if (line.indent !== 0 || line.end - line.start < 3) return false;
    if (!text.startsWith("---", line.start) && !text.startsWith("...", line.start)) return false;
    const next = text.charCodeAt(line.start + 3);
    return line.start + 3 === line.end || next === SPACE || next === TAB;
  }
  document() {
    let line = this.peek();
    if (!line) return void 0;
    const { text } = this;
    for (let i = this.index + 1; i < this.lines.length; i++) if (this.isMarker(this.lines[i])) bail();
    if (this.isMarker(line) && text.startsWith("...", line.start)) bail();
    if (this.isMarker(line)) {
      const after = skipSpaces(text, line.start + 3, line.end);
      if (after < line.end && text.charCodeAt(after) !== HASH) bail();
      this.index++;
      line = this.peek();
      if (!line) return void 0;
    }
    const c = text.charCodeAt(line.start + line.indent);
    if (c === 37) bail();
    const value = this.node(line, line.start + line.indent, -1);
    if (this.peek()) bail();
    return value;
  }
  /**
   * A block node whose first character is at `col` on `line`, inside a parent
   * indented `parentIndent`.
   */
  node(line, col, parentIndent) {
    const { text } = this;
    const c = text.charCodeAt(col);
    const indent = col - line.start;
    if (c === 45 && (col + 1 === line.end || text.charCodeAt(col + 1) === SPACE)) {
      return this.sequence(line, col, indent);
    }
    if (this.isMappingStart(line, col)) return this.mapping(line, col, indent);
    return this.inlineValue(line, col, parentIndent, false);
  }
  /** Whether the text at `col` is a `key:` entry. */
  isMappingStart(line, col) {
    const { text } = this;
    const c = text.charCodeAt(col);
    if (c === 34 || c === 39) {
      const [, after] = c === 34 ? doubleQuoted(text, col, line.end) : singleQuoted(text, col, line.end);
      const next = skipSpaces(text, after, line.end);
      return text.charCodeAt(next) === 58 && (next + 1 === line.end || text.charCodeAt(next + 1) === SPACE || text.charCodeAt(next + 1) === TAB);
    }
    if (c === 91 || c === 123) return false;
    const stop = commentStart(text, col, line.end);
    let at = text.indexOf(":", col);
    while (at >= 0 && at < stop) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= line.end || next === SPACE || next === TAB) return true;
      at = text.indexOf(":", at + 1);
    }
    return false;
  }
  /** Reads `key:` at `col`; returns the key and the offset after the colon. */
  key(line, col) {
    const { text } = this;
    const c = text.charCodeAt(col);
    let key2;
    let after;
    if (c === 34 || c === 39) {
      [key2, after] = c === 34 ? doubleQuoted(text, col, line.end) : singleQuoted(text, col, line.end);
      after = skipSpaces(text, after, line.end);
      if (text.charCodeAt(after) !== 58) bail();
      return [key2, after + 1];
    }
    if (c === 63 || c === 60 || NOT_PLAIN_START.has(text[col])) bail();
    let at = text.indexOf(":", col);
    for (; ; ) {
      if (at < 0 || at >= line.end) bail();
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= line.end || next === SPACE || next === TAB) break;
      at = text.indexOf(":", at + 1);
    }
    const raw = text.slice(col, trimEndIndex(text, col, at));
    if (raw === "" || raw.includes(" #")) bail();
    const resolved = resolvePlainScalar(raw);
    if (resolved === null || typeof resolved === "object") bail();
    key2 = resolved === NOT_RESOLVED ? raw : String(resolved);
    return [key2, at + 1];
  }
  mapping(first, firstCol, indent) {
    const map = {};
    let line = first;
    let col = firstCol;
    for (; ; ) {
      const [key2, afterColon] = this.key(line, col);
      setKey(map, key2, this.value(line, afterColon, indent, true));
      line = this.peek();
      if (!line || line.indent !== indent) break;
      col = line.start + indent;
      if (this.text.charCodeAt(col) === 45 && (col + 1 === line.end || this.text.charCodeAt(col + 1) === SPACE)) break;
    }
    if (line && line.indent > indent) bail();
    return map;
  }
  sequence(first, firstCol, indent) {
    const list2 = [];
    let line = first;
    let col = firstCol;
    const { text } = this;
    for (; ; ) {
      const itemCol = skipSpaces(text, col + 1, line.end);
      if (itemCol >= line.end || text.charCodeAt(itemCol) === HASH) {
        this.index++;
        const next = this.peek();
        if (next && next.indent > indent) list2.push(this.node(next, next.start + next.indent, indent));
        else list2.push(null);
      } else {
        const c = text.charCodeAt(itemCol);
        if (c === 45 && (itemCol + 1 === line.end || text.charCodeAt(itemCol + 1) === SPACE) || this.isMappingStart(line, itemCol)) {
          list2.push(this.node(line, itemCol, indent));
        } else {
          list2.push(this.value(line, itemCol, indent, false));
        }
      }
      line = this.peek();
      if (!line || line.indent !== indent) break;
      col = line.start + indent;
      if (!(text.charCodeAt(col) === 45 && (col + 1 === line.end || text.charCodeAt(col + 1) === SPACE))) break;
    }
    if (line && line.indent > indent) bail();
    return list2;
  }
  /**
   * The value after `key:` (or after `- `) starting at `from` on `line`. Leaves
   * the cursor on the first line after the value.
   */
  value(line, from, indent, inMapping) {
    const { text } = this;
    const at = skipSpaces(text, from, line.end);
    if (at >= line.end || text.charCodeAt(at) === HASH) {
      this.index++;
      const next = this.peek();
      if (!next) return null;
      if (next.indent > indent) return this.node(next, next.start + next.indent, indent);
      const col = next.start + next.indent;
      if (inMapping && next.indent === indent && text.charCodeAt(col) === 45 && (col + 1 === next.end || text.charCodeAt(col + 1) === SPACE)) {
        return this.sequence(next, col, indent);
      }
      return null;
    }
    if (at === from && inMapping) bail();
    return this.inlineValue(line, at, indent, inMapping);
  }
  /**
   * A scalar, block scalar or flow collection starting at `at`, the value of a
   * node whose parent is indented `indent`.
   */
  inlineValue(line, at, indent, inMapping) {
    const { text } = this;
    const c = text.charCodeAt(at);
    let value;
    let after;
    if (c === 124 || c === 62) return this.blockScalar(line, at, indent, inMapping);
    if (c === 34 || c === 39) {
      [value, after] = this.quoted(at, indent);
      while (this.lines[this.index].end < after) this.index++;
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
  plain(line, at, indent) {
    const { text, lines } = this;
    const c = text.charCodeAt(at);
    if (NOT_PLAIN_START.has(text[at])) bail();
    if (c === 45 && (at + 1 === line.end || text.charCodeAt(at + 1) === SPACE)) bail();
    const comment = commentStart(text, at, line.end);
    let value = text.slice(at, trimEndIndex(text, at, comment));
    if (value.includes(": ") || value.endsWith(":")) bail();
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
        if (end < l.end || part.includes(": ") || part.endsWith(":")) bail();
        value += breaks ? "\n".repeat(breaks) : " ";
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
  quoted(at, indent) {
    const { text } = this;
    const double = text.charCodeAt(at) === 34;
    let out = "";
    let kept = 0;
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
        out = out.slice(0, kept);
        let breaks = 0;
        let j = i + 1;
        for (; ; ) {
          let k = j;
          while (k < length && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
          if (text.charCodeAt(k) === 10) {
            breaks++;
            j = k + 1;
            continue;
          }
          if (k >= length) bail();
          let spaces = j;
          while (text.charCodeAt(spaces) === SPACE) spaces++;
          if (spaces - j <= indent || spaces === j && (text.startsWith("---", j) || text.startsWith("...", j))) bail();
          i = k;
          break;
        }
        out += breaks ? "\n".repeat(breaks) : " ";
        kept = out.length;
        continue;
      }
      if (double && c === 92) {
        const e = text[i + 1];
        if (e === "\n") {
          kept = out.length;
          i += 2;
          while (i < length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
          continue;
        }
        let escaped;
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
  blockScalar(line, at, indent, inMapping) {
    const { text } = this;
    const literal = text.charCodeAt(at) === 124;
    let chomp = "clip";
    let explicit = 0;
    let i = at + 1;
    for (; i < line.end; i++) {
      const ch = text[i];
      if (ch === "-" || ch === "+") {
        if (chomp !== "clip") bail();
        chomp = ch === "-" ? "strip" : "keep";
      } else if (ch >= "1" && ch <= "9") {
        if (explicit || !inMapping) bail();
        explicit = Number(ch);
      } else break;
    }
    const rest = skipSpaces(text, i, line.end);
    if (rest < line.end && (text.charCodeAt(rest) !== HASH || rest === i)) bail();
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
      if (contentIndent <= indent) contentIndent = 0;
      if (contentIndent && maxLeadingBlank > contentIndent) bail();
    }
    const body = [];
    for (; index < lines.length; index++) {
      const l = lines[index];
      const blank = l.start + l.indent === l.end;
      if (blank) {
        body.push(l.end - l.start > contentIndent ? text.slice(l.start + contentIndent, l.end) : "");
        continue;
      }
      if (!contentIndent || l.indent < contentIndent) break;
      if (text.slice(l.start, l.start + contentIndent).includes("	")) bail();
      body.push(text.slice(l.start + contentIndent, l.end));
    }
    let last = body.length;
    while (last > 0 && body[last - 1] === "") last--;
    const trailing = body.length - last;
    this.index = index;
    const content = body.slice(0, last);
    let value = literal ? content.join("\n") : fold(content);
    if (content.length === 0) {
      return chomp === "keep" ? "\n".repeat(trailing) : "";
    }
    if (chomp === "clip") value += "\n";
    else if (chomp === "keep") value += "\n".repeat(1 + trailing);
    return value;
  }
};
function fold(lines) {
  let out = "";
  let pendingBreaks = 0;
  let prevText;
  const moreIndented = (s) => s.startsWith(" ") || s.startsWith("	");
  for (const line of lines) {
    if (line === "") {
      pendingBreaks++;
      continue;
    }
    if (prevText !== void 0) {
      if (pendingBreaks > 0) {
        out += moreIndented(prevText) || moreIndented(line) ? "\n".repeat(pendingBreaks + 1) : "\n".repeat(pendingBreaks);
      } else {
        out += moreIndented(prevText) || moreIndented(line) ? "\n" : " ";
      }
    } else if (pendingBreaks > 0) {
      out += "\n".repeat(pendingBreaks);
    }
    out += line;
    prevText = line;
    pendingBreaks = 0;
  }
  return out;
}
var FlowParser = class {
  constructor(text, end) {
    this.text = text;
    this.end = end;
  }
  text;
  end;
  parse(at) {
    return this.node(skipSpaces(this.text, at, this.end));
  }
  node(at) {
    const c = this.text.charCodeAt(at);
    if (c === 91) return this.list(at);
    if (c === 123) return this.map(at);
    if (c === 34) return doubleQuoted(this.text, at, this.end);
    if (c === 39) return singleQuoted(this.text, at, this.end);
    return this.plain(at);
  }
  plain(at) {
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
    if (raw === "") bail();
    return [plainValue(raw), i];
  }
  list(at) {
    const { text } = this;
    const out = [];
    let i = skipSpaces(text, at + 1, this.end);
    if (text.charCodeAt(i) === 93) return [out, i + 1];
    for (; ; ) {
      const [value, after] = this.node(i);
      i = skipSpaces(text, after, this.end);
      if (text.charCodeAt(i) === 58) bail();
      out.push(value);
      const c = text.charCodeAt(i);
      if (c === 93) return [out, i + 1];
      if (c !== 44) bail();
      i = skipSpaces(text, i + 1, this.end);
      if (text.charCodeAt(i) === 93) return [out, i + 1];
    }
  }
  map(at) {
    const { text } = this;
    const out = {};
    let i = skipSpaces(text, at + 1, this.end);
    if (text.charCodeAt(i) === 125) return [out, i + 1];
    for (; ; ) {
      const [rawKey, afterKey] = this.node(i);
      if (rawKey === null || typeof rawKey === "object") bail();
      i = skipSpaces(text, afterKey, this.end);
      if (text.charCodeAt(i) !== 58) bail();
      i = skipSpaces(text, i + 1, this.end);
      let value = null;
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
};
var UNUSUAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r\ufeff]/;
function fastDecode(text) {
  if (UNUSUAL.test(text)) return UNSUPPORTED;
  try {
    return new Parser(text).document();
  } catch (error) {
    if (error instanceof Unsupported) return UNSUPPORTED;
    throw error;
  }
}

// src/manifest/k8s-yaml.ts
var plainScalarTag = defineScalarTag("tag:tollgate.dev,2026:k8s-implicit", {
  implicit: true,
  resolve: (source) => resolvePlainScalar(source),
  identify: () => false
});
var explicitTag = (name, convert) => defineScalarTag(`tag:yaml.org,2002:${name}`, {
  resolve: (source) => convert(source),
  identify: () => false
});
var resolvedAs = (predicate) => (source) => {
  const value = resolvePlainScalar(source);
  return predicate(value) ? value : source;
};
var anyLocalScalar = defineScalarTag("!", {
  matchByTagPrefix: true,
  resolve: (source) => source,
  identify: () => false
});
var anyLocalSequence = defineSequenceTag("!", {
  matchByTagPrefix: true,
  create: () => [],
  addItem: (list2, item) => {
    list2.push(item);
  },
  identify: () => false
});
var anyLocalMapping = defineMappingTag("!", {
  ...mapTag,
  matchByTagPrefix: true,
  identify: () => false
});
var keyedMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: () => false,
  addPair: (container, key2, value) => {
    if (key2 === null || key2 === void 0) return "a mapping key is null, which Kubernetes cannot decode";
    if (typeof key2 === "object") return "a mapping key is a collection, which Kubernetes cannot decode";
    const name = String(key2);
    if (name === "__proto__") {
      Object.defineProperty(container, name, { value, enumerable: true, configurable: true, writable: true });
    } else {
      container[name] = value;
    }
    return "";
  },
  has: (container, key2) => Object.prototype.hasOwnProperty.call(container, String(key2)),
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const name = String(key2);
    return Object.prototype.hasOwnProperty.call(container, name) ? container[name] : null;
  }
});
var KUBERNETES_SCHEMA = new Schema([
  strTag,
  seqTag,
  keyedMapTag,
  mergeTag,
  plainScalarTag,
  explicitTag("int", resolvedAs((v) => typeof v === "number")),
  explicitTag("float", resolvedAs((v) => typeof v === "number")),
  explicitTag("bool", resolvedAs((v) => typeof v === "boolean")),
  explicitTag("null", () => null),
  explicitTag("timestamp", (s) => s),
  explicitTag("binary", (s) => Buffer.from(s.replace(/\s/g, ""), "base64").toString("utf8")),
  anyLocalScalar,
  anyLocalSequence,
  anyLocalMapping
]);
var MAX_DEPTH = 1e3;
var MAX_EXPANDED_NODES = 2e6;
var YamlDecodeError = class extends Error {
  constructor(problem) {
    super(problem.message);
    this.problem = problem;
  }
  problem;
};
var MAY_HAVE_NON_FINITE = /\.(?:inf|Inf|INF|nan|NaN|NAN)\b/;
var MAY_HAVE_ALIAS = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/;
function decodeDocument(text) {
  const fast = fastDecode(text);
  if (fast !== UNSUPPORTED) return fast;
  return decodeDocumentFully(text);
}
function decodeDocumentFully(text) {
  let value;
  try {
    const docs = loadDocuments2(text);
    if (docs.length > 1) {
      throw new YamlDecodeError({ message: "expected a single document" });
    }
    value = docs[0];
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      throw new YamlDecodeError({
        message: error.reason || "invalid YAML",
        line: mark ? mark.line + 1 : void 0,
        column: mark ? mark.column + 1 : void 0
      });
    }
    throw error;
  }
  if (value === void 0 || value === null) return value ?? void 0;
  if (MAY_HAVE_ALIAS.test(text)) {
    const size = expandedSize(value, /* @__PURE__ */ new Map());
    if (size > MAX_EXPANDED_NODES) {
      throw new YamlDecodeError({
        message: `document expands to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes through aliases (a YAML alias bomb?)`
      });
    }
    value = cloneTree(value);
  }
  if (MAY_HAVE_NON_FINITE.test(text)) checkFinite(value);
  return value;
}
function loadDocuments2(text) {
  return loadAll(text, { schema: KUBERNETES_SCHEMA, json: true, maxDepth: MAX_DEPTH });
}
function cloneTree(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneTree);
  const out = {};
  for (const key2 of Object.keys(value)) {
    const child = cloneTree(value[key2]);
    if (key2 === "__proto__") Object.defineProperty(out, key2, { value: child, enumerable: true, configurable: true, writable: true });
    else out[key2] = child;
  }
  return out;
}
function expandedSize(value, memo) {
  if (value === null || typeof value !== "object") return 1;
  const known = memo.get(value);
  if (known !== void 0) return known;
  memo.set(value, 1);
  let size = 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    size += expandedSize(child, memo);
    if (size > MAX_EXPANDED_NODES) break;
  }
  memo.set(value, size);
  return size;
}
function checkFinite(value, path = "") {
  if (value instanceof NonFiniteNumber) {
    throw new YamlDecodeError({
      message: `${path || "value"} is ${value.source}: Kubernetes cannot convert NaN or infinity to JSON (quote it to keep a string)`
    });
  }
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== null && typeof item === "object") checkFinite(item, `${path}/${i}`);
    }
  } else {
    for (const key2 in value) {
      const item = value[key2];
      if (item !== null && typeof item === "object") checkFinite(item, `${path}/${key2}`);
    }
  }
}

// raw-text:src/cost/catalog.yaml
var catalog_default = '# tollgate\'s embedded price catalog: list prices, on-demand, USD, per hour\n# unless said otherwise. `profiles.<name>` has the shape of a prices file\n# (README: "Price catalog"); `sources` says where each figure comes from.\n# These are public list prices as published on the dates given; negotiated\n# discounts, savings plans and committed-use rates differ: override them with\n# `--prices FILE` or `prices:` in .tollgate.yaml.\n\n# GPU models: the canonical key, then the label values that name it\n# (nvidia.com/gpu.product, cloud.google.com/gke-accelerator,\n# karpenter.k8s.aws/instance-gpu-name). Matching ignores case, a leading\n# "nvidia"/"tesla" and separators.\ngpuModels:\n  t4: [nvidia-tesla-t4, Tesla-T4, NVIDIA-T4, Tesla-T4-SHARED, t4]\n  l4: [nvidia-l4, NVIDIA-L4, l4]\n  l40s: [nvidia-l40s, NVIDIA-L40S, l40s]\n  a10g: [nvidia-a10g, NVIDIA-A10G, a10g]\n  a10: [nvidia-a10, NVIDIA-A10, a10]\n  v100: [nvidia-tesla-v100, Tesla-V100-SXM2-16GB, Tesla-V100-PCIE-16GB, NVIDIA-V100, v100]\n  a100-40gb: [nvidia-tesla-a100, NVIDIA-A100-SXM4-40GB, NVIDIA-A100-PCIE-40GB, NVIDIA-A100-40GB, a100, a100-40gb]\n  a100-80gb: [nvidia-a100-80gb, NVIDIA-A100-SXM4-80GB, NVIDIA-A100-80GB-PCIe, NVIDIA-A100-80GB, a100-80gb]\n  h100: [nvidia-h100-80gb, nvidia-h100-mega-80gb, NVIDIA-H100-80GB-HBM3, NVIDIA-H100-SXM5-80GB, NVIDIA-H100-PCIe, h100]\n  h200: [nvidia-h200-141gb, NVIDIA-H200, NVIDIA-H200-141GB-HBM3e, h200]\n\n# Instance families (node.kubernetes.io/instance-type) whose GPU model is known.\ninstanceFamilies:\n  g4dn: t4\n  g5: a10g\n  g6: l4\n  g6e: l40s\n  p3: v100\n  p4d: a100-40gb\n  p4de: a100-80gb\n  p5: h100\n  p5e: h200\n  p5en: h200\n  a2-highgpu: a100-40gb\n  a2-megagpu: a100-40gb\n  a2-ultragpu: a100-80gb\n  a3-highgpu: h100\n  a3-megagpu: h100\n  g2-standard: l4\n  Standard_NC4as_T4_v3: t4\n  Standard_NC8as_T4_v3: t4\n  Standard_NC16as_T4_v3: t4\n  Standard_NC64as_T4_v3: t4\n  Standard_NC24ads_A100_v4: a100-80gb\n  Standard_NC48ads_A100_v4: a100-80gb\n  Standard_NC96ads_A100_v4: a100-80gb\n  Standard_NC40ads_H100_v5: h100\n  Standard_NC80adis_H100_v5: h100\n\nprofiles:\n  opencost:\n    description: OpenCost\'s default custom-pricing figures, used when no cloud price is known\n    currency: USD\n    hoursPerMonth: 730\n    cpu: 0.031611\n    memory: 0.004237\n    spot: { cpu: 0.21053, memory: 0.21053, gpu: 0.21053 }\n    gpu: { default: 0.95 }\n    gpuTimeSliceFraction: 0.25\n    storage: { default: 0.04 }\n    loadBalancer: 18.25\n    sources:\n      cpu: OpenCost default pricing (configs/default.json, CPU "0.031611" per vCPU-hour)\n      memory: OpenCost default pricing (configs/default.json, RAM "0.004237" per GiB-hour)\n      spot: OpenCost default spotCPU 0.006655 and spotRAM 0.000892 as ratios of CPU and RAM (0.006655 / 0.031611 = 0.21053); GPU takes the same ratio\n      gpu: OpenCost default pricing (configs/default.json, GPU "0.95" per GPU-hour)\n      gpuTimeSliceFraction: tollgate\'s default share of a GPU for one nvidia.com/gpu.shared replica (4 replicas per GPU)\n      storage: OpenCost default pricing (configs/default.json, storage "0.00005479452" per GiB-hour = 0.04 per GiB-month at 730 h)\n      loadBalancer: 0.025 per hour (AWS and GCP list price for a load balancer or forwarding rule) \xD7 730 h\n\n  aws:\n    description: AWS us-east-1 list prices (checked 2025)\n    currency: USD\n    hoursPerMonth: 730\n    cpu: 0.04048\n    memory: 0.004445\n    spot: { cpu: 0.3, memory: 0.3, gpu: 0.35 }\n    gpu:\n      default: 0.95\n      t4: 0.526\n      l4: 0.805\n      l40s: 1.861\n      a10g: 1.006\n      v100: 3.06\n      a100-40gb: 2.745\n      a100-80gb: 3.431\n      h100: 6.88\n      h200: 7.91\n    gpuTimeSliceFraction: 0.25\n    storage: { default: 0.08, gp3: 0.08, gp2: 0.10, io1: 0.125, io2: 0.125, st1: 0.045, sc1: 0.015, efs-sc: 0.30 }\n    loadBalancer: 18.25\n    sources:\n      cpu: AWS Fargate pricing, us-east-1, Linux/x86, per vCPU-hour\n      memory: AWS Fargate pricing, us-east-1, per GB-hour\n      spot: Fargate Spot is discounted up to 70% (0.3); EC2 Spot GPU instances typically 60-70% off (0.35)\n      gpu: EC2 on-demand us-east-1 instance price \xF7 GPUs per instance \u2014 g4dn.xlarge (T4) 0.526, g6.xlarge (L4) 0.8048, g6e.xlarge (L40S) 1.861, g5.xlarge (A10G) 1.006, p3.2xlarge (V100) 3.06, p4d.24xlarge (A100 40GB) 21.96 / 8, p4de.24xlarge (A100 80GB) 27.45 / 8, p5.48xlarge (H100) 55.04 / 8, p5en.48xlarge (H200) 63.30 / 8\n      storage: Amazon EBS pricing us-east-1 per GB-month \u2014 gp3 0.08, gp2 0.10, io1/io2 0.125, st1 0.045, sc1 0.015; EFS Standard 0.30\n      loadBalancer: Elastic Load Balancing, 0.025 per hour (Classic/NLB hourly charge, LCUs not included) \xD7 730 h\n\n  gcp:\n    description: Google Cloud us-central1 list prices (checked 2025)\n    currency: USD\n    hoursPerMonth: 730\n    cpu: 0.0445\n    memory: 0.0049225\n    spot: { cpu: 0.3, memory: 0.3, gpu: 0.3 }\n    gpu:\n      default: 0.95\n      t4: 0.35\n      l4: 0.5603\n      v100: 2.48\n      a100-40gb: 2.934\n      a100-80gb: 3.93\n      h100: 11.06\n    gpuTimeSliceFraction: 0.25\n    storage: { default: 0.10, standard: 0.04, standard-rwo: 0.10, premium-rwo: 0.17 }\n    loadBalancer: 18.25\n    sources:\n      cpu: GKE Autopilot general-purpose pods, us-central1, per vCPU-hour\n      memory: GKE Autopilot general-purpose pods, us-central1, per GB-hour\n      spot: GKE Spot Pods are discounted 60-91%; 0.3 is a conservative ratio\n      gpu: Compute Engine GPU pricing us-central1 per GPU-hour (T4 0.35, L4 0.5603, V100 2.48, A100 40GB 2.934, A100 80GB 3.93); H100 from a3-highgpu-8g 88.49 / 8 with its VM share\n      storage: Persistent Disk per GB-month \u2014 pd-standard 0.04, pd-balanced 0.10 (GKE standard-rwo, the default), pd-ssd 0.17 (premium-rwo)\n      loadBalancer: Cloud Load Balancing forwarding rule, 0.025 per hour \xD7 730 h\n\n  azure:\n    description: Azure East US list prices (checked 2025)\n    currency: USD\n    hoursPerMonth: 730\n    cpu: 0.0405\n    memory: 0.00445\n    spot: { cpu: 0.3, memory: 0.3, gpu: 0.3 }\n    gpu:\n      default: 0.95\n      t4: 0.526\n      v100: 3.06\n      a100-80gb: 3.673\n      h100: 6.98\n    gpuTimeSliceFraction: 0.25\n    storage: { default: 0.075, managed-csi: 0.075, managed-csi-premium: 0.154, managed-premium: 0.154, azurefile-csi: 0.06 }\n    loadBalancer: 18.25\n    sources:\n      cpu: Azure Container Instances, East US, Linux, 0.0000113 per vCPU-second\n      memory: Azure Container Instances, East US, Linux, 0.0000012361 per GB-second\n      spot: Azure Spot VMs and Spot container groups are discounted up to 70-90%; 0.3 is a conservative ratio\n      gpu: Azure VM pay-as-you-go East US \xF7 GPUs \u2014 NC4as T4 v3 (T4) 0.526, NC6s v3 (V100) 3.06, NC24ads A100 v4 (A100 80GB) 3.673, NC40ads H100 v5 (H100) 6.98\n      storage: Azure Managed Disks per GiB-month from 128 GiB tiers \u2014 Standard SSD E10 9.60 / 128 = 0.075, Premium SSD P10 19.71 / 128 = 0.154; Azure Files transaction optimized 0.06\n      loadBalancer: Azure Standard Load Balancer, first 5 rules 0.025 per hour \xD7 730 h\n';

// src/cost/prices.ts
var PRICE_PROFILES = ["opencost", "aws", "gcp", "azure"];
var catalog;
function priceCatalog() {
  return catalog ??= decodeDocument(catalog_default);
}
function normalizeGpuName(name) {
  return name.toLowerCase().replace(/^nvidia[-_ ]?/, "").replace(/^tesla[-_ ]?/, "").replace(/[-_. ]/g, "");
}
var aliasIndex;
function gpuModel(name) {
  const { gpuModels } = priceCatalog();
  if (!aliasIndex) {
    aliasIndex = /* @__PURE__ */ new Map();
    for (const [model, aliases] of Object.entries(gpuModels)) {
      aliasIndex.set(normalizeGpuName(model), model);
      for (const alias of aliases) aliasIndex.set(normalizeGpuName(alias), model);
    }
  }
  return aliasIndex.get(normalizeGpuName(name));
}
function instanceTypeGpuModel(instanceType) {
  const { instanceFamilies } = priceCatalog();
  if (instanceFamilies[instanceType]) return instanceFamilies[instanceType];
  const family = instanceType.split(".")[0];
  if (instanceFamilies[family]) return instanceFamilies[family];
  const gcp = instanceType.split("-").slice(0, 2).join("-");
  return instanceFamilies[gcp];
}
var Prices = class {
  constructor(profile, user = {}) {
    this.profile = profile;
    this.user = user;
    const base = priceCatalog().profiles[profile];
    if (!base) throw new TollgateError("config", `unknown price profile ${JSON.stringify(profile)}`, { hint: `use one of ${PRICE_PROFILES.join(", ")}` });
    this.currency = user.currency ?? base.currency;
    this.hoursPerMonth = user.hoursPerMonth ?? base.hoursPerMonth;
    this.cpu = user.cpu ?? base.cpu;
    this.memory = user.memory ?? base.memory;
    const spot = typeof user.spot === "number" ? { cpu: user.spot, memory: user.spot, gpu: user.spot } : user.spot ?? {};
    this.spot = { ...base.spot, ...spot };
    this.gpuTimeSliceFraction = user.gpuTimeSliceFraction ?? base.gpuTimeSliceFraction;
    this.loadBalancer = user.loadBalancer ?? base.loadBalancer;
  }
  profile;
  user;
  currency;
  hoursPerMonth;
  cpu;
  memory;
  spot;
  gpuTimeSliceFraction;
  loadBalancer;
  get base() {
    return priceCatalog().profiles[this.profile];
  }
  /** Per GPU-hour for a GPU type (a label value, or undefined when the pod names none). */
  gpu(type) {
    const user = this.user.gpu ?? {};
    const base = this.base.gpu;
    if (type !== void 0) {
      if (type in user && type !== "default") return { price: user[type], key: type, from: "prices file" };
      const normalized2 = normalizeGpuName(type);
      for (const key2 of Object.keys(user)) {
        if (key2 !== "default" && normalizeGpuName(key2) === normalized2) return { price: user[key2], key: key2, from: "prices file" };
      }
      const model = gpuModel(type);
      if (model) {
        for (const key2 of Object.keys(user)) if (key2 !== "default" && gpuModel(key2) === model) return { price: user[key2], key: key2, from: "prices file" };
        if (model in base) return { price: base[model], key: model, from: "catalog" };
      }
    }
    if ("default" in user) return { price: user.default, key: "default", from: "prices file" };
    return { price: base.default, key: "default", from: "default" };
  }
  /** Per GiB-month for a storage class (undefined: the cluster's default class). */
  storage(storageClass) {
    const user = this.user.storage ?? {};
    const base = this.base.storage;
    if (storageClass) {
      if (storageClass in user && storageClass !== "default") return { price: user[storageClass], key: storageClass, from: "prices file" };
      const lower = storageClass.toLowerCase();
      for (const key2 of Object.keys(user)) if (key2 !== "default" && key2.toLowerCase() === lower) return { price: user[key2], key: key2, from: "prices file" };
      if (storageClass in base) return { price: base[storageClass], key: storageClass, from: "catalog" };
    }
    if ("default" in user) return { price: user.default, key: "default", from: "prices file" };
    return { price: base.default, key: "default", from: "default" };
  }
  sources() {
    return this.base.sources;
  }
};
function fromOpenCostPricing(json, hoursPerMonth = 730) {
  const number = (key2) => {
    const value = json[key2];
    if (value === void 0 || value === "") return void 0;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new TollgateError("config", `OpenCost pricing key ${key2} is ${JSON.stringify(value)}, not a number`);
    return n;
  };
  const cpu = number("CPU");
  const memory = number("RAM");
  const gpu = number("GPU");
  const spotCPU = number("spotCPU");
  const spotRAM = number("spotRAM");
  const storage = number("storage");
  const out = {};
  if (cpu !== void 0) out.cpu = cpu;
  if (memory !== void 0) out.memory = memory;
  if (gpu !== void 0) out.gpu = { default: gpu };
  const spot = {};
  if (spotCPU !== void 0 && cpu) spot.cpu = spotCPU / cpu;
  if (spotRAM !== void 0 && memory) spot.memory = spotRAM / memory;
  if (Object.keys(spot).length) out.spot = spot;
  if (storage !== void 0) out.storage = { default: storage * hoursPerMonth };
  return out;
}
function isOpenCostPricing(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && ("CPU" in value || "RAM" in value) && !("cpu" in value);
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

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);

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
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { version: "1.2", lineCounter: lines, uniqueKeys: true, prettyErrors: false });
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
  const path = error.instancePath.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  let node = parsed2.doc.contents;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) node = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === segment)?.value;
    else if ((0, import_yaml.isSeq)(node)) node = node.items[Number(segment)];
    else break;
  }
  const extra = error.params.additionalProperty;
  if (extra !== void 0 && (0, import_yaml.isMap)(node)) {
    const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === extra);
    const key2 = pair?.key;
    if (key2?.range) return parsed2.lines.linePos(key2.range[0]).line;
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
  for (const [key2, value] of Object.entries(over)) {
    const prev = out[key2];
    out[key2] = value && typeof value === "object" && !Array.isArray(value) && prev && typeof prev === "object" && !Array.isArray(prev) ? merge(prev, value) : value;
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
  for (const key2 of ["gpuForAll", "criticalPriorityClasses"]) if (Array.isArray(fp[key2])) policy[key2] = fp[key2];
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
  for (const key2 of ["total", "workload"]) budgets[key2] = tighter(fb[key2], ab[key2]);
  if (fb.basis === "max" || ab.basis === "max") budgets.basis = "max";
  const namespaces = { ...fb.namespaces ?? {} };
  for (const [ns, v] of Object.entries(ab.namespaces ?? {})) namespaces[ns] = tighter(namespaces[ns], v);
  if (Object.keys(namespaces).length) budgets.namespaces = namespaces;
  const fi = fb.increase ?? {};
  const ai = ab.increase ?? {};
  if (fb.increase || ab.increase) budgets.increase = { amount: tighter(fi.amount, ai.amount), percent: tighter(fi.percent, ai.percent) };
  for (const key2 of Object.keys(budgets)) if (budgets[key2] === void 0) delete budgets[key2];
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

// src/cost/cron.ts
var CronError = class extends Error {
};
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var DESCRIPTORS = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *"
};
function parseField(text, min, max, names) {
  const bits = /* @__PURE__ */ new Set();
  let star = false;
  const value = (s) => {
    const named = names?.indexOf(s.toLowerCase()) ?? -1;
    if (named >= 0) return named + (names === MONTHS ? 1 : 0);
    if (!/^\d+$/.test(s)) throw new CronError(`"${s}" is not a number`);
    return Number(s);
  };
  for (const part of text.split(",")) {
    const [range, stepText] = part.split("/");
    const step = stepText === void 0 ? 1 : value(stepText);
    if (step < 1) throw new CronError(`step ${stepText} must be positive`);
    let low;
    let high;
    if (range === "*" || range === "?") {
      [low, high] = [min, max];
      star = true;
    } else if (range.includes("-")) {
      const [a, b] = range.split("-");
      [low, high] = [value(a), value(b)];
    } else {
      low = value(range);
      high = stepText === void 0 ? low : max;
    }
    if (low < min || high > max || low > high) throw new CronError(`${part} is outside ${min}-${max}`);
    for (let v = low; v <= high; v += step) bits.add(v);
  }
  return { bits, star };
}
function parseCron(schedule) {
  const text = schedule.trim();
  if (/^(CRON_)?TZ=/.test(text)) throw new CronError("a time zone inside the schedule is not allowed; use spec.timeZone");
  const expanded = DESCRIPTORS[text.toLowerCase()] ?? text;
  if (expanded.startsWith("@")) throw new CronError(`${text} is not a schedule the CronJob controller accepts`);
  const fields = expanded.split(/\s+/);
  if (fields.length !== 5) throw new CronError(`expected 5 fields, got ${fields.length}`);
  const dow = parseField(fields[4].replace(/\b7\b/g, "0"), 0, 6, DAYS);
  return {
    minute: parseField(fields[0], 0, 59),
    hour: parseField(fields[1], 0, 23),
    dom: parseField(fields[2], 1, 31),
    month: parseField(fields[3], 1, 12, MONTHS),
    dow
  };
}
function dayMatches(s, dom, dow) {
  const domMatch = s.dom.bits.has(dom);
  const dowMatch = s.dow.bits.has(dow);
  return s.dom.star || s.dow.star ? domMatch && dowMatch : domMatch || dowMatch;
}
var offsetFormatters = /* @__PURE__ */ new Map();
function offsetMinutes(timeZone, utcMs) {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return 0;
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric"
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = {};
  for (const p of format.formatToParts(utcMs)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((asUtc - Math.floor(utcMs / 6e4) * 6e4) / 6e4);
}
function isValidTimeZone(timeZone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
function localToUtc(timeZone, year, month, day) {
  const guess = Date.UTC(year, month, day);
  const first = guess - offsetMinutes(timeZone, guess) * 6e4;
  return guess - offsetMinutes(timeZone, first) * 6e4;
}
var cache = /* @__PURE__ */ new Map();
function firingsInYear(schedule, timeZone = "UTC", year = 2025) {
  const key2 = `${schedule}\0${timeZone}\0${year}`;
  const known = cache.get(key2);
  if (known !== void 0) return known;
  const s = parseCron(schedule);
  if (!isValidTimeZone(timeZone)) throw new CronError(`unknown time zone ${JSON.stringify(timeZone)}`);
  const start = localToUtc(timeZone, year, 0, 1);
  const end = localToUtc(timeZone, year + 1, 0, 1);
  const minutes = [...s.minute.bits];
  let count = 0;
  const HOUR = 36e5;
  for (let hourStart = start; hourStart < end; hourStart += HOUR) {
    const offset = offsetMinutes(timeZone, hourStart);
    for (const minute of minutes) {
      const utcMinute = ((minute - offset) % 60 + 60) % 60;
      const instant = hourStart + utcMinute * 6e4;
      if (instant >= end || instant < start) continue;
      if (offsetMinutes(timeZone, instant) !== offset) continue;
      const local = new Date(instant + offset * 6e4);
      if (!s.hour.bits.has(local.getUTCHours())) continue;
      if (!s.month.bits.has(local.getUTCMonth() + 1)) continue;
      if (!dayMatches(s, local.getUTCDate(), local.getUTCDay())) continue;
      count++;
    }
  }
  cache.set(key2, count);
  return count;
}

// src/cost/quantity.ts
var QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
var cache2 = /* @__PURE__ */ new Map();
function parseQuantity(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  if (cache2.has(value)) return cache2.get(value);
  const parsed2 = parseQuantityText(value);
  if (cache2.size < 1e4) cache2.set(value, parsed2);
  return parsed2;
}
function parseQuantityText(value) {
  const match = QUANTITY.exec(value.trim() === value ? value : "");
  if (!match) return void 0;
  const [, sign, digits, suffix, exponent] = match;
  let number = Number(digits);
  if (suffix) number *= BINARY[suffix] ?? DECIMAL[suffix];
  else if (exponent !== void 0) number *= 10 ** Number(exponent);
  return sign === "-" ? -number : number;
}
var GIB = 2 ** 30;

// src/cost/pod.ts
var GPU_SELECTOR_KEYS = ["nvidia.com/gpu.product", "cloud.google.com/gke-accelerator", "karpenter.k8s.aws/instance-gpu-name"];
var INSTANCE_TYPE_KEYS = ["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"];
var SPOT_LABELS = [
  ["karpenter.sh/capacity-type", "spot"],
  ["eks.amazonaws.com/capacityType", "SPOT"],
  ["cloud.google.com/gke-spot", "true"],
  ["cloud.google.com/gke-preemptible", "true"],
  ["kubernetes.azure.com/scalesetpriority", "spot"]
];
var MIG = /^nvidia\.com\/mig-(\d+)g\.(\d+)gb$/;
function requiredNodeLabel(spec, key2) {
  const values = [];
  const selected = spec.nodeSelector?.[key2];
  if (typeof selected === "string") values.push(selected);
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  for (const term of Array.isArray(required) ? required : []) {
    for (const expression of term?.matchExpressions ?? []) {
      if (expression?.key === key2 && expression.operator === "In" && Array.isArray(expression.values)) {
        values.push(...expression.values.filter((v) => typeof v === "string"));
      }
    }
  }
  return values;
}
function selectsSpot(spec) {
  if (!spec.nodeSelector && !spec.affinity && !spec.tolerations) return false;
  for (const [key2, value] of SPOT_LABELS) {
    if (requiredNodeLabel(spec, key2).some((v) => v.toLowerCase() === value.toLowerCase())) return true;
    for (const toleration of spec.tolerations ?? []) {
      if (toleration?.key !== key2) continue;
      if (toleration.operator === "Exists" || String(toleration.value ?? "").toLowerCase() === value.toLowerCase()) return true;
    }
  }
  return false;
}
function gpuTypeOf(spec) {
  if (!spec.nodeSelector && !spec.affinity) return void 0;
  for (const key2 of GPU_SELECTOR_KEYS) {
    const values = requiredNodeLabel(spec, key2);
    if (values.length) return values[0];
  }
  for (const key2 of INSTANCE_TYPE_KEYS) {
    for (const instanceType of requiredNodeLabel(spec, key2)) {
      const model = instanceTypeGpuModel(instanceType);
      if (model) return model;
    }
  }
  return void 0;
}
function add(into, from) {
  for (const k in from) into[k] = (into[k] ?? 0) + from[k];
}
function maxInto(into, from) {
  for (const k in from) if (!(from[k] <= (into[k] ?? 0))) into[k] = from[k];
}
function quantityOf(name, raw, origin, where, notes) {
  const value = parseQuantity(raw);
  if (value !== void 0 && value >= 0) return value;
  notes.push(`${where}: ${name} ${origin} ${JSON.stringify(raw)} is not a Kubernetes quantity; counted as 0`);
  return void 0;
}
function containerRequests(container, defaults, notes, where, out = {}) {
  const put = (name, value) => {
    out[name] = (out[name] ?? 0) + value;
  };
  const requests = container.resources?.requests;
  const limits = container.resources?.limits;
  if (requests) {
    for (const name in requests) {
      const value = quantityOf(name, requests[name], "request", where, notes);
      if (value !== void 0) put(name, value);
    }
  }
  if (limits) {
    for (const name in limits) {
      if (requests && name in requests) continue;
      const value = quantityOf(name, limits[name], "limit", where, notes);
      if (value !== void 0) put(name, value);
    }
  }
  for (const name of ["cpu", "memory"]) {
    if (requests && name in requests || limits && name in limits) continue;
    const raw = defaults ? defaults.requests[name] ?? defaults.limits[name] : void 0;
    if (raw === void 0) {
      notes.push(`${where}: no ${name} request or limit; counted as 0`);
      continue;
    }
    notes.push(`${where}: ${name} from ${defaults.source}`);
    const value = quantityOf(name, raw, "default", where, notes);
    if (value !== void 0) put(name, value);
  }
  return out;
}
function podRequests(spec, defaults) {
  const notes = [];
  const sidecars = {};
  const initPeak = {};
  const inits = spec.initContainers;
  if (inits) {
    for (let i = 0; i < inits.length; i++) {
      const init = inits[i];
      const requests = containerRequests(init, defaults, notes, `init container ${init.name ?? i}`);
      if (init.restartPolicy === "Always") {
        add(sidecars, requests);
      } else {
        add(requests, sidecars);
        maxInto(initPeak, requests);
      }
    }
  }
  const amounts = { ...sidecars };
  const containers = spec.containers ?? [];
  for (let i = 0; i < containers.length; i++) {
    containerRequests(containers[i], defaults, notes, `container ${containers[i].name ?? i}`, amounts);
  }
  maxInto(amounts, initPeak);
  for (const name in spec.overhead ?? {}) {
    const value = parseQuantity(spec.overhead[name]);
    if (value !== void 0) amounts[name] = (amounts[name] ?? 0) + value;
  }
  return { amounts, notes };
}
function podResources(spec, prices, defaults) {
  const { amounts, notes } = podRequests(spec, defaults);
  const gpuType = gpuTypeOf(spec);
  let gpus = 0;
  for (const name in amounts) {
    const count = amounts[name];
    if (count <= 0 || name === "cpu" || name === "memory") continue;
    const mig = MIG.exec(name);
    if (mig) {
      gpus += count * Number(mig[1]) / 7;
      continue;
    }
    if (name === "nvidia.com/gpu.shared") {
      gpus += count * prices.gpuTimeSliceFraction;
      continue;
    }
    if (name.endsWith("/gpu")) gpus += count;
  }
  return {
    cpu: amounts.cpu ?? 0,
    memoryGiB: (amounts.memory ?? 0) / GIB,
    gpus,
    gpuType: gpus > 0 ? gpuType ?? migGpuType(amounts) : gpuType,
    spot: selectsSpot(spec),
    notes
  };
}
function migGpuType(amounts) {
  for (const name in amounts) {
    const mig = MIG.exec(name);
    if (!mig) continue;
    const perSlice = Number(mig[2]) / Number(mig[1]);
    if (perSlice <= 5) return "a100-40gb";
    return "a100-80gb";
  }
  return void 0;
}
function podHourlyRate(pod, prices) {
  const spot = pod.spot ? prices.spot : { cpu: 1, memory: 1, gpu: 1 };
  const cpu = pod.cpu * prices.cpu * spot.cpu;
  const memory = pod.memoryGiB * prices.memory * spot.memory;
  let gpu = 0;
  let gpuPriceKey;
  if (pod.gpus > 0) {
    const lookup = prices.gpu(pod.gpuType);
    gpu = pod.gpus * lookup.price * spot.gpu;
    gpuPriceKey = lookup.key;
  }
  return { cpu, memory, gpu, total: cpu + memory + gpu, gpuPriceKey };
}

// src/manifest/stream.ts
function isMarker(text, at, ch) {
  if (text.charCodeAt(at) !== ch || text.charCodeAt(at + 1) !== ch || text.charCodeAt(at + 2) !== ch) return false;
  const next = text.charCodeAt(at + 3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13;
}
function lineHasContent(text, start, end) {
  let i = start;
  if (isMarker(
    text,
    i,
    45
    /* - */
  ) || isMarker(
    text,
    i,
    46
    /* . */
  )) i += 3;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    return c !== 35;
  }
  return false;
}
function splitYamlStream(text) {
  const docs = [];
  let docStart = 0;
  let docStartLine = 1;
  let contentLine = 0;
  let contentEndLine = 0;
  let directivesPending = false;
  let line = 1;
  const close = (end) => {
    if (contentLine > 0) {
      docs.push({ text: text.slice(docStart, end), startLine: docStartLine, contentLine, contentEndLine });
    }
  };
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const first = text.charCodeAt(pos);
    if (first === 45 && isMarker(text, pos, 45)) {
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
    } else if (first === 37 && contentLine === 0) {
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
function lineStarts(text) {
  const starts = [0];
  let at = text.indexOf("\n");
  while (at >= 0) {
    starts.push(at + 1);
    at = text.indexOf("\n", at + 1);
  }
  return starts;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/manifest/locate.ts
function escapePointerSegment(segment) {
  return segment.includes("~") || segment.includes("/") ? segment.replaceAll("~", "~0").replaceAll("/", "~1") : segment;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.includes("~") ? s.replaceAll("~1", "/").replaceAll("~0", "~") : s);
}
function keyOf(source, event) {
  if (event.style !== SCALAR_STYLE.PLAIN) return getScalarValue(source, event);
  const raw = source.slice(event.valueStart, event.valueEnd);
  if (event.tagStart >= 0) return raw;
  const resolved = resolvePlainScalar(raw);
  return resolved === NOT_RESOLVED ? raw : String(resolved);
}
function indexPointers(text) {
  const offsets = /* @__PURE__ */ new Map();
  let events;
  try {
    events = parseEvents(text, { maxDepth: 1e3 });
  } catch {
    return offsets;
  }
  const stack = [];
  let skip = 0;
  const startOf = (event) => {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        return event.anchorStart >= 0 ? Math.min(event.anchorStart, event.valueStart) : event.valueStart;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return event.start;
      case EVENT_ID.ALIAS:
        return event.anchorStart - 1;
      default:
        return 0;
    }
  };
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (skip > 0) {
      if (event.type === EVENT_ID.POP) skip--;
      else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) skip++;
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      const parent2 = stack[stack.length - 1];
      if (parent2) {
        if (parent2.isMap) parent2.key = void 0;
        else parent2.index++;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    let pointer;
    let offset = startOf(event);
    if (!parent) {
      pointer = "";
    } else if (parent.isMap && parent.key === void 0) {
      if (event.type === EVENT_ID.SCALAR) {
        parent.key = keyOf(text, event);
        parent.keyOffset = startOf(event);
      } else if (event.type === EVENT_ID.ALIAS) {
        parent.key = "";
        parent.keyOffset = startOf(event);
      } else {
        skip = 1;
        parent.key = "\0";
        parent.keyOffset = startOf(event);
      }
      continue;
    } else if (parent.isMap) {
      pointer = `${parent.pointer}/${escapePointerSegment(parent.key)}`;
      offset = parent.keyOffset;
      parent.key = void 0;
    } else {
      pointer = `${parent.pointer}/${parent.index}`;
    }
    if (!offsets.has(pointer)) offsets.set(pointer, offset);
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({ pointer, isMap: event.type === EVENT_ID.MAPPING, index: 0, key: void 0, keyOffset: 0 });
    } else if (parent && !parent.isMap) {
      parent.index++;
    }
  }
  return offsets;
}
var DocumentLines = class {
  /** @param firstLine the 1-based line of the file on which `text` starts */
  constructor(text, firstLine) {
    this.text = text;
    this.firstLine = firstLine;
  }
  text;
  firstLine;
  offsets;
  starts;
  /** The line of the deepest node on `pointer`'s path that the document spells out. */
  lineOf(pointer) {
    this.offsets ??= indexPointers(this.text);
    this.starts ??= lineStarts(this.text);
    let probe = pointer;
    let exact = true;
    for (; ; ) {
      const offset = this.offsets.get(probe);
      if (offset !== void 0) return { line: lineAt(this.starts, offset) + this.firstLine - 1, exact };
      if (probe === "") return void 0;
      probe = probe.slice(0, probe.lastIndexOf("/"));
      exact = false;
    }
  }
};

// src/manifest/pointer.ts
var segmentsCache = /* @__PURE__ */ new Map();
function valueAt(object, pointer) {
  let segments = segmentsCache.get(pointer);
  if (!segments) {
    segments = pointerSegments(pointer);
    if (segmentsCache.size < 1e3) segmentsCache.set(pointer, segments);
  }
  let node = object;
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function apiGroup(apiVersion) {
  if (!apiVersion) return "";
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function asObject(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}

// src/cost/estimate.ts
var DEFAULT_ASSUMPTIONS = { daemonSetNodes: 3, cronJobDuration: "10m" };
var EXPECTED_DURATION = "tollgate.dev/expected-duration";
var HOURS_PER_YEAR = 8760;
var empty = (why) => {
  const nothing = zero();
  return { monthly: { min: 0, max: 0 }, breakdown: nothing, breakdownMax: nothing, assumptions: [why] };
};
var zero = () => ({ cpu: 0, memory: 0, gpu: 0, storage: 0, network: 0 });
var scale = (b, k) => ({ cpu: b.cpu * k, memory: b.memory * k, gpu: b.gpu * k, storage: b.storage * k, network: b.network * k });
var sum = (b) => b.cpu + b.memory + b.gpu + b.storage + b.network;
var plus = (a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory, gpu: a.gpu + b.gpu, storage: a.storage + b.storage, network: a.network + b.network });
function parseDuration(text) {
  const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text.trim());
  if (!match || text.trim() === "") return void 0;
  const [, h, m, s] = match;
  return Number(h ?? 0) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
}
function isHelmTestHook(object) {
  const hook = object.metadata?.annotations?.["helm.sh/hook"];
  return typeof hook === "string" && hook.split(",").some((h) => h.trim().startsWith("test"));
}
function templateSpec(object, pointer) {
  const node = valueAt(object, pointer);
  if (!node || typeof node !== "object") return void 0;
  if (Array.isArray(node.containers)) return node;
  const spec = node.spec;
  return spec && Array.isArray(spec.containers) ? spec : void 0;
}
var BUILTIN = {
  "/Pod": { template: "/spec", mode: "pod" },
  "apps/Deployment": { template: "/spec/template", mode: "replicas" },
  "apps/ReplicaSet": { template: "/spec/template", mode: "replicas" },
  "apps/StatefulSet": { template: "/spec/template", mode: "replicas" },
  "apps/DaemonSet": { template: "/spec/template", mode: "daemonset" },
  "/ReplicationController": { template: "/spec/template", mode: "replicas" },
  "batch/Job": { template: "/spec/template", mode: "job" },
  "batch/CronJob": { template: "/spec/jobTemplate/spec/template", mode: "cronjob" },
  "argoproj.io/Rollout": { template: "/spec/template", mode: "replicas" }
};
function namespaceOf(object, fallback) {
  return object.metadata?.namespace ?? fallback;
}
function workloadOf(resource, options, fallbackNs) {
  const object = resource.object;
  const builtin = BUILTIN[`${apiGroup(object.apiVersion)}/${object.kind}`];
  const custom = options.workloadKinds?.length ? options.workloadKinds.find((w) => w.apiVersion === object.apiVersion && w.kind === object.kind) : void 0;
  if (!builtin && !custom) return void 0;
  const spec = custom ? templateSpec(object, custom.podTemplatePath) : templateSpec(object, builtin.template);
  const replicasRaw = custom ? custom.replicasPath ? valueAt(object, custom.replicasPath) : void 0 : valueAt(object, "/spec/replicas");
  const explicitReplicas = typeof replicasRaw === "number";
  return {
    resource,
    spec,
    mode: custom ? "replicas" : builtin.mode,
    replicas: explicitReplicas ? replicasRaw : 1,
    explicitReplicas,
    namespace: namespaceOf(object, fallbackNs)
  };
}
function autoscalerRanges(resources, fallbackNs) {
  const ranges = /* @__PURE__ */ new Map();
  for (const { object } of resources) {
    const spec = object.spec ?? {};
    const target = spec.scaleTargetRef;
    if (!target?.name) continue;
    const ns = namespaceOf(object, fallbackNs);
    if (object.kind === "HorizontalPodAutoscaler" && apiGroup(object.apiVersion) === "autoscaling") {
      const min = typeof spec.minReplicas === "number" ? spec.minReplicas : 1;
      const max = typeof spec.maxReplicas === "number" ? spec.maxReplicas : min;
      ranges.set(`${target.kind}/${ns}/${target.name}`, { min, max, by: `HorizontalPodAutoscaler ${object.metadata?.name}` });
    } else if (object.kind === "ScaledObject" && apiGroup(object.apiVersion) === "keda.sh") {
      const min = typeof spec.minReplicaCount === "number" ? spec.minReplicaCount : 0;
      const max = typeof spec.maxReplicaCount === "number" ? spec.maxReplicaCount : 100;
      ranges.set(`${target.kind ?? "Deployment"}/${ns}/${target.name}`, { min, max, by: `KEDA ScaledObject ${object.metadata?.name}` });
    }
  }
  return ranges;
}
function limitRangeDefaults(resources, fallbackNs) {
  const out = /* @__PURE__ */ new Map();
  for (const { object } of resources) {
    if (object.kind !== "LimitRange") continue;
    const ns = namespaceOf(object, fallbackNs);
    const limits = object.spec?.limits ?? [];
    for (const item of limits) {
      if (item?.type !== "Container") continue;
      const limitDefaults = item.default ?? item.max ?? {};
      const requestDefaults = { ...limitDefaults, ...item.defaultRequest ?? {} };
      if (!out.has(ns)) out.set(ns, { requests: requestDefaults, limits: limitDefaults, source: `LimitRange ${object.metadata?.name}` });
    }
  }
  return out;
}
function storageOfClaim(spec, prices) {
  const requested = parseQuantity(spec?.resources?.requests?.storage);
  const className = typeof spec?.storageClassName === "string" ? spec.storageClassName : void 0;
  const lookup = prices.storage(className);
  const gib = (requested ?? 0) / GIB;
  return { monthly: gib * lookup.price, note: `${gib} GiB at ${lookup.price}/GiB-month (storage class ${className ?? "default"} \u2192 ${lookup.key})` };
}
function estimateCosts(resources, options) {
  const { prices } = options;
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions };
  const fallbackNs = options.defaultNamespace ?? "";
  const hpm = prices.hoursPerMonth;
  const ranges = autoscalerRanges(resources, fallbackNs);
  const limitRanges = limitRangeDefaults(resources, fallbackNs);
  const out = /* @__PURE__ */ new Map();
  const referencedByRollout = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (r.object.kind !== "Rollout" || apiGroup(r.object.apiVersion) !== "argoproj.io") continue;
    const ref = r.object.spec?.workloadRef;
    if (ref?.name) referencedByRollout.set(`${ref.kind ?? "Deployment"}/${namespaceOf(r.object, fallbackNs)}/${ref.name}`, r);
  }
  const byId = /* @__PURE__ */ new Map();
  if (referencedByRollout.size) for (const r of resources) byId.set(`${r.object.kind}/${namespaceOf(r.object, fallbackNs)}/${r.object.metadata?.name}`, r);
  for (const resource of resources) {
    const object = resource.object;
    const notes = [];
    const ns = namespaceOf(object, fallbackNs);
    if (object.kind === "PersistentVolumeClaim" && !object.apiVersion?.includes("/")) {
      const { monthly, note } = storageOfClaim(object.spec, prices);
      const breakdown2 = { ...zero(), storage: monthly };
      out.set(resource, { monthly: { min: monthly, max: monthly }, breakdown: breakdown2, breakdownMax: breakdown2, assumptions: [note] });
      continue;
    }
    if (object.kind === "Service" && !object.apiVersion?.includes("/") && object.spec?.type === "LoadBalancer") {
      const breakdown2 = { ...zero(), network: prices.loadBalancer };
      out.set(resource, { monthly: { min: prices.loadBalancer, max: prices.loadBalancer }, breakdown: breakdown2, breakdownMax: breakdown2, assumptions: [`load balancer at ${prices.loadBalancer}/month`] });
      continue;
    }
    const workload = workloadOf(resource, options, fallbackNs);
    if (!workload) continue;
    if (isHelmTestHook(object)) {
      out.set(resource, empty("Helm test hook: runs only on `helm test`, not costed"));
      continue;
    }
    const rollout = referencedByRollout.size ? referencedByRollout.get(`${object.kind}/${ns}/${object.metadata?.name}`) : void 0;
    if (rollout) {
      out.set(resource, empty(`its pod template runs through Rollout ${rollout.object.metadata?.name} (workloadRef): costed there`));
      continue;
    }
    let spec = workload.spec;
    if (!spec && object.kind === "Rollout") {
      const ref = object.spec?.workloadRef;
      const target = ref?.name ? byId.get(`${ref.kind ?? "Deployment"}/${ns}/${ref.name}`) : void 0;
      if (target) {
        spec = templateSpec(target.object, "/spec/template");
        notes.push(`pod template from ${ref?.kind ?? "Deployment"} ${ref?.name} (workloadRef)`);
      } else if (ref?.name) {
        notes.push(`workloadRef ${ref.kind ?? "Deployment"} ${ref.name} is not in the render; not costed`);
      }
    }
    if (!spec) {
      out.set(resource, empty("no pod template found"));
      continue;
    }
    const pod = podResources(spec, prices, limitRanges.size ? limitRanges.get(ns) : void 0);
    notes.push(...pod.notes);
    const rate = podHourlyRate(pod, prices);
    if (pod.spot) notes.push("runs on spot capacity: spot prices apply");
    if (pod.gpus > 0) notes.push(`GPU ${pod.gpuType ?? "(type not selected)"} priced as ${rate.gpuPriceKey}`);
    const podSummary = { cpu: pod.cpu, memoryGiB: pod.memoryGiB, gpus: pod.gpus, gpuType: pod.gpuType, spot: pod.spot, hourly: rate.total };
    if (workload.mode === "job") {
      const jobSpec = object.spec;
      const completions = typeof jobSpec?.completions === "number" ? jobSpec.completions : 1;
      const perRun = completions * runHours(object, assumptions, notes) * rate.total;
      notes.push(`per run: ${completions} completion(s); not part of the monthly total`);
      out.set(resource, { monthly: { min: 0, max: 0 }, breakdown: zero(), breakdownMax: zero(), perRun, pod: podSummary, assumptions: notes });
      continue;
    }
    if (workload.mode === "cronjob") {
      const cronSpec = object.spec ?? {};
      if (cronSpec.suspend === true) {
        out.set(resource, { ...empty("suspended: costs nothing until resumed"), pod: podSummary });
        continue;
      }
      let firings = 0;
      try {
        firings = firingsInYear(String(cronSpec.schedule ?? ""), cronSpec.timeZone ?? "UTC", 2025);
      } catch (error) {
        notes.push(`schedule ${JSON.stringify(cronSpec.schedule)}: ${error.message}; not costed`);
      }
      const completions = typeof cronSpec.jobTemplate?.spec?.completions === "number" ? cronSpec.jobTemplate.spec.completions : 1;
      const runsPerMonth = firings * hpm / HOURS_PER_YEAR;
      const podHours = runsPerMonth * completions * runHours(object, assumptions, notes);
      notes.push(`${firings} runs in 2025 (${cronSpec.timeZone ?? "UTC"}) \u2192 ${runsPerMonth.toFixed(2)} per month`);
      const breakdown2 = { cpu: rate.cpu * podHours, memory: rate.memory * podHours, gpu: rate.gpu * podHours, storage: 0, network: 0 };
      out.set(resource, { monthly: { min: sum(breakdown2), max: sum(breakdown2) }, breakdown: breakdown2, breakdownMax: breakdown2, pod: podSummary, assumptions: notes });
      continue;
    }
    let replicas = { min: workload.replicas, max: workload.replicas };
    if (workload.mode === "daemonset") {
      replicas = { min: assumptions.daemonSetNodes, max: assumptions.daemonSetNodes };
      notes.push(`one pod on each of ${assumptions.daemonSetNodes} nodes (assumptions.daemonSetNodes)`);
    } else if (workload.mode === "replicas") {
      const range = ranges.size ? ranges.get(`${object.kind}/${ns}/${object.metadata?.name}`) : void 0;
      if (range && workload.explicitReplicas && workload.replicas === 0) {
        notes.push(`spec.replicas is 0, which disables ${range.by}`);
      } else if (range) {
        replicas = { min: range.min, max: range.max };
        notes.push(`replicas ${range.min}..${range.max} from ${range.by}`);
      } else if (!workload.explicitReplicas) {
        notes.push("spec.replicas not set: 1");
      }
    }
    let storage = 0;
    if (object.kind === "StatefulSet") {
      const templates = object.spec?.volumeClaimTemplates ?? [];
      for (const t of templates) {
        const claim = storageOfClaim(t.spec, prices);
        storage += claim.monthly;
        notes.push(`volume ${t.metadata?.name}: ${claim.note} per replica`);
      }
    }
    const perReplica = { cpu: rate.cpu * hpm, memory: rate.memory * hpm, gpu: rate.gpu * hpm, storage, network: 0 };
    const breakdown = scale(perReplica, replicas.min);
    const breakdownMax = replicas.max === replicas.min ? breakdown : scale(perReplica, replicas.max);
    const estimate = {
      monthly: { min: sum(breakdown), max: sum(breakdownMax) },
      breakdown,
      breakdownMax,
      replicas,
      pod: podSummary,
      assumptions: notes
    };
    if (object.kind === "Rollout") {
      const peakReplicas = rolloutPeak(object, replicas.max);
      if (peakReplicas > replicas.max) {
        estimate.peak = { replicas: peakReplicas, monthly: sum(perReplica) * peakReplicas };
        notes.push(`during an update up to ${peakReplicas} pods run (peak, not in the monthly figure)`);
      }
    }
    out.set(resource, estimate);
  }
  return out;
}
function runHours(object, assumptions, notes) {
  const annotated = object.metadata?.annotations?.[EXPECTED_DURATION];
  const parsed2 = annotated ? parseDuration(annotated) : void 0;
  if (annotated && parsed2 === void 0) notes.push(`${EXPECTED_DURATION} ${JSON.stringify(annotated)} is not a duration like 30m; using ${assumptions.cronJobDuration}`);
  if (parsed2 !== void 0) return parsed2;
  notes.push(`each run takes ${assumptions.cronJobDuration} (assumptions.cronJobDuration; set ${EXPECTED_DURATION} to say otherwise)`);
  return parseDuration(assumptions.cronJobDuration) ?? 1 / 6;
}
function rolloutPeak(object, replicas) {
  const strategy = object.spec?.strategy ?? {};
  if (strategy.blueGreen) {
    const preview = strategy.blueGreen.previewReplicaCount;
    return replicas + (typeof preview === "number" ? preview : replicas);
  }
  if (strategy.canary) {
    const surge = strategy.canary.maxSurge ?? "25%";
    const extra = typeof surge === "number" ? surge : Math.ceil(replicas * Number.parseFloat(String(surge)) / 100);
    return replicas + (Number.isFinite(extra) ? extra : 0);
  }
  return replicas;
}
function totalCost(estimates) {
  let breakdown = zero();
  let breakdownMax = zero();
  for (const e of estimates) {
    breakdown = plus(breakdown, e.breakdown);
    breakdownMax = plus(breakdownMax, e.breakdownMax);
  }
  return { monthly: { min: sum(breakdown), max: sum(breakdownMax) }, breakdown, breakdownMax };
}
function cents(value) {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
function centsText(value) {
  return cents(value).toFixed(2);
}

// src/manifest/resource.ts
function locateField(resource, pointer) {
  return resource.locator?.locate(pointer) ?? (resource.source ? { file: resource.source.file, line: resource.source.line } : void 0);
}
function resourceId(object) {
  const ns = object.metadata?.namespace;
  return `${object.kind ?? "?"}/${ns ? `${ns}/` : ""}${object.metadata?.name ?? object.metadata?.generateName ?? "?"}`;
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
    const key2 = String(e.key);
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = key2 in labels;
    switch (e.operator) {
      case "In":
        if (!has || !values.includes(labels[key2])) return false;
        break;
      case "NotIn":
        if (has && values.includes(labels[key2])) return false;
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
      for (const key2 of ["data", "stringData"]) {
        const map = obj(ctx.object[key2]);
        const count = map ? Object.keys(map).length : 0;
        if (count) out.push({ message: `Secret holds ${count} plaintext ${key2} key${count > 1 ? "s" : ""}`, path: `/${key2}` });
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
      return Object.entries(data).flatMap(([key2, value]) => {
        const reason = credentialReason(key2, value);
        return reason ? [{ message: `key ${key2} ${reason}`, path: `/data/${key2.replaceAll("~", "~0").replaceAll("/", "~1")}` }] : [];
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
      const add2 = c.security.capabilities === void 0 ? void 0 : obj2(c.security.capabilities)?.add;
      if (!Array.isArray(add2)) continue;
      add2.forEach((cap, i) => {
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
      for (const [key2, value] of Object.entries(annotations)) {
        if (key2.startsWith(APPARMOR_PREFIX) && value !== "runtime/default" && !String(value).startsWith("localhost/")) {
          const base = ctx.template.pointer.replace(/\/spec$/, "");
          (out ??= []).push({ message: `AppArmor profile ${value} for container ${key2.slice(APPARMOR_PREFIX.length)}`, path: `${base}/metadata/annotations/${key2.replaceAll("~", "~0").replaceAll("/", "~1")}` });
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
      for (const key2 of ["user", "role"]) if (options[key2] !== void 0 && options[key2] !== "") (out ??= []).push(finding(`${path}/${key2}`, `${who}sets SELinux ${key2}`));
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
  return { original: reference, registry, repository: reference.slice(slash + 1, colon), tag: reference.slice(colon + 1), digest: void 0, name: reference.slice(0, colon) };
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
  return { original: reference, registry, repository, tag, digest, name: `${registry}/${repository}` };
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
    const resource = this.#resource;
    return (this.path !== void 0 ? locateField(resource, this.path) : resource.source ? { file: resource.source.file, line: resource.source.line } : void 0) ?? void 0;
  }
};
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
  const namespaceOf2 = (object) => object.metadata?.namespace ?? defaultNamespace;
  let byKind;
  const inNamespace = (kind, namespace) => {
    if (!byKind) {
      byKind = /* @__PURE__ */ new Map();
      for (const r of resources) {
        let namespaces = byKind.get(r.object.kind);
        if (!namespaces) byKind.set(r.object.kind, namespaces = /* @__PURE__ */ new Map());
        const ns = namespaceOf2(r.object);
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
    namespaceOf: namespaceOf2,
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
import { lstatSync, readFileSync as readFileSync2, readdirSync as readdirSync2, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";
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
      const path = join2(dir, name);
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
        const target = statSync2(real);
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
import { chmodSync, cpSync, existsSync as existsSync3, mkdtempSync, readFileSync as readFileSync3, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, isAbsolute as isAbsolute3, join as join4, resolve as resolve3 } from "node:path";

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
import { accessSync, constants, statSync as statSync3 } from "node:fs";
import { delimiter, isAbsolute as isAbsolute2, join as join3 } from "node:path";
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync3(path).isFile();
  } catch {
    return false;
  }
}
function findOnPath(name, env = process.env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join3(dir, name);
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

// src/render/helm.ts
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
  const inline = options.inlineValues !== void 0 ? mkdtempSync(join4(tmpdir(), "tollgate-values-")) : void 0;
  if (inline) {
    writeFileSync(join4(inline, "values.yaml"), options.inlineValues, { mode: 384 });
    valuesFiles.push(join4(inline, "values.yaml"));
  }
  try {
    return await renderChart(chartDir, repoRoot, options, chart, valuesFiles, helm, display);
  } catch (error) {
    if (inline && error instanceof TollgateError) error.message = error.message.split(join4(inline, "values.yaml")).join("the inline values");
    throw error;
  } finally {
    if (inline) rmSync(inline, { recursive: true, force: true });
  }
}
async function renderChart(chartDir, repoRoot, options, chart, valuesFiles, helm, display) {
  const release = options.release || releaseFromAppName(options.appName) || chart.name;
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
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
function defineLazy(target, key2, compute) {
  let value;
  let done = false;
  Object.defineProperty(target, key2, {
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
    const add2 = (list2, key2, field) => asList(list2).forEach((entry, i) => {
      const ref = field ? entry?.[field] : entry;
      if (typeof ref === "string" && !ref.includes("\n")) refs.push({ ref, pointer: `/${key2}/${i}${field ? `/${field}` : ""}` });
    });
    add2(spec.resources, "resources");
    add2(spec.bases, "bases");
    add2(spec.components, "components");
    add2(spec.crds, "crds");
    add2(spec.patchesStrategicMerge, "patchesStrategicMerge");
    add2(spec.patches, "patches", "path");
    add2(spec.patchesJson6902, "patchesJson6902", "path");
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
      const [key2, value] = term.split("=").map((s) => s.trim());
      if (value === void 0 ? !(key2 in labels) : labels[key2] !== value) return false;
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
        for (const key2 of MERGE_KEYS) {
          const value = item[key2];
          if (value === void 0) continue;
          index = patchNode.findIndex((p) => p !== null && typeof p === "object" && p[key2] === value);
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
    const key2 = k.lines.lineOf(typeof entry === "string" ? pointer : `${pointer}/patch`);
    return { text: inline, display: k.display, firstLine: (key2?.line ?? 0) + 1 };
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
  for (const key2 of ["configMapGenerator", "secretGenerator"]) {
    const list2 = k.spec[key2];
    if (!Array.isArray(list2)) continue;
    list2.forEach((entry, i) => {
      const generated = entry?.name;
      if (typeof generated !== "string" || !name.includes(generated)) return;
      if (best && best.length >= generated.length) return;
      const found = k.lines.lineOf(`/${key2}/${i}`);
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
      let located;
      let searched = false;
      const find = () => {
        if (!searched) {
          searched = true;
          located = inside ? matchDocument(files.documents(absolute), object) : void 0;
          base = located ? new DocumentLocator(file, located.lines, located.prefix) : new FixedLocator({ file, line: 1 });
        }
        return located;
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
  const base = { renderer, appPath: displayPath(repoRoot, appDir), repoRoot, warnings };
  switch (renderer) {
    case "directory":
      return {
        ...base,
        resources: renderDirectory(
          { appDir, repoRoot, recurse: options.recurse, include: options.include, exclude: options.exclude, skipFiles: options.skipFiles },
          warnings
        )
      };
    case "kustomize":
      return { ...base, resources: await renderKustomize(appDir, repoRoot, options) };
    case "helm": {
      const { resources, chart } = await renderHelm(appDir, repoRoot, options);
      return { ...base, resources, chart: { name: chart.name, version: chart.version } };
    }
    default:
      throw new TollgateError("usage", `unknown renderer ${JSON.stringify(renderer)}`, { hint: "use auto, directory, kustomize or helm" });
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

// src/cost/diff.ts
function identity(object, defaultNamespace = "") {
  return `${apiGroup(object.apiVersion)}/${object.kind}/${object.metadata?.namespace ?? defaultNamespace}/${object.metadata?.name ?? ""}`;
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}
function pairResources(base, head, defaultNamespace = "") {
  const baseById = new Map(base.map((r) => [identity(r.object, defaultNamespace), r]));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const r of head) {
    const id = identity(r.object, defaultNamespace);
    seen.add(id);
    const before = baseById.get(id);
    if (!before) out.push({ head: r, change: "added" });
    else out.push({ head: r, base: before, change: canonicalJson(before.object) === canonicalJson(r.object) ? "unchanged" : "changed" });
  }
  for (const r of base) if (!seen.has(identity(r.object, defaultNamespace))) out.push({ base: r, change: "removed" });
  return out;
}

// src/policy/finding.ts
var ORDER = { error: 3, warning: 2, info: 1, never: 4 };
function failsGate(level, failOn) {
  return failOn !== "never" && ORDER[level] >= ORDER[failOn];
}

// src/git/worktree.ts
import { mkdtempSync as mkdtempSync3, rmSync as rmSync3 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join7 } from "node:path";
var GIT_TIMEOUT_MS = 12e4;
async function git(repoRoot, args, signal) {
  const binary = findOnPath("git");
  if (!binary) throw new TollgateError("tool-missing", "git was not found on PATH; it is needed for --base-ref", { hint: "install git, or compare with --base PATH" });
  return runTool(binary, ["-C", repoRoot, ...args], { timeoutMs: GIT_TIMEOUT_MS, signal, display: `git ${args[0]}` });
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
function sameInputs(a, b) {
  if (a.render.resources.length !== b.render.resources.length) return false;
  if (canonicalJson(a.config) !== canonicalJson(b.config) || canonicalJson(a.prices) !== canonicalJson(b.prices)) return false;
  return a.render.resources.every((r, i) => canonicalJson(r.object) === canonicalJson(b.render.resources[i].object));
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
  const unchanged = baseRendered !== void 0 && sameInputs(baseRendered, head);
  const base = baseRendered && (unchanged ? sameAsHead(baseRendered, head) : costSide(baseRendered));
  if (base && base.prices.currency !== head.prices.currency) {
    throw new TollgateError("config", `the base prices are in ${base.prices.currency} and the head prices in ${head.prices.currency}; they cannot be compared`);
  }
  const defaultNs = options.namespace ?? head.config.render?.namespace ?? options.cluster?.namespace ?? "";
  const results = [];
  if (base) {
    for (const pair of pairResources(base.render.resources, head.render.resources, defaultNs)) {
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
        const key2 = findingKey(identity(r.resource.object, defaultNs), f);
        f.isNew = !seen.has(key2);
        if (!f.suppressed) open.add(key2);
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
  for (const [key2, findings] of budgets.perResource) key2.findings.push(...findings);
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
    verdict: failing.length ? "fail" : "pass",
    reasons: failing.map((f) => f.message),
    warnings: [...head.render.warnings, ...base?.render.warnings ?? [], ...policy.warnings]
  };
}

// src/argocd/parameters.ts
var PARAMETERS = [
  { name: "mode", title: "Mode", tooltip: "annotate: deploy with cost and policy annotations. enforce: refuse to sync (exit 1) when the gate fails. The sidecar may force enforce.", collectionType: "string", string: "annotate", enum: ["annotate", "enforce"] },
  { name: "annotations", title: "Annotations", tooltip: "Which tollgate.dev/* annotations to write: all, findings (no cost figures), none.", collectionType: "string", string: "all", enum: ["all", "findings", "none"] },
  { name: "config", title: "Config file", tooltip: "A .tollgate.yaml to use instead of the nearest one, relative to the app directory; it must stay inside the repository.", collectionType: "string" },
  { name: "renderer", title: "Renderer", tooltip: "auto (Argo CD detection), directory, kustomize or helm.", collectionType: "string", string: "auto", enum: ["auto", "directory", "kustomize", "helm"] },
  { name: "release-name", title: "Helm release name", tooltip: "Default: the Application name without its <namespace>_ prefix, as Argo CD does.", collectionType: "string" },
  { name: "namespace", title: "Namespace", tooltip: "Helm --namespace and the namespace resources without one are counted in. Default: the config's render.namespace, else the destination namespace.", collectionType: "string" },
  { name: "values-files", title: "Helm values files", tooltip: "Values files relative to the app directory; they must stay inside the repository.", collectionType: "array" },
  { name: "values", title: "Helm values (YAML)", tooltip: "Inline values as YAML, applied after the values files (like valuesObject).", collectionType: "string" },
  { name: "helm-parameters", title: "Helm parameters", tooltip: "key \u2192 value, passed as helm --set key=value.", collectionType: "map" },
  { name: "skip-crds", title: "Skip CRDs", tooltip: "true leaves out the chart's crds/ folder.", collectionType: "string", string: "false", boolean: true },
  { name: "kube-version", title: "Kubernetes version", tooltip: "The version Helm templates see. Default: the config, else the cluster (KUBE_VERSION).", collectionType: "string" },
  { name: "api-versions", title: "API versions", tooltip: "Comma-separated API versions Helm templates see. Default: the config, else the cluster (KUBE_API_VERSIONS).", collectionType: "string" },
  { name: "recurse", title: "Recurse", tooltip: "Directory apps: read sub-folders too.", collectionType: "string", string: "false", boolean: true },
  { name: "include", title: "Include", tooltip: "Directory apps: Argo CD's include glob.", collectionType: "string" },
  { name: "exclude", title: "Exclude", tooltip: "Directory apps: Argo CD's exclude glob.", collectionType: "string" },
  { name: "kustomize-images", title: "Kustomize images", tooltip: "Image overrides as kustomize edit set image takes them: name=new:tag, name:tag, name@sha256:\u2026", collectionType: "array" },
  { name: "kustomize-name-prefix", title: "Kustomize name prefix", tooltip: "namePrefix on top of the build.", collectionType: "string" },
  { name: "kustomize-name-suffix", title: "Kustomize name suffix", tooltip: "nameSuffix on top of the build.", collectionType: "string" },
  { name: "kustomize-namespace", title: "Kustomize namespace", tooltip: "namespace on top of the build.", collectionType: "string" },
  { name: "kustomize-common-labels", title: "Kustomize common labels", tooltip: "Labels added to every resource, its selectors and templates.", collectionType: "map" },
  { name: "kustomize-components", title: "Kustomize components", tooltip: "Component directories relative to the app directory, applied on top of the build.", collectionType: "array" }
];
function announcements() {
  return PARAMETERS.map((p) => ({
    name: p.name,
    title: p.title,
    tooltip: p.tooltip,
    ...p.collectionType === "string" ? {} : { collectionType: p.collectionType },
    ...p.string !== void 0 ? { string: p.string } : {}
  }));
}
function paramEnvName(name) {
  return `PARAM_${name.toUpperCase().replace(/[^A-Z0-9_]/g, "_")}`;
}

// src/enrich/annotate.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
var money2 = centsText;
function costAnnotations(cost, kind) {
  if (!cost) return {};
  const out = {};
  const b = cost.breakdown;
  const breakdown = `{"cpu":${cents(b.cpu)},"memory":${cents(b.memory)},"gpu":${cents(b.gpu)},"storage":${cents(b.storage)},"network":${cents(b.network)}}`;
  if (cost.perRun !== void 0 && kind === "Job") {
    out["tollgate.dev/cost-per-run"] = money2(cost.perRun);
    return out;
  }
  out["tollgate.dev/monthly-cost"] = money2(cost.monthly.min);
  if (money2(cost.monthly.max) !== money2(cost.monthly.min)) out["tollgate.dev/monthly-cost-max"] = money2(cost.monthly.max);
  out["tollgate.dev/cost-breakdown"] = breakdown;
  return out;
}
var escape = (key2) => key2.replaceAll("~", "~0").replaceAll("/", "~1");
function annotate(object, annotations) {
  const keys = Object.keys(annotations);
  if (keys.length === 0) return;
  const ops = [];
  if (!object.metadata || typeof object.metadata !== "object") ops.push({ op: "add", path: "/metadata", value: {} });
  if (!object.metadata?.annotations || typeof object.metadata.annotations !== "object") {
    ops.push({ op: "add", path: "/metadata/annotations", value: { ...annotations } });
  } else {
    for (const key2 of keys) ops.push({ op: "add", path: `/metadata/annotations/${escape(key2)}`, value: annotations[key2] });
  }
  import_fast_json_patch.default.applyPatch(object, ops, false, true);
}
function enrichmentFor(analysis, mode) {
  const out = /* @__PURE__ */ new Map();
  if (mode === "none") return out;
  const failOn = analysis.head.config.policy.failOn;
  for (const r of analysis.resources) {
    if (r.change === "removed") continue;
    const annotations = mode === "all" ? costAnnotations(r.cost, r.resource.object.kind) : {};
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let fails = false;
    const rules = /* @__PURE__ */ new Set();
    for (const f of r.findings) {
      if (f.suppressed) continue;
      if (f.level === "error") errors++;
      else if (f.level === "warning") warnings++;
      else infos++;
      rules.add(f.rule);
      fails ||= failsGate(f.level, failOn);
    }
    if (rules.size) {
      const counts = [errors ? `error=${errors}` : "", warnings ? `warning=${warnings}` : "", infos ? `info=${infos}` : ""];
      annotations["tollgate.dev/findings"] = counts.filter(Boolean).join(",");
      annotations["tollgate.dev/rules"] = [...rules].sort().join(",");
    }
    annotations["tollgate.dev/verdict"] = fails ? "fail" : "pass";
    out.set(r.resource.object, annotations);
  }
  return out;
}

// src/manifest/emit.ts
var PLAIN_BODY = /^[A-Za-z0-9_./-][\x20-\x22\x24-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
var NEEDS_ESCAPE_IN_JSON_OUTPUT = /[\u0085\u2028\u2029\ufeff]/;
var ESCAPE_IN_JSON_OUTPUT = /[\u0085\u2028\u2029\ufeff]/g;
var LITERAL_SAFE = /^[\t\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
function isPlainSafe(s) {
  if (!PLAIN_BODY.test(s)) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 32 || last === 58) return false;
  if (s.charCodeAt(0) === 45 && (s.length === 1 || s.charCodeAt(1) === 32)) return false;
  if (s.includes(": ") || s.includes(" #")) return false;
  return resolvePlainScalar(s) === NOT_RESOLVED;
}
var SINGLE_QUOTABLE = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
function quoted(s) {
  if ((s.includes('"') || s.includes("\\")) && SINGLE_QUOTABLE.test(s)) return `'${s.replaceAll("'", "''")}'`;
  const json = JSON.stringify(s);
  return NEEDS_ESCAPE_IN_JSON_OUTPUT.test(json) ? json.replace(ESCAPE_IN_JSON_OUTPUT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}
function literalBlock(s, indent) {
  if (!LITERAL_SAFE.test(s)) return void 0;
  const lines = s.split("\n");
  let chomp;
  if (lines[lines.length - 1] !== "") chomp = "-";
  else if (lines.length >= 2 && lines[lines.length - 2] !== "") {
    chomp = "";
    lines.pop();
  } else return void 0;
  let firstContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    if (line.trim() === "") return void 0;
    if (firstContent < 0) {
      firstContent = i;
      if (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) return void 0;
    }
  }
  if (firstContent < 0) return void 0;
  let out = `|${chomp}`;
  for (const line of lines) out += line === "" ? "\n" : `
${indent}${line}`;
  return out;
}
var shortValueCache = /* @__PURE__ */ new Map();
function scalar(value, indent) {
  switch (typeof value) {
    case "string": {
      if (value.includes("\n")) return literalBlock(value, indent) ?? quoted(value);
      if (value.length > 64) return isPlainSafe(value) ? value : quoted(value);
      let written = shortValueCache.get(value);
      if (written === void 0) {
        written = isPlainSafe(value) ? value : quoted(value);
        if (shortValueCache.size < 5e4) shortValueCache.set(value, written);
      }
      return written;
    }
    case "number":
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return "null";
  }
}
var keyCache = /* @__PURE__ */ new Map();
function key(k) {
  let written = keyCache.get(k);
  if (written === void 0) {
    written = isPlainSafe(k) ? k : quoted(k);
    if (keyCache.size < 1e4) keyCache.set(k, written);
  }
  return written;
}
function isEmptyCollection(value) {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : void 0;
  if (value !== null && typeof value === "object") {
    for (const _ in value) return void 0;
    return "{}";
  }
  return void 0;
}
function writeMapping(obj4, indent, firstPrefix) {
  let out = "";
  let first = true;
  const childIndent = `${indent}  `;
  for (const k in obj4) {
    const v = obj4[k];
    if (v === void 0) continue;
    out += first ? firstPrefix : indent;
    first = false;
    out += key(k);
    out += ":";
    if (v !== null && typeof v === "object") {
      const empty2 = isEmptyCollection(v);
      if (empty2) out += ` ${empty2}
`;
      else if (Array.isArray(v)) out += `
${writeSequence(v, indent)}`;
      else out += `
${writeMapping(v, childIndent, childIndent)}`;
    } else {
      out += ` ${scalar(v, childIndent)}
`;
    }
  }
  return out;
}
function writeSequence(list2, indent) {
  let out = "";
  const itemIndent = `${indent}  `;
  for (const item of list2) {
    if (item !== null && typeof item === "object") {
      const empty2 = isEmptyCollection(item);
      if (empty2) out += `${indent}- ${empty2}
`;
      else if (Array.isArray(item)) out += writeNestedSequence(item, itemIndent, `${indent}- `);
      else out += writeMapping(item, itemIndent, `${indent}- `);
    } else {
      out += `${indent}- ${scalar(item ?? null, itemIndent)}
`;
    }
  }
  return out;
}
function writeNestedSequence(list2, indent, firstPrefix) {
  const body = writeSequence(list2, indent);
  return firstPrefix + body.slice(indent.length);
}
function toYaml(value) {
  if (value !== null && typeof value === "object") {
    const empty2 = isEmptyCollection(value);
    if (empty2) return `${empty2}
`;
    if (Array.isArray(value)) return writeSequence(value, "");
    return writeMapping(value, "", "");
  }
  return `${scalar(value, "  ")}
`;
}
function toYamlStream(values) {
  let out = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += "---\n";
    out += toYaml(values[i]);
  }
  return out;
}
function toJsonLines(values) {
  let out = "";
  for (const value of values) out += `${JSON.stringify(value)}
`;
  return out;
}

// src/report/json.ts
var money3 = (b) => ({ cpu: cents(b.cpu), memory: cents(b.memory), gpu: cents(b.gpu), storage: cents(b.storage), network: cents(b.network) });
function costJson(cost) {
  if (!cost) return null;
  return {
    monthly: { min: cents(cost.monthly.min), max: cents(cost.monthly.max) },
    breakdown: money3(cost.breakdown),
    ...cost.replicas ? { replicas: cost.replicas } : {},
    ...cost.perRun !== void 0 ? { perRun: cents(cost.perRun) } : {},
    ...cost.peak ? { peak: { replicas: cost.peak.replicas, monthly: cents(cost.peak.monthly) } } : {},
    assumptions: cost.assumptions
  };
}
function findingJson(f) {
  return {
    rule: f.rule,
    level: f.level,
    message: f.message,
    ...f.path ? { path: f.path } : {},
    ...f.source ? { source: f.source } : {},
    suppressed: f.suppressed,
    ...f.isNew !== void 0 ? { new: f.isNew } : {}
  };
}
function resourceJson(r, withChange) {
  const o = r.resource.object;
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    ...o.metadata?.namespace ? { namespace: o.metadata.namespace } : {},
    name: o.metadata?.name,
    ...r.resource.source ? { source: r.resource.source } : {},
    cost: costJson(r.change === "removed" ? r.baseCost : r.cost),
    ...withChange ? { change: r.change } : {},
    findings: r.findings.map(findingJson)
  };
}
function reportJson(a) {
  const all = [...a.findings, ...a.resources.flatMap((r) => r.findings)];
  const count = (level) => all.filter((f) => !f.suppressed && f.level === level).length;
  const basis = a.head.config.budgets.basis;
  const report = {
    version: 1,
    tool: { name: "tollgate", version: VERSION },
    app: { path: a.appPath, renderer: a.renderer },
    currency: a.currency,
    verdict: a.verdict,
    reasons: a.reasons,
    totals: {
      monthly: { min: cents(a.head.totals.monthly.min), max: cents(a.head.totals.monthly.max) },
      breakdown: money3(a.head.totals.breakdown),
      findings: { error: count("error"), warning: count("warning"), info: count("info"), suppressed: all.filter((f) => f.suppressed).length }
    }
  };
  if (a.base) {
    const before = a.base.totals.monthly;
    const after = a.head.totals.monthly;
    report.base = { totals: { monthly: { min: cents(before.min), max: cents(before.max) } } };
    const delta = { monthly: { min: cents(after.min - before.min), max: cents(after.max - before.max) } };
    if (before[basis] !== 0) delta.percent = Math.round((after[basis] - before[basis]) / before[basis] * 1e4) / 100;
    report.delta = delta;
  }
  report.findings = a.findings.map(findingJson);
  report.resources = a.resources.map((r) => resourceJson(r, Boolean(a.base)));
  return report;
}

export {
  TollgateError,
  formatError,
  require_dist,
  realPathInside,
  displayPath,
  decodeDocument,
  PRICE_PROFILES,
  Prices,
  loadConfig,
  defaultConfig,
  estimateCosts,
  totalCost,
  cents,
  identity,
  locateField,
  failsGate,
  RULES,
  evaluatePolicy,
  parseManifestStream,
  render,
  analyzeApp,
  PARAMETERS,
  announcements,
  paramEnvName,
  costAnnotations,
  annotate,
  enrichmentFor,
  toYaml,
  toYamlStream,
  toJsonLines,
  reportJson
};
