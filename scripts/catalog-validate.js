/**
 * Checks the catalog's data files against src/model/catalog/catalog.schema.json. A small validator
 * for the part of JSON Schema (draft-07) the catalog schema uses; a keyword it does not know is an
 * error, so the schema cannot say something that goes unchecked. Used by `npm run catalog`, by the
 * webpack build (a build fails on invalid data) and by test/unit/catalog-schema.test.ts.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const CATALOG_DIR = path.join(ROOT, "src/model/catalog");
const DATA_DIR = path.join(CATALOG_DIR, "data");
const SCHEMA_FILE = path.join(CATALOG_DIR, "catalog.schema.json");

const ANNOTATIONS = new Set(["description", "title", "$schema", "$id", "definitions"]);
const KNOWN = new Set(["type", "enum", "const", "pattern", "minLength", "required", "properties", "additionalProperties",
  "propertyNames", "items", "oneOf", "$ref", ...ANNOTATIONS]);

function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Every violation of `schema` by `value`, as "path: what" strings; [] when valid. */
function validate(root, schema, value, where = "$") {
  const errors = [];
  for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`catalog.schema.json: unsupported keyword ${keyword} at ${where}`);
  if (schema.$ref !== undefined) {
    const name = /^#\/definitions\/(.+)$/.exec(schema.$ref);
    if (name === null || root.definitions[name[1]] === undefined) throw new Error(`catalog.schema.json: bad $ref ${schema.$ref}`);
    errors.push(...validate(root, root.definitions[name[1]], value, where));
  }
  if (schema.type !== undefined) {
    const actual = typeOf(value);
    const ok = schema.type === "integer" ? Number.isInteger(value) : actual === schema.type;
    if (!ok) return [...errors, `${where}: must be ${schema.type}, is ${actual}`];
    if (actual === "number" && !Number.isFinite(value)) errors.push(`${where}: must be a finite number`);
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) errors.push(`${where}: must be one of ${schema.enum.join(", ")}; is ${JSON.stringify(value)}`);
  if (schema.const !== undefined && value !== schema.const) errors.push(`${where}: must be ${JSON.stringify(schema.const)}`);
  if (typeof value === "string") {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) errors.push(`${where}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${where}: must not be empty`);
  }
  if (schema.oneOf !== undefined) {
    const results = schema.oneOf.map((option) => validate(root, option, value, where));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing !== 1) errors.push(passing === 0 ? `${where}: matches no allowed form (${results.map((r) => r[0]).join(" | ")})` : `${where}: matches several forms`);
  }
  if (typeOf(value) === "object") {
    for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${where}: ${key} is required`);
    for (const [key, item] of Object.entries(value)) {
      const at = `${where}.${key}`;
      if (schema.propertyNames !== undefined) errors.push(...validate(root, schema.propertyNames, key, `${at} (name)`));
      if (schema.properties !== undefined && key in schema.properties) errors.push(...validate(root, schema.properties[key], item, at));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown field`);
      else if (typeof schema.additionalProperties === "object") errors.push(...validate(root, schema.additionalProperties, item, at));
    }
  }
  if (Array.isArray(value) && schema.items !== undefined) value.forEach((item, i) => errors.push(...validate(root, schema.items, item, `${where}[${i}]`)));
  return errors;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function loadSchema() {
  return readJson(SCHEMA_FILE);
}

/** Versions in release order, from data/versions.json. */
function releases() {
  return readJson(path.join(DATA_DIR, "versions.json"));
}

function jsonFiles(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
}

/**
 * The files physically in one version's folder: { systems: [[file, value]], deals: [...], sources,
 * assumptions }. A full version has all four; an overlay (a release with `basedOn`) only what changed:
 * its sources.json and assumptions.json list just the new or changed entries, and may be absent.
 */
function readOwnFiles(version) {
  const dir = path.join(DATA_DIR, version);
  const list = (name) => (fs.existsSync(path.join(dir, name)) ? readJson(path.join(dir, name)) : undefined);
  return {
    dir,
    systems: jsonFiles(path.join(dir, "systems")).map((f) => [path.join(dir, "systems", f), readJson(path.join(dir, "systems", f))]),
    deals: jsonFiles(path.join(dir, "deals")).map((f) => [path.join(dir, "deals", f), readJson(path.join(dir, "deals", f))]),
    sources: list("sources.json"),
    assumptions: list("assumptions.json"),
  };
}

/** Entries of `base` with those of `own` put in place by id (same id replaces, a new id is added at the end). */
function overlayEntries(base, own, id) {
  const replaced = new Map((own ?? []).map((entry) => [entry[id], entry]));
  const merged = base.map((entry) => replaced.get(entry[id]) ?? entry);
  const known = new Set(base.map((entry) => entry[id]));
  return [...merged, ...(own ?? []).filter((entry) => !known.has(entry[id]))];
}

/** Item files of `base` with those of `own` put in place by file name, in file-name order. */
function overlayFiles(base, own) {
  const byName = new Map(base.map((pair) => [path.basename(pair[0]), pair]));
  for (const pair of own) byName.set(path.basename(pair[0]), pair);
  return [...byName.keys()].sort().map((name) => byName.get(name));
}

/**
 * The data of one version as a workbook pinned to it computes with: a full version's own files, or an
 * overlay's files laid over its predecessor's (resolved recursively). `dir` is the version's own folder.
 */
function readVersion(version) {
  const release = releases().find((r) => r.version === version);
  const own = readOwnFiles(version);
  if (release === undefined || release.basedOn === undefined) {
    return { ...own, sources: own.sources ?? [], assumptions: own.assumptions ?? [] };
  }
  const base = readVersion(release.basedOn);
  return {
    dir: own.dir,
    systems: overlayFiles(base.systems, own.systems),
    deals: overlayFiles(base.deals, own.deals),
    sources: overlayEntries(base.sources, own.sources, "id"),
    assumptions: overlayEntries(base.assumptions, own.assumptions, "key"),
  };
}

/** Every schema violation in every version's files, plus the rules a schema cannot say (file named by key, unique ids). */
function checkCatalog() {
  const schema = loadSchema();
  const problems = [];
  const rel = (file) => path.relative(ROOT, file);
  const list = releases();
  validate(schema, { type: "array", items: { $ref: "#/definitions/CatalogRelease" } }, list).forEach((e) => problems.push(`versions.json ${e}`));
  list.forEach(({ version, basedOn }, i) => {
    const own = readOwnFiles(version);
    if (basedOn === undefined && (own.sources === undefined || own.assumptions === undefined)) {
      problems.push(`${version}: a full version needs sources.json and assumptions.json (or basedOn, to be an overlay)`);
    }
    if (basedOn !== undefined && !list.slice(0, i).some((r) => r.version === basedOn)) {
      problems.push(`versions.json: ${version} is based on ${basedOn}, which is not an earlier release`);
    }
  });
  for (const { version } of list) {
    if (problems.length > 0) break;
    const data = readVersion(version);
    for (const [kind, def] of [["systems", "SystemSpec"], ["deals", "DealSpec"]]) {
      for (const [file, value] of data[kind]) {
        validate(schema, { $ref: `#/definitions/${def}` }, value).forEach((e) => problems.push(`${rel(file)} ${e}`));
        if (value.key !== path.basename(file, ".json")) problems.push(`${rel(file)}: key ${value.key} must match the file name`);
      }
    }
    validate(schema, { type: "array", items: { $ref: "#/definitions/Source" } }, data.sources).forEach((e) => problems.push(`${version}/sources.json ${e}`));
    validate(schema, { type: "array", items: { $ref: "#/definitions/Assumption" } }, data.assumptions).forEach((e) => problems.push(`${version}/assumptions.json ${e}`));
    const ids = new Set();
    for (const source of readOwnFiles(version).sources ?? []) {
      if (ids.has(source.id)) problems.push(`${version}/sources.json: duplicate id ${source.id}`);
      ids.add(source.id);
    }
  }
  return problems;
}

module.exports = { validate, loadSchema, releases, readVersion, readOwnFiles, checkCatalog, DATA_DIR, CATALOG_DIR, ROOT, SCHEMA_FILE };
