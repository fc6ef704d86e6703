/**
 * Builds the shared runtime: one page (taskpane.html) loads both the task pane and the custom
 * functions, so they share globals (scenarios) and one lifetime. functions.json (and each language's
 * copy) is generated from the function declarations (src/functions/registry.ts through
 * src/functions/metadata.ts), never written by hand; see CONTRIBUTING.md.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { publicUrl, DEV_URL } = require("./scripts/urls");

// npm start passes its port (scripts/start.js); 3000 is the manifest's development URL.
const DEV_PORT = Number(process.env.GIGAWATT_PORT || 3000);

const { localizeMetadata } = require("./scripts/localize-metadata");
const { checkCatalog } = require("./scripts/catalog-validate");

const LANGUAGES = ["de"];
const { loadDeclarations } = require("./scripts/declarations");

const { helpPages, helpPath, renderSupport } = require("./scripts/docs");

/**
 * Emits functions.json from the declarations, functions.<lang>.json next to it (see
 * scripts/localize-metadata.js), and the help pages each function's helpUrl points to plus the
 * support page the manifest names (scripts/docs.js).
 */
class FunctionsMetadataPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        let english, declarations;
        try {
          declarations = loadDeclarations();
          english = declarations.metadata((id) => this.baseUrl + helpPath(id, "en"));
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(`functions.json: the declarations did not load: ${error.stack || error}`));
          return;
        }
        compilation.emitAsset("functions.json", new compiler.webpack.sources.RawSource(JSON.stringify(english, null, 2)));
        for (const lang of LANGUAGES) {
          const table = JSON.parse(fs.readFileSync(path.join(__dirname, "src/i18n", `functions.${lang}.json`), "utf8"));
          const { metadata, problems } = localizeMetadata(english, table, declarations.reference);
          for (const problem of problems) compilation.errors.push(new compiler.webpack.WebpackError(`functions.${lang}.json: ${problem}`));
          for (const f of metadata.functions) f.helpUrl = this.baseUrl + helpPath(f.id, lang);
          compilation.emitAsset(`functions.${lang}.json`, new compiler.webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
        }
        const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "test/fixtures/formulas.json"), "utf8"));
        const german = JSON.parse(fs.readFileSync(path.join(__dirname, "src/i18n/functions.de.json"), "utf8"));
        const support = renderSupport(english, declarations.catalogVersion);
        for (const [file, html] of helpPages(declarations, german, fixture, support)) {
          compilation.emitAsset(file, new compiler.webpack.sources.RawSource(html));
        }
      });
    });
  }
}

/** Fails the build when a catalog data file does not validate against catalog.schema.json. */
class CatalogSchemaPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CatalogSchemaPlugin", (compilation) => {
      for (const problem of checkCatalog()) compilation.errors.push(new compiler.webpack.WebpackError(`catalog: ${problem}`));
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const targetUrl = production ? publicUrl(true) : DEV_URL.replace(":3000/", `:${DEV_PORT}/`);
  const certDir = process.env.GIGAWATT_CERT_DIR || path.join(require("os").homedir(), ".office-addin-dev-certs");
  return {
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    // publicPath "": chunks (the percentile worker's) load relative to the page, as every asset sits in
    // dist/ beside taskpane.html. The default ("auto") makes the runtime look for document.currentScript,
    // which a runtime without a document (the bundle tests' sandbox) does not have.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", publicPath: "", clean: true },
    devtool: production ? "source-map" : "eval-source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } },
      ],
    },
    // One webpack runtime and one shared chunk, so the pane and the functions see the same module
    // instances (the scenario store above all) in the shared runtime.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all", minSize: 0, name: "shared" } },
    // The catalog is bundled data (every released version with its sources, ~150 KB minified and
    // growing with each version): the budget leaves room for it.
    performance: { maxAssetSize: 650000, maxEntrypointSize: 650000 },
    plugins: [
      new FunctionsMetadataPlugin(targetUrl),
      new CatalogSchemaPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane page also runs the functions, so it loads both bundles.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(targetUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      client: false,
      server: fs.existsSync(path.join(certDir, "localhost.crt"))
        ? {
          type: "https",
          options: {
            key: fs.readFileSync(path.join(certDir, "localhost.key")),
            cert: fs.readFileSync(path.join(certDir, "localhost.crt")),
            ca: fs.readFileSync(path.join(certDir, "ca.crt")),
          },
        }
        : "https",
    },
  };
};
