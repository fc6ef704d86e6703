/**
 * Loads the function declarations (src/functions/registry.ts) into a Node script through ts-node, the
 * same TypeScript the bundle compiles, and drops src/ from Node's module cache afterwards so a
 * rebuilding dev server sees edits. webpack.config.js (functions.json, help pages) and scripts/docs.js
 * (the README reference) read the declarations only through here.
 */
const path = require("path");

const SRC = path.resolve(__dirname, "../src");

function loadDeclarations() {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  try {
    const { FUNCTION_DEFS } = require("../src/functions/registry.ts");
    const { functionsMetadata, referenceOf } = require("../src/functions/metadata.ts");
    const { assumption, CATALOG_VERSION } = require("../src/model/catalog/index.ts");
    return {
      catalogVersion: CATALOG_VERSION,
      metadata: (helpUrl) => functionsMetadata(FUNCTION_DEFS, helpUrl),
      reference: referenceOf(FUNCTION_DEFS, (key) => assumption(key).base),
    };
  } finally {
    for (const id of Object.keys(require.cache)) if (id.startsWith(SRC)) delete require.cache[id];
  }
}

module.exports = { loadDeclarations };
