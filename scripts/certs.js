/**
 * Development certificates for https://localhost:3000, in office-addin-dev-certs' usual folder so
 * Office's own tools find them. office-addin-dev-certs' `install` trusts its CA through sudo, which a
 * root shell without sudo lacks (it then fails yet exits 0), so here we generate with its API and
 * trust the CA ourselves where we can, and otherwise say how.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { X509Certificate } = require("crypto");

const certDir = () => process.env.GIGAWATT_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");

function paths(dir = certDir()) {
  return { dir, ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
}

/** Valid for at least another day (the generated certificates last 30 days). */
function usable(p) {
  if (![p.ca, p.cert, p.key].every((f) => fs.existsSync(f))) return false;
  const validTo = Date.parse(new X509Certificate(fs.readFileSync(p.cert)).validTo);
  return validTo - Date.now() > 24 * 3600 * 1000;
}

async function ensureCertificates() {
  const p = paths();
  if (usable(p)) return { ...p, created: false, trusted: undefined };
  fs.mkdirSync(p.dir, { recursive: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(p.ca, p.cert, p.key, 30);
  return { ...p, created: true, trusted: trustOnLinux(p) };
}

/** As root on Debian-like systems, add the CA to the system store (curl, Node with --use-openssl-ca). */
function trustOnLinux(p) {
  if (process.platform !== "linux" || typeof process.getuid !== "function" || process.getuid() !== 0) return false;
  if (process.env.GIGAWATT_NO_TRUST === "1") return false; // tests must not change the machine's trust store
  const store = "/usr/local/share/ca-certificates";
  try {
    if (!fs.existsSync(store)) return false;
    fs.copyFileSync(p.ca, path.join(store, "office-addin-dev-ca-gigawatt.crt"));
    execFileSync("update-ca-certificates", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

module.exports = { ensureCertificates, paths };
