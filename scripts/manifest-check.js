/**
 * Offline checks of the built manifest (dist/manifest.xml) against the build output. Microsoft's
 * validator needs the network and no npm package ships the current XSDs, so we check what Office
 * relies on: well-formed XML, resource ids, URLs into dist/, the shared runtime and the GW namespace.
 * Returns a list of problems; empty means valid. Used by `npm run validate` and the test suite.
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

function pngSize(file) {
  const buffer = fs.readFileSync(file);
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

function checkManifest(distDir, baseUrl) {
  const problems = [];
  const text = fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8");
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") problems.push(`XML ${level}: ${message}`); } })
      .parseFromString(text, "text/xml");
  } catch (error) {
    problems.push(`XML fatal error: ${error.message}`); // xmldom throws on fatal errors after reporting them
  }
  if (problems.length > 0) return problems;
  const all = (name) => Array.from(doc.getElementsByTagName(name));
  const one = (name) => all(name)[0];

  // Resource ids: defined once, every resid resolves, every definition is used.
  const resources = new Map();
  const resourcesEl = one("Resources");
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const el of resourcesEl ? Array.from(resourcesEl.getElementsByTagName(tag)) : []) {
      const id = el.getAttribute("id");
      if (resources.has(id)) problems.push(`resource id ${id} is defined twice`);
      resources.set(id, el);
    }
  }
  const used = new Set();
  for (const el of all("*")) {
    const resid = el.getAttribute("resid");
    if (!resid) continue;
    used.add(resid);
    if (!resources.has(resid)) problems.push(`<${el.tagName} resid="${resid}"> has no resource`);
  }
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource ${id} is never used`);

  // URLs: every https URL is under the base URL and names a file the build produced.
  const origin = new URL(baseUrl).origin;
  for (const el of all("*")) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (!value || !/^https?:/.test(value)) continue;
      if (!value.startsWith(baseUrl)) { problems.push(`${value} is not under ${baseUrl}`); continue; }
      const file = path.join(distDir, value.slice(baseUrl.length));
      if (!fs.existsSync(file)) problems.push(`${value} points to ${path.relative(distDir, file)}, which the build did not produce`);
    }
  }
  // Our own origin needs no AppDomain entry; any listed domain would widen where the pane may navigate.
  for (const el of all("AppDomain")) problems.push(`AppDomain ${el.textContent.trim()} is listed; Gigawatt navigates only within ${origin}`);

  const urlOf = (resid) => resources.get(resid)?.getAttribute("DefaultValue") ?? "";
  const fileOf = (resid) => urlOf(resid).slice(baseUrl.length);

  // Shared runtime: one long-lived runtime that is also the functions' page and the pane.
  const runtime = one("Runtime");
  if (!runtime) problems.push("no <Runtime>: the shared runtime is not declared");
  else {
    if (runtime.getAttribute("lifetime") !== "long") problems.push("the runtime's lifetime is not long");
    const runtimeResid = runtime.getAttribute("resid");
    const page = one("Page")?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid");
    const functionFile = one("FunctionFile")?.getAttribute("resid");
    const pane = one("Action")?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid");
    for (const [what, resid] of [["CustomFunctions Page", page], ["FunctionFile", functionFile], ["ShowTaskpane", pane]]) {
      if (resid !== runtimeResid) problems.push(`${what} (${resid}) is not the shared runtime (${runtimeResid})`);
    }
    const html = path.join(distDir, fileOf(runtimeResid));
    const script = fileOf(one("Script")?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid"));
    if (fs.existsSync(html) && !new RegExp(`src=["']?${script.replace(".", "\\.")}`).test(fs.readFileSync(html, "utf8"))) {
      problems.push(`${fileOf(runtimeResid)} does not load the functions script ${script}`);
    }
  }
  const requirement = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!requirement || requirement.getAttribute("MinVersion") !== "1.1") problems.push("SharedRuntime 1.1 is not a declared requirement");

  // Custom functions: namespace GW, generated metadata (and its German override) in dist.
  const namespace = resources.get(one("Namespace")?.getAttribute("resid"))?.getAttribute("DefaultValue");
  if (namespace !== "GW") problems.push(`the functions' namespace is ${namespace}, not GW`);
  const metadataResid = one("Metadata")?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid");
  if (fileOf(metadataResid) !== "functions.json") problems.push("the functions' metadata is not functions.json");

  // Icons: each declared size is the PNG's real size.
  for (const el of resourcesEl ? Array.from(resourcesEl.getElementsByTagName("bt:Image")) : []) {
    const file = path.join(distDir, fileOf(el.getAttribute("id")));
    const size = Number(/(\d+)x\1$/.exec(el.getAttribute("id"))?.[1]);
    if (fs.existsSync(file) && size) {
      const { width, height } = pngSize(file);
      if (width !== size || height !== size) problems.push(`${el.getAttribute("id")} is ${width}×${height}`);
    }
  }
  for (const [tag, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]]) {
    const file = path.join(distDir, (one(tag)?.getAttribute("DefaultValue") ?? "").slice(baseUrl.length));
    if (fs.existsSync(file) && pngSize(file).width !== size) problems.push(`${tag} is not ${size}×${size}`);
  }

  if (one("Permissions")?.textContent.trim() !== "ReadWriteDocument") problems.push("permissions are not ReadWriteDocument");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(one("Id")?.textContent.trim() ?? "")) problems.push("Id is not a GUID");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(one("Version")?.textContent.trim() ?? "")) problems.push("Version is not four numbers");
  return problems;
}

module.exports = { checkManifest };
