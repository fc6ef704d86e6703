/**
 * Every registered function (what `CustomFunctions.associate` received) with each of its optional
 * arguments set on its own, to each plausible value of the parameter's declared kind: every call must
 * answer a value Excel can show, never an error — except #N/A for a figure the catalog does not
 * publish for that system (a data gap the message names, e.g. BF16 where no source gives it). A wrapper
 * that passes its arguments to the wrong declaration (scope for estimate, from for to) answers #VALUE!
 * or #NUM! here.
 */
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { callRegistered, loadRegistered, type Registered } from "../helpers/registered";
import { plausibleValues, requiredSample } from "../helpers/plausible";
import { storeFixtureScenarios } from "../helpers/scenarios";

function isExcelValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return true;
  return Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row) && row.length === value[0].length && row.every(isExcelValue));
}

test("every declared parameter has a kind that plausible arguments can be derived from", () => {
  for (const def of FUNCTION_DEFS) for (const p of def.params) expect({ id: def.id, param: p.name, values: plausibleValues(p).length > 0 }).toEqual({ id: def.id, param: p.name, values: true });
});

// Scenario arguments need stored scenarios, which only the source realm lets a test store.
const realms: Array<[string, () => Registered]> = [["bundle", () => loadRegistered()], ["source, with stored scenarios", () => loadRegistered("src")]];

describe.each(realms)("%s", (realm, load) => {
  const withScenarios = realm !== "bundle";
  beforeAll(() => {
    if (withScenarios) storeFixtureScenarios();
  });

  const inRealm = (p: { optional: boolean; kind: string }) => p.optional && (p.kind === "scenario") === withScenarios;
  test.each(FUNCTION_DEFS.filter((d) => d.params.some(inRealm)).map((d) => [d.id, d] as const))("GW.%s with each optional argument set, then all at once", (id, def) => {
    const registered = load();
    const required = def.params.filter((p) => !p.optional).map(requiredSample);
    const failures: string[] = [];
    let calls = 0;
    def.params.forEach((param, i) => {
      if (!inRealm(param)) return;
      for (const value of plausibleValues(param)) {
        const args = [...required, ...Array(def.params.length - required.length).fill(null)];
        args[i] = value;
        check(args);
      }
    });
    // Every optional argument at once (the first plausible value of each; scenarios only where stored).
    check(def.params.map((p) => (p.optional ? (p.kind === "scenario" && !withScenarios ? null : plausibleValues(p)[0]) : requiredSample(p))));

    function check(args: unknown[]): void {
      const outcome = callRegistered(registered, id, args);
      calls++;
      if (outcome.error?.code === "#N/A" && / is not published for /.test(outcome.error.message)) return;
      if (outcome.error || !isExcelValue(outcome.value)) failures.push(`GW.${id}(${JSON.stringify(args)}) → ${outcome.error ? `${outcome.error.code} ${outcome.error.message}` : JSON.stringify(outcome.value)}`);
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(0);
  });
});
