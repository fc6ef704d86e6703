/**
 * The fan chart plots what the functions answer: for a deal and a portfolio, in every chart measure,
 * the band and line the pane draws (src/taskpane/view.ts fanSeries over percentiles.ts) equal, number
 * for number, GW.SCHEDULE's cumulative measure (GW.DELIVERED for capex, spent by each year's end) with
 * estimate "p10", "p50", "p90" and "base", called as Excel calls them in the built bundle (a second,
 * independent load of the model). The worker's answer under a scenario equals the functions' with it.
 */
import { loadRegistered, valueOf } from "../helpers/registered";
import { gw } from "../helpers/invoke";
import { computeFan, type FanRequest } from "../../src/taskpane/percentiles";
import { MEASURE_VIEWS, fanSeries } from "../../src/taskpane/view";
import { publishScenarios } from "../../src/functions/scenarios";
import { blankScenario, validateScenario } from "../../src/model/scenario";
import type { WorkerAnswer, WorkerQuestion } from "../../src/taskpane/percentile-client";

const registered = loadRegistered("bundle");
const ESTIMATES = ["p10", "p50", "p90", "base"] as const;
const SUBJECTS: Array<[string, string | string[]]> = [["OpenAI–AMD", "openai-amd"], ["a portfolio", ["openai-amd", "meta-amd", "openai-broadcom", "anthropic-google"]]];

/** What the bundle's functions answer, per estimate, in the function's own unit. */
function fromFunctions(deals: string | string[], measure: FanRequest["measure"], estimate: string): { labels: number[]; values: number[] } {
  const dealArg = typeof deals === "string" ? deals : deals.map((d) => [d]);
  if (measure !== "capex_cumulative") {
    const table = (valueOf(registered, "SCHEDULE", dealArg, measure, null, null, "year", estimate, null) as number[][]).slice(1);
    return { labels: table.map((r) => r[0]), values: table.map((r) => r[1]) };
  }
  // Spent by the end of year Y: GW.DELIVERED at Y + 1 ("2028 means before 1 January 2028").
  const years = (valueOf(registered, "SCHEDULE", dealArg, "gw_added", null, null, "year", "base", null) as number[][]).slice(1).map((r) => r[0]);
  return { labels: years, values: years.map((y) => valueOf(registered, "DELIVERED", dealArg, y + 1, "capex", estimate, null) as number) };
}

describe.each(SUBJECTS)("the fan of %s", (_name, deals) => {
  test.each(MEASURE_VIEWS.map((m) => [m.key, m]))("%s: band, line and announced path are GW functions' p10/p90, p50 and base", (_key, measure) => {
    const result = computeFan({ deals, measure: measure.fan, period: "year", scenario: null });
    const plotted = fanSeries(result, measure, false);
    const expected = Object.fromEntries(ESTIMATES.map((e) => [e, fromFunctions(deals, measure.fan, e)]));
    expect(result.labels).toEqual(expected.base.labels);
    const k = measure.scale(false);
    expect(plotted.p10).toEqual(expected.p10.values.map((v) => v * k));
    expect(plotted.p50).toEqual(expected.p50.values.map((v) => v * k));
    expect(plotted.p90).toEqual(expected.p90.values.map((v) => v * k));
    expect(plotted.base).toEqual(expected.base.values.map((v) => v * k));
    // A fan, not three copies of one line: ordered, and apart somewhere.
    plotted.p50.forEach((v, i) => expect(plotted.p10[i] <= v && v <= plotted.p90[i]).toBe(true));
    expect(plotted.p90.some((v, i) => v > plotted.p10[i])).toBe(true);
  });
});

test("MW: below 1 GW the chart's numbers are the functions' GW × 1,000", () => {
  const gwView = MEASURE_VIEWS.find((m) => m.key === "gw")!;
  const result = computeFan({ deals: "openai-cerebras", measure: "gw_cumulative", period: "year", scenario: null });
  const plotted = fanSeries(result, gwView, true);
  expect(plotted.p50).toEqual(fromFunctions("openai-cerebras", "gw_cumulative", "p50").values.map((v) => v * 1000));
});

test("the worker answers with the functions' numbers under the request's scenario (plain data in, plain data out)", () => {
  const scope = globalThis as unknown as { onmessage?: (event: { data: WorkerQuestion }) => void; postMessage?: (answer: WorkerAnswer) => void };
  const answers: WorkerAnswer[] = [];
  scope.postMessage = (answer) => answers.push(JSON.parse(JSON.stringify(answer)) as WorkerAnswer);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/taskpane/percentiles.worker");
  });
  const { scenario } = validateScenario({ ...blankScenario("Tight"), overrides: { pue: 1.45 }, probabilityOverrides: { "openai-amd": 0.5 } });
  expect(scenario).toBeDefined();
  const request: FanRequest = { deals: "openai-amd", measure: "gw_cumulative", period: "year", scenario: scenario! };
  scope.onmessage!({ data: JSON.parse(JSON.stringify({ id: 7, request })) as WorkerQuestion });
  expect(answers).toHaveLength(1);
  expect(answers[0].id).toBe(7);
  // The same scenario published where the functions run here: GW.SCHEDULE with it.
  publishScenarios([scenario!]);
  const column = (estimate: string) => (gw("SCHEDULE", "openai-amd", "gw_cumulative", null, null, "year", estimate, "Tight") as number[][]).slice(1).map((r) => r[1]);
  expect(answers[0].result).toEqual({ labels: [2026, 2027, 2028, 2029, 2030], base: column("base"), p10: column("p10"), p50: column("p50"), p90: column("p90") });
  // The scenario mattered: a 50 % completion puts the median below the catalog's.
  const catalogP50 = (gw("SCHEDULE", "openai-amd", "gw_cumulative", null, null, "year", "p50") as number[][]).slice(1).map((r) => r[1]);
  expect(answers[0].result!.p50).not.toEqual(catalogP50);
  publishScenarios([]);
  delete scope.onmessage;
  delete scope.postMessage;
});
