/**
 * `npm start`: certificates, then the https dev server on localhost:3000, then sideloading where
 * Excel can exist (Windows, macOS) or, elsewhere, the standalone preview and how to sideload into
 * Excel on the web. Stops with Ctrl+C.
 */
const { spawn } = require("child_process");
const https = require("https");
const fs = require("fs");
const path = require("path");
const { ensureCertificates } = require("./certs");

const root = path.resolve(__dirname, "..");
const PREVIEW = "https://localhost:3000/taskpane.html";
const canSideload = ["win32", "darwin"].includes(process.platform) && process.env.GIGAWATT_NO_SIDELOAD !== "1";

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function waitForServer(ca, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(PREVIEW, { ca }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
    };
    const retry = () => (Date.now() > deadline ? reject(new Error("the dev server did not answer in time")) : setTimeout(attempt, 500));
    attempt();
  });
}

async function main() {
  const certs = await ensureCertificates();
  if (certs.created) {
    console.log(`gigawatt: created development certificates in ${certs.dir}` + (certs.trusted ? " and trusted the CA system-wide" : ""));
  }
  const env = { ...process.env, GIGAWATT_CERT_DIR: certs.dir };
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });

  if (canSideload && hasDebugging()) {
    // office-addin-debugging starts the dev server itself and sideloads into desktop Excel.
    const bin = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
    const child = spawn(process.execPath, [bin, "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"],
      { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => process.exit(code ?? 0));
    return;
  }

  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout.on("data", () => {}); // webpack's build log stays quiet; errors still reach stderr
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  await waitForServer(fs.readFileSync(certs.ca), Date.now() + 120000);
  console.log(`
gigawatt: serving https://localhost:3000 (development build)

  Standalone preview (the task pane against an in-memory workbook):
    ${PREVIEW}
  Your browser must trust the development CA: ${certs.ca}

  No desktop Excel on this platform (${process.platform}). To use Gigawatt in Excel on the web:
    1. Open a workbook at https://excel.cloud.microsoft (or office.com).
    2. Home > Add-ins > More Settings > Upload My Add-in, and choose ${path.join(root, "manifest.xml")}.
    3. Type =GW. in a cell, or open Home > Scenarios.

  Press Ctrl+C to stop.
gigawatt: ready`);
}

main().catch((error) => {
  console.error(`gigawatt: ${error.message}`);
  process.exit(1);
});
