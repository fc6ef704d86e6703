/**
 * Outside Excel (the standalone preview, a plain browser with office.js unreachable) there is no
 * `CustomFunctions` global, and the generated `CustomFunctions.associate(...)` calls would throw and stop
 * the page. This installs an inert stand-in first; inside Excel the real runtime is already there.
 */
const scope = globalThis as unknown as { CustomFunctions?: Partial<typeof CustomFunctions> };

class PreviewError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
  }
}

if (scope.CustomFunctions === undefined) {
  scope.CustomFunctions = { associate: () => undefined } as unknown as typeof CustomFunctions;
}
// office.js outside Office defines CustomFunctions without Error/ErrorCode (verified in headless Chromium).
const runtime = scope.CustomFunctions as unknown as Record<string, unknown>;
if (runtime.Error === undefined) runtime.Error = PreviewError;
if (runtime.ErrorCode === undefined) {
  runtime.ErrorCode = {
    invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!",
    invalidName: "#NAME?", nullReference: "#NULL!", invalidReference: "#REF!",
  };
}

export {};
