/**
 * A stand-in for Excel's `CustomFunctions` global with the parts our code touches: associate, Error
 * (code + message) and ErrorCode with the string values Excel's enum has.
 */
export class StubCustomFunctionsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface StubRuntime {
  associations: Array<{ id: string; fn: (...args: unknown[]) => unknown }>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: typeof StubCustomFunctionsError;
  ErrorCode: typeof ERROR_CODE;
}

export function makeRuntime(): StubRuntime {
  const runtime: StubRuntime = {
    associations: [],
    associate(id, fn) {
      runtime.associations.push({ id, fn });
    },
    Error: StubCustomFunctionsError,
    ErrorCode: ERROR_CODE,
  };
  return runtime;
}

/** Installs the stub as the global, for tests that import src/ directly. */
export function installGlobalRuntime(): StubRuntime {
  const runtime = makeRuntime();
  (globalThis as unknown as { CustomFunctions: StubRuntime }).CustomFunctions = runtime;
  return runtime;
}
