/**
 * `npm start` on a machine without Excel: it creates certificates, serves https://localhost:3000 and
 * the standalone preview page answers over TLS with the generated CA. (Port 3000 must be free.)
 */
import { spawn, type ChildProcess } from "child_process";
import fs from "fs";
import https from "https";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
let child: ChildProcess | undefined;
let certDir: string;

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https.get(url, { ca }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

beforeAll(async () => {
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), "gw-certs-"));
  child = spawn(process.execPath, ["scripts/start.js"], {
    cwd: root,
    detached: true,
    env: { ...process.env, GIGAWATT_CERT_DIR: certDir, GIGAWATT_NO_TRUST: "1", GIGAWATT_NO_SIDELOAD: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${output}`)), 110000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("gigawatt: ready")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child!.stdout!.on("data", onData);
    child!.stderr!.on("data", onData);
    child!.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}, 120000);

afterAll(() => {
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
  fs.rmSync(certDir, { recursive: true, force: true });
});

test("serves the preview page and the functions' metadata over https with the generated certificate", async () => {
  const ca = fs.readFileSync(path.join(certDir, "ca.crt"));
  const page = await get("https://localhost:3000/taskpane.html", ca);
  expect(page.status).toBe(200);
  expect(page.body).toContain("<title>Gigawatt</title>");
  const metadata = await get("https://localhost:3000/functions.json", ca);
  expect(metadata.status).toBe(200);
  expect(JSON.parse(metadata.body).functions.length).toBeGreaterThan(10);
});
