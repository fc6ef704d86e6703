/**
 * Loads the function declarations (src/functions/registry.ts) into a Node script through ts-node, the
 * same TypeScript the bundle compiles, and drops src/ from Node's module cache afterwards so a
 * rebuilding dev server sees edits. webpack.config.js (functions.json, help pages) and scripts/docs.js
 * (the README reference) read the declarations only through here.
 */
const path = require("path");

const SRC = path.resolve(__dirname, "../src");

const fs = require("fs");

/** Declarations exported by a file in src/functions that FUNCTION_DEFS lacks: [id, file]. */
function unregistered(defs) {
  const dir = path.join(SRC, "functions");
  const found = [];
  // functions.ts is the bundle's entry: it registers with Excel's runtime, which Node does not have.
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "functions.ts")) {
    for (const value of Object.values(require(path.join(dir, file)))) {
      const isDef = typeof value === "object" && value !== null && typeof value.id === "string" && typeof value.compute === "function" && Array.isArray(value.params);
      if (isDef && !defs.includes(value)) found.push([value.id, `src/functions/${file}`]);
    }
  }
  return found;
}

function loadDeclarations() {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  try {
    const { FUNCTION_DEFS } = require("../src/functions/registry.ts");
    const { functionsMetadata, referenceOf } = require("../src/functions/metadata.ts");
    const { assumption, CATALOG_VERSION } = require("../src/model/catalog/index.ts");
    return {
      catalogVersion: CATALOG_VERSION,
      unregistered: unregistered(FUNCTION_DEFS),
      metadata: (helpUrl) => functionsMetadata(FUNCTION_DEFS, helpUrl),
      reference: referenceOf(FUNCTION_DEFS, (key) => assumption(key).base),
    };
  } finally {
    for (const id of Object.keys(require.cache)) if (id.startsWith(SRC)) delete require.cache[id];
  }
}

module.exports = { loadDeclarations };
