/**
 * Reproducibility of Monte Carlo estimates in the shipped bundle: two fresh loads (two workbooks
 * opening, two machines) give bit-identical percentiles, whatever was computed before.
 */
import { loadFunctionsBundle } from "../helpers/bundle";

type Fn = (...args: unknown[]) => unknown;

const PORTFOLIO = [["openai-nvidia"], ["openai-amd"], ["meta-amd"], ["openai-broadcom"], ["anthropic-google"]];

function results(byId: Map<string, Fn>, warmUp: boolean): unknown[] {
  const call = (id: string, ...args: unknown[]) => byId.get(id)!(...args);
  // A load that computed other things first must still give the same numbers (streams are per input, not per call order).
  if (warmUp) call("CAPEX", 3, "Vera Rubin", "systems", "p37", null);
  return [
    call("SCHEDULE", PORTFOLIO, "gw_added", 2026, 2031, "quarter", "p10", null),
    call("SCHEDULE", PORTFOLIO, "capex", 2026, 2031, "year", "p90", null),
    call("DELIVERED", PORTFOLIO, 2029, "accelerators", "mean", null),
    call("ACCELERATORS", 1, "MI450", null, null, "p50", null),
    call("TCO", "GB300", null, null, "p75", null),
    call("SPEC", "Vera Rubin", "system_kw", "p20"),
    call("FLOWS", "openai-nvidia", null, null, null, "mean", null),
  ];
}

test("two fresh loads of the bundle give identical percentiles, bit for bit", () => {
  const first = results(loadFunctionsBundle().byId, false);
  const second = results(loadFunctionsBundle().byId, true);
  // JSON keeps every double exactly (shortest round-trip form): equal text is equal bits.
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  expect((first[0] as unknown[][]).length).toBe(1 + 4 * 5 + 1);
});
