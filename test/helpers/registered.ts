/**
 * The functions Excel calls: what `CustomFunctions.associate(id, fn)` received, never the declarations
 * behind them. Two realms give the same functions:
 *
 * - "bundle" (the default): the built dist/ bundle loaded as Excel's shared runtime loads it
 *   (test/helpers/bundle.ts); the associations are the ones the metadata plugin appended at build time.
 * - "src": the same association, made from the source. custom-functions-metadata's own parser (the one
 *   the webpack plugin runs) reads the JSDoc `@customfunction` tags of the files in metadata-inputs.json
 *   and names the exported function each id is associated with; that function is taken from the module
 *   loaded through ts-jest. Mutation testing uses this realm (GIGAWATT_REGISTERED=src): the bundle in its
 *   own VM context cannot see Stryker's active mutant, the source can.
 *
 * A contract test (test/contract/registered-realms.test.ts) checks that both realms associate the same
 * ids with functions of the same arity and give the same answers to the formula table.
 */
import fs from "fs";
import path from "path";
import { loadFunctionsBundle, readMetadata, type MetadataFunction } from "./bundle";
import { StubCustomFunctionsError } from "./custom-functions-stub";

export type Fn = (...args: unknown[]) => unknown;
export type Realm = "bundle" | "src";

export interface Registered {
  readonly realm: Realm;
  /** id → the function associated with it. */
  readonly byId: ReadonlyMap<string, Fn>;
  /** The metadata Excel reads (functions.json), generated from the same JSDoc. */
  readonly metadata: readonly MetadataFunction[];
  /** The error class the runtime hands the functions (CustomFunctions.Error). */
  readonly RuntimeError: typeof StubCustomFunctionsError;
}

const ROOT = path.resolve(__dirname, "../..");

export function defaultRealm(): Realm {
  return process.env.GIGAWATT_REGISTERED === "src" ? "src" : "bundle";
}

let cached: Partial<Record<Realm, Registered>> = {};

export function loadRegistered(realm: Realm = defaultRealm()): Registered {
  return (cached[realm] ??= realm === "bundle" ? fromBundle() : fromSource());
}

/** For tests that must start from a fresh runtime. */
export function forgetRegistered(): void {
  cached = {};
}

function fromBundle(): Registered {
  const bundle = loadFunctionsBundle();
  return { realm: "bundle", byId: bundle.byId, metadata: readMetadata().functions, RuntimeError: bundle.runtime.Error };
}

interface ParsedAssociation { sourceFileName: string; functionName: string; id: string }

function fromSource(): Registered {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseTree } = require("custom-functions-metadata/lib/parseTree") as {
    parseTree(code: string, file: string): { associate: ParsedAssociation[]; functions: MetadataFunction[] };
  };
  const inputs = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/metadata-inputs.json"), "utf8")) as string[];
  // The entry module first, as the bundle runs it (the runtime guard, then every family).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(ROOT, "src/functions/functions.ts"));
  const byId = new Map<string, Fn>();
  const metadata: MetadataFunction[] = [];
  for (const input of inputs) {
    const file = path.join(ROOT, input);
    const parsed = parseTree(fs.readFileSync(file, "utf8"), file);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Record<string, unknown>;
    for (const { functionName, id } of parsed.associate) {
      const fn = exports[functionName];
      if (typeof fn !== "function") throw new Error(`${input}: @customfunction ${id} names ${functionName}, which is not exported`);
      byId.set(id, fn as Fn);
    }
    metadata.push(...parsed.functions);
  }
  const runtime = (globalThis as unknown as { CustomFunctions: { Error: typeof StubCustomFunctionsError } }).CustomFunctions;
  return { realm: "src", byId, metadata, RuntimeError: runtime.Error };
}

/** What a call answered: its value, or the runtime error's code and message. */
export interface Outcome {
  value?: unknown;
  error?: { code: string; message: string };
}

/** Calls a registered function with every declared argument, null for those not given, as Excel does. */
export function callRegistered(registered: Registered, id: string, args: readonly unknown[]): Outcome {
  const fn = registered.byId.get(id);
  const meta = registered.metadata.find((f) => f.id === id);
  if (fn === undefined || meta === undefined) throw new Error(`GW.${id} is not registered`);
  if (args.length > meta.parameters.length) throw new Error(`GW.${id} takes ${meta.parameters.length} arguments, not ${args.length}`);
  const padded = [...args, ...Array(meta.parameters.length - args.length).fill(null)];
  try {
    return { value: fn(...padded) };
  } catch (error) {
    if (error instanceof registered.RuntimeError) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** The value of a call that must succeed (throws with the error's message otherwise). */
export function valueOf(registered: Registered, id: string, ...args: unknown[]): unknown {
  const outcome = callRegistered(registered, id, args);
  if (outcome.error) throw new Error(`GW.${id}(${JSON.stringify(args)}) answered ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value;
}
