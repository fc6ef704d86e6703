/**
 * Loads the built custom-functions bundle as Excel's shared runtime does — the scripts that
 * dist/taskpane.html loads, in order, minus office.js and the pane — into a fresh Node VM context
 * whose only Office global is a stub CustomFunctions.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { makeRuntime, type StubRuntime } from "./custom-functions-stub";

export const DIST = path.resolve(__dirname, "../../dist");

export function pageScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
}

export interface LoadedBundle {
  runtime: StubRuntime;
  byId: Map<string, (...args: unknown[]) => unknown>;
  /** Milliseconds from the first script evaluated to the last associate() call. */
  startupMs: number;
  /** Evaluates code in the bundle's own realm (as Excel's runtime calls the functions from inside it). */
  evaluate<T>(code: string): T;
}

/**
 * `isolated` (the default, for tests) gives the bundle a fresh VM context of its own. Node's VM
 * contexts resolve every global (Array, Map, …) through an interceptor, which makes each lookup far
 * slower than in a browser, so the benchmarks use `main`: the same scripts compiled as functions in
 * this realm, with `self` and `CustomFunctions` passed in as the page would provide them.
 */
/** Where the shared runtime's page would be served (webpack's runtime reads self.location at load). */
const PAGE_LOCATION = Object.freeze({ href: "https://localhost:3000/taskpane.html" });

export function loadFunctionsBundle(realm: "isolated" | "main" = "isolated", globals: Record<string, unknown> = {}): LoadedBundle {
  if (realm === "main") return loadInMainRealm();
  const runtime = makeRuntime();
  let lastAssociate = 0;
  const associate = runtime.associate;
  runtime.associate = (id, fn) => {
    associate(id, fn);
    lastAssociate = performance.now();
  };
  // `globals` adds what the page would have besides CustomFunctions, e.g. an `Office` that reports requirement sets.
  // A page has a location: webpack's runtime reads it (the base URL the pane's worker script resolves against).
  const context: Record<string, unknown> = { CustomFunctions: runtime, console, location: PAGE_LOCATION, ...globals };
  context.self = context;
  context.globalThis = context;
  vm.createContext(context);
  const scripts = pageScripts().filter((src) => !/^https?:/.test(src) && src !== "taskpane.js");
  const started = performance.now();
  for (const src of scripts) {
    const code = fs.readFileSync(path.join(DIST, src), "utf8");
    vm.runInContext(code, context, { filename: src });
  }
  const byId = new Map(runtime.associations.map((a) => [a.id, a.fn]));
  return { runtime, byId, startupMs: lastAssociate - started, evaluate: (code) => vm.runInContext(code, context) };
}

function loadInMainRealm(): LoadedBundle {
  const runtime = makeRuntime();
  const page: Record<string, unknown> = { location: PAGE_LOCATION };
  const started = performance.now();
  for (const src of pageScripts().filter((s) => !/^https?:/.test(s) && s !== "taskpane.js")) {
    const code = fs.readFileSync(path.join(DIST, src), "utf8");
    new Function("self", "CustomFunctions", code)(page, runtime);
  }
  const byId = new Map(runtime.associations.map((a) => [a.id, a.fn]));
  return { runtime, byId, startupMs: performance.now() - started, evaluate: (code) => (0, eval)(code) };
}

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
}

export function readMetadata(file = "functions.json"): { functions: MetadataFunction[] } {
  return JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8"));
}
