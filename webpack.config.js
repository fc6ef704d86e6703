/**
 * Builds the shared runtime: one page (taskpane.html) loads both the task pane and the custom
 * functions, so they share globals (scenarios) and one lifetime. functions.json is generated from
 * the JSDoc of the files in src/functions/metadata-inputs.json, never written by hand.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { publicUrl, DEV_URL } = require("./scripts/urls");

// npm start passes its port (scripts/start.js); 3000 is the manifest's development URL.
const DEV_PORT = Number(process.env.GIGAWATT_PORT || 3000);

const { localizeMetadata } = require("./scripts/localize-metadata");
const { checkCatalog } = require("./scripts/catalog-validate");

const metadataInputs = require("./src/functions/metadata-inputs.json");
const LANGUAGES = ["de"];

/** Emits functions.<lang>.json next to the generated functions.json (see scripts/localize-metadata.js). */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = compilation.getAsset("functions.json");
        if (!source) return;
        const english = JSON.parse(source.source.source().toString());
        for (const lang of LANGUAGES) {
          const table = JSON.parse(fs.readFileSync(path.join(__dirname, "src/i18n", `functions.${lang}.json`), "utf8"));
          const { metadata, problems } = localizeMetadata(english, table);
          for (const problem of problems) compilation.errors.push(new compiler.webpack.WebpackError(`functions.${lang}.json: ${problem}`));
          compilation.emitAsset(`functions.${lang}.json`, new compiler.webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
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
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
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
    performance: { maxAssetSize: 400000, maxEntrypointSize: 400000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: metadataInputs.map((file) => path.resolve(__dirname, file)) }),
      new LocalizedMetadataPlugin(),
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
