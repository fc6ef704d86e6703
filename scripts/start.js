/**
 * `npm start`: certificates, then the https dev server on localhost (port 3000, or the one given by
 * `npm start -- --port 3100` or GIGAWATT_PORT=3100), then sideloading where Excel can exist (Windows,
 * macOS) or, elsewhere, the standalone preview and how to sideload into Excel on the web. Stops with
 * Ctrl+C. Excel loads the manifest's URLs: the repository's manifest.xml names port 3000, so on another
 * port the served copy (naming that port) is saved to a temporary file and that file is the one to upload.
 */
const { spawn } = require("child_process");
const https = require("https");
const net = require("net");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ensureCertificates } = require("./certs");

const root = path.resolve(__dirname, "..");

/** `--port N`, `--port=N` or GIGAWATT_PORT; 3000 (the manifest's development URL) by default. */
function portFrom(argv, env) {
  const i = argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const text = i === -1 ? env.GIGAWATT_PORT : argv[i].includes("=") ? argv[i].slice("--port=".length) : argv[i + 1];
  if (text === undefined || text === "") return 3000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`the port must be a whole number from 1 to 65535, not "${text}"`);
  return port;
}

const PORT = portFrom(process.argv.slice(2), process.env);
const ORIGIN = `https://localhost:${PORT}`;
const PREVIEW = `${ORIGIN}/taskpane.html`;
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

/** Says which port is taken and how to choose another, instead of webpack's EADDRINUSE stack. */
function checkPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(error.code === "EADDRINUSE"
      ? new Error(`port ${port} is in use (another npm start?). Stop it, or choose another port: npm start -- --port ${port + 1}`)
      : error));
    probe.listen(port, "localhost", () => probe.close(resolve));
  });
}

let server;

/**
 * The manifest to upload to Excel on the web. The repository's manifest.xml names port 3000; on another
 * port the dev server serves a copy naming that port, which is saved to a file so it can be chosen.
 */
async function manifestToUpload(ca) {
  const own = path.join(root, "manifest.xml");
  if (PORT === 3000) return own;
  const body = await new Promise((resolve, reject) => {
    https.get(`${ORIGIN}/manifest.xml`, { ca }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`the dev server answered ${res.statusCode} for manifest.xml`))));
    }).on("error", reject);
  });
  const file = path.join(os.tmpdir(), `gigawatt-manifest-${PORT}.xml`);
  fs.writeFileSync(file, body);
  return file;
}

async function main() {
  await checkPortFree(PORT);
  const certs = await ensureCertificates();
  if (certs.created) {
    console.log(`gigawatt: created development certificates in ${certs.dir}` + (certs.trusted ? " and trusted the CA system-wide" : ""));
  }
  const env = { ...process.env, GIGAWATT_CERT_DIR: certs.dir, GIGAWATT_PORT: String(PORT) };
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });

  if (canSideload && hasDebugging()) {
    // office-addin-debugging starts the dev server itself and sideloads into desktop Excel.
    const bin = require.resolve("office-addin-debugging/cli.js", { paths: [root] });
    const child = spawn(process.execPath, [bin, "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server", "--dev-server-port", String(PORT)],
      { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => process.exit(code ?? 0));
    return;
  }

  server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--port", String(PORT)], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout.on("data", () => {}); // webpack's build log stays quiet; errors still reach stderr
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));

  const ca = fs.readFileSync(certs.ca);
  await waitForServer(ca, Date.now() + 120000);
  const manifest = await manifestToUpload(ca);
  console.log(`
gigawatt: serving ${ORIGIN} (development build)

  Standalone preview (the task pane against an in-memory workbook):
    ${PREVIEW}
  Your browser must trust the development CA: ${certs.ca}

  No desktop Excel on this platform (${process.platform}). To use Gigawatt in Excel on the web:
    1. Open a workbook at https://excel.cloud.microsoft (or office.com).
    2. Home > Add-ins > More Settings > Upload My Add-in, and choose ${manifest}.
    3. Type =GW. in a cell, or open Home > Scenarios.

  Press Ctrl+C to stop.
gigawatt: ready`);
}

if (require.main === module) main().catch((error) => {
  console.error(`gigawatt: ${error.message}`);
  if (server && server.exitCode === null) server.kill("SIGTERM"); // never leave a dev server behind
  process.exit(1);
});

module.exports = { portFrom };
