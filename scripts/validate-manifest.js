/** `npm run validate`: offline manifest checks on the production build (see manifest-check.js). */
const path = require("path");
const { checkManifest } = require("./manifest-check");
const { publicUrl } = require("./urls");

const problems = checkManifest(path.resolve(__dirname, "../dist"), publicUrl(true));
if (problems.length > 0) {
  console.error(`manifest.xml: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("manifest.xml: valid (offline checks: XML, resource ids, URLs into dist/, shared runtime, namespace GW, icons)");
