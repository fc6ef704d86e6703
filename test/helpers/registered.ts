/**
 * The functions Excel calls: what `CustomFunctions.associate(id, fn)` received, never the declarations
 * behind them. Two realms give the same functions:
 *
 * - "bundle" (the default): the built dist/ bundle loaded as Excel's shared runtime loads it
 *   (test/helpers/bundle.ts), with the functions.json the build wrote.
 * - "src": the bundle's entry module (src/functions/functions.ts) run through ts-jest with the stub
 *   runtime as the global, so its own `CustomFunctions.associate` calls are recorded; the metadata is
 *   what the build derives from the same declarations (src/functions/metadata.ts). Mutation testing uses
 *   this realm (GIGAWATT_REGISTERED=src): the bundle in its own VM context cannot see Stryker's active
 *   mutant, the source can.
 *
 * A contract test (test/contract/registered-realms.test.ts) checks that both realms associate the same
 * ids with functions of the same arity, describe them alike and give the same answers to the formula table.
 */
import path from "path";
import { loadFunctionsBundle, readMetadata, type MetadataFunction } from "./bundle";
import { StubCustomFunctionsError, type StubRuntime } from "./custom-functions-stub";

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

function fromSource(): Registered {
  const runtime = (globalThis as unknown as { CustomFunctions: StubRuntime }).CustomFunctions;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(ROOT, "src/functions/functions.ts"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { functionsMetadata } = require(path.join(ROOT, "src/functions/metadata.ts")) as typeof import("../../src/functions/metadata");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { FUNCTION_DEFS } = require(path.join(ROOT, "src/functions/registry.ts")) as typeof import("../../src/functions/registry");
  // The module registers once per test file's module registry; whatever registered it, these are its calls.
  const byId = new Map(runtime.associations.map((a) => [a.id, a.fn]));
  const metadata = functionsMetadata(FUNCTION_DEFS).functions as unknown as MetadataFunction[];
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

/** The error of a call that must fail (throws with the value otherwise). */
export function errorOf(registered: Registered, id: string, ...args: unknown[]): { code: string; message: string } {
  const outcome = callRegistered(registered, id, args);
  if (outcome.error === undefined) throw new Error(`GW.${id} answered ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}
