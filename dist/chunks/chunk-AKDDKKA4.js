import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";

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
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
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
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
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
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
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
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
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
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
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
function formatError(exception, compact) {
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
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
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
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
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
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
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
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
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
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
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
function setKey(map, key, value) {
  if (key === "__proto__") Object.defineProperty(map, key, { value, enumerable: true, configurable: true, writable: true });
  else map[key] = value;
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
    let key;
    let after;
    if (c === 34 || c === 39) {
      [key, after] = c === 34 ? doubleQuoted(text, col, line.end) : singleQuoted(text, col, line.end);
      after = skipSpaces(text, after, line.end);
      if (text.charCodeAt(after) !== 58) bail();
      return [key, after + 1];
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
    key = resolved === NOT_RESOLVED ? raw : String(resolved);
    return [key, at + 1];
  }
  mapping(first, firstCol, indent) {
    const map = {};
    let line = first;
    let col = firstCol;
    for (; ; ) {
      const [key, afterColon] = this.key(line, col);
      setKey(map, key, this.value(line, afterColon, indent, true));
      line = this.peek();
      if (!line || line.indent !== indent) break;
      col = line.start + indent;
      if (this.text.charCodeAt(col) === 45 && (col + 1 === line.end || this.text.charCodeAt(col + 1) === SPACE)) break;
    }
    if (line && line.indent > indent) bail();
    return map;
  }
  sequence(first, firstCol, indent) {
    const list = [];
    let line = first;
    let col = firstCol;
    const { text } = this;
    for (; ; ) {
      const itemCol = skipSpaces(text, col + 1, line.end);
      if (itemCol >= line.end || text.charCodeAt(itemCol) === HASH) {
        this.index++;
        const next = this.peek();
        if (next && next.indent > indent) list.push(this.node(next, next.start + next.indent, indent));
        else list.push(null);
      } else {
        const c = text.charCodeAt(itemCol);
        if (c === 45 && (itemCol + 1 === line.end || text.charCodeAt(itemCol + 1) === SPACE) || this.isMappingStart(line, itemCol)) {
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
  addItem: (list, item) => {
    list.push(item);
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
  addPair: (container, key, value) => {
    if (key === null || key === void 0) return "a mapping key is null, which Kubernetes cannot decode";
    if (typeof key === "object") return "a mapping key is a collection, which Kubernetes cannot decode";
    const name = String(key);
    if (name === "__proto__") {
      Object.defineProperty(container, name, { value, enumerable: true, configurable: true, writable: true });
    } else {
      container[name] = value;
    }
    return "";
  },
  has: (container, key) => Object.prototype.hasOwnProperty.call(container, String(key)),
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const name = String(key);
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
  for (const key of Object.keys(value)) {
    const child = cloneTree(value[key]);
    if (key === "__proto__") Object.defineProperty(out, key, { value: child, enumerable: true, configurable: true, writable: true });
    else out[key] = child;
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
    for (const key in value) {
      const item = value[key];
      if (item !== null && typeof item === "object") checkFinite(item, `${path}/${key}`);
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
      const normalized = normalizeGpuName(type);
      for (const key of Object.keys(user)) {
        if (key !== "default" && normalizeGpuName(key) === normalized) return { price: user[key], key, from: "prices file" };
      }
      const model = gpuModel(type);
      if (model) {
        for (const key of Object.keys(user)) if (key !== "default" && gpuModel(key) === model) return { price: user[key], key, from: "prices file" };
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
      for (const key of Object.keys(user)) if (key !== "default" && key.toLowerCase() === lower) return { price: user[key], key, from: "prices file" };
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
  const number = (key) => {
    const value = json[key];
    if (value === void 0 || value === "") return void 0;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new TollgateError("config", `OpenCost pricing key ${key} is ${JSON.stringify(value)}, not a number`);
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
  const key = `${schedule}\0${timeZone}\0${year}`;
  const known = cache.get(key);
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
  cache.set(key, count);
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
  const parsed = parseQuantityText(value);
  if (cache2.size < 1e4) cache2.set(value, parsed);
  return parsed;
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
function requiredNodeLabel(spec, key) {
  const values = [];
  const selected = spec.nodeSelector?.[key];
  if (typeof selected === "string") values.push(selected);
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  for (const term of Array.isArray(required) ? required : []) {
    for (const expression of term?.matchExpressions ?? []) {
      if (expression?.key === key && expression.operator === "In" && Array.isArray(expression.values)) {
        values.push(...expression.values.filter((v) => typeof v === "string"));
      }
    }
  }
  return values;
}
function selectsSpot(spec) {
  if (!spec.nodeSelector && !spec.affinity && !spec.tolerations) return false;
  for (const [key, value] of SPOT_LABELS) {
    if (requiredNodeLabel(spec, key).some((v) => v.toLowerCase() === value.toLowerCase())) return true;
    for (const toleration of spec.tolerations ?? []) {
      if (toleration?.key !== key) continue;
      if (toleration.operator === "Exists" || String(toleration.value ?? "").toLowerCase() === value.toLowerCase()) return true;
    }
  }
  return false;
}
function gpuTypeOf(spec) {
  if (!spec.nodeSelector && !spec.affinity) return void 0;
  for (const key of GPU_SELECTOR_KEYS) {
    const values = requiredNodeLabel(spec, key);
    if (values.length) return values[0];
  }
  for (const key of INSTANCE_TYPE_KEYS) {
    for (const instanceType of requiredNodeLabel(spec, key)) {
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
  const parsed = annotated ? parseDuration(annotated) : void 0;
  if (annotated && parsed === void 0) notes.push(`${EXPECTED_DURATION} ${JSON.stringify(annotated)} is not a duration like 30m; using ${assumptions.cronJobDuration}`);
  if (parsed !== void 0) return parsed;
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
function pairResources(base, head, defaultNamespace = "", textOf = (r) => canonicalJson(r.object)) {
  const baseById = new Map(base.map((r) => [identity(r.object, defaultNamespace), r]));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const r of head) {
    const id = identity(r.object, defaultNamespace);
    seen.add(id);
    const before = baseById.get(id);
    if (!before) out.push({ head: r, change: "added" });
    else out.push({ head: r, base: before, change: textOf(before) === textOf(r) ? "unchanged" : "changed" });
  }
  for (const r of base) if (!seen.has(identity(r.object, defaultNamespace))) out.push({ base: r, change: "removed" });
  return out;
}

export {
  NOT_RESOLVED,
  resolvePlainScalar,
  YamlDecodeError,
  decodeDocument,
  PRICE_PROFILES,
  gpuModel,
  Prices,
  fromOpenCostPricing,
  isOpenCostPricing,
  parseQuantity,
  selectsSpot,
  gpuTypeOf,
  splitYamlStream,
  lineStarts,
  lineAt,
  escapePointerSegment,
  pointerSegments,
  DocumentLines,
  valueAt,
  apiGroup,
  asObject,
  parseDuration,
  estimateCosts,
  totalCost,
  cents,
  centsText,
  identity,
  canonicalJson,
  pairResources
};
