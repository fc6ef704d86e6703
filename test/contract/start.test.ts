/**
 * `npm start` on a machine without Excel: it creates certificates, serves https://localhost:<port> and
 * the standalone preview page answers over TLS with the generated CA. The test asks the system for a
 * free port, so it runs while another `npm start` (or anything else) holds port 3000, and it stops the
 * whole process group whatever happens, including when start-up fails or times out.
 */
import { spawn, type ChildProcess } from "child_process";
import fs from "fs";
import https from "https";
import net from "net";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
let child: ChildProcess | undefined;
let certDir: string | undefined;
let port: number;
let printed = "";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { portFrom } = require("../../scripts/start");

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "localhost", () => {
      const { port: found } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(found));
    });
  });
}

function stop(): void {
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM"); // the group: start.js and the webpack dev server it spawned
    } catch {
      // already gone
    }
  }
}
process.once("exit", stop);

beforeAll(async () => {
  port = await freePort();
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), "gw-certs-"));
  child = spawn(process.execPath, ["scripts/start.js", "--port", String(port)], {
    cwd: root,
    detached: true,
    env: { ...process.env, GIGAWATT_CERT_DIR: certDir, GIGAWATT_NO_TRUST: "1", GIGAWATT_NO_SIDELOAD: "1", GIGAWATT_PORT: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${output}`)), 110000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("gigawatt: ready")) {
        clearTimeout(timer);
        printed = output;
        resolve();
      }
    };
    child!.stdout!.on("data", onData);
    child!.stderr!.on("data", onData);
    child!.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}, 120000);

afterAll(() => {
  stop();
  if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
  const manifest = /and choose (.+\.xml)\./.exec(printed)?.[1];
  if (manifest?.startsWith(os.tmpdir())) fs.rmSync(manifest, { force: true }); // the copy start.js saved for this port
});

test("serves the preview page and the functions' metadata over https on the port it was given", async () => {
  const ca = fs.readFileSync(path.join(certDir!, "ca.crt"));
  const page = await get(`https://localhost:${port}/taskpane.html`, ca);
  expect(page.status).toBe(200);
  expect(page.body).toContain("<title>Gigawatt</title>");
  const metadata = await get(`https://localhost:${port}/functions.json`, ca);
  expect(metadata.status).toBe(200);
  expect(JSON.parse(metadata.body).functions.length).toBeGreaterThan(10);
  // The development manifest it serves points at the same port.
  const manifest = await get(`https://localhost:${port}/manifest.xml`, ca);
  expect(manifest.body).toContain(`https://localhost:${port}/taskpane.html`);
  expect(manifest.body).not.toContain("https://localhost:3000/");
});

test("the manifest it tells you to upload to Excel on the web names the port it serves", () => {
  const chosen = /and choose (.+\.xml)\./.exec(printed)?.[1];
  expect(chosen).toBeDefined();
  const body = fs.readFileSync(chosen!, "utf8");
  expect(body).toContain(`https://localhost:${port}/taskpane.html`);
  expect(body).not.toContain("https://localhost:3000/");
});

test("a taken port is refused at once with a message naming another port", async () => {
  const blocker = net.createServer();
  const taken = await new Promise<number>((resolve) => blocker.listen(0, "localhost", () => resolve((blocker.address() as net.AddressInfo).port)));
  try {
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const proc = spawn(process.execPath, ["scripts/start.js", `--port=${taken}`], {
        cwd: root, env: { ...process.env, GIGAWATT_CERT_DIR: certDir, GIGAWATT_NO_TRUST: "1", GIGAWATT_NO_SIDELOAD: "1" }, stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      proc.stdout.on("data", (c) => (output += c));
      proc.stderr.on("data", (c) => (output += c));
      proc.on("exit", (code) => resolve({ code, output }));
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`port ${taken} is in use`);
    expect(result.output).toContain(`npm start -- --port ${taken + 1}`);
  } finally {
    blocker.close();
  }
}, 30000);

test("the port comes from --port, --port=, GIGAWATT_PORT, else 3000; nonsense is refused", () => {
  expect(portFrom([], {})).toBe(3000);
  expect(portFrom(["--port", "3100"], {})).toBe(3100);
  expect(portFrom(["--port=3200"], { GIGAWATT_PORT: "3300" })).toBe(3200);
  expect(portFrom([], { GIGAWATT_PORT: "3300" })).toBe(3300);
  expect(() => portFrom(["--port", "http"], {})).toThrow(/whole number from 1 to 65535, not "http"/);
  expect(() => portFrom([], { GIGAWATT_PORT: "70000" })).toThrow(/65535/);
});
