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
}

export function loadFunctionsBundle(): LoadedBundle {
  const runtime = makeRuntime();
  let lastAssociate = 0;
  const associate = runtime.associate;
  runtime.associate = (id, fn) => {
    associate(id, fn);
    lastAssociate = performance.now();
  };
  const context: Record<string, unknown> = { CustomFunctions: runtime, console };
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
  return { runtime, byId, startupMs: lastAssociate - started };
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
