/**
 * `npm run bench`: each row is a ratio measured side by side in this one process, so the figures
 * compare within a run rather than against a machine-dependent clock. Warm-up first, then several
 * repetitions; medians with their spread (min–max). Results go to bench/results.json (git-ignored).
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { loadFunctionsBundle, pageScripts, DIST } from "../test/helpers/bundle";
import { buildEngine } from "../test/helpers/hyperformula-plugin";
import { DEALS } from "../src/model/catalog";

type Fn = (...args: unknown[]) => unknown;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `body(n)` for `n` iterations per repetition; returns per-call seconds (median, min, max). */
function measure(body: (n: number) => number, n: number): { median: number; min: number; max: number } {
  let sink = 0;
  for (let i = 0; i < 3; i++) sink += body(n); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = process.hrtime.bigint();
    sink += body(n);
    samples.push(Number(process.hrtime.bigint() - start) / 1e9 / n);
  }
  if (Number.isNaN(sink)) throw new Error("sink");
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

const bundle = loadFunctionsBundle("main");
const inputs = Array.from({ length: 1024 }, (_, i) => 0.001 + (i * 7.31) % 50);

/**
 * A loop compiled inside the bundle's realm, calling the function Excel would call by id: arrays and
 * strings are created where the function lives, as they are in Excel's runtime.
 */
function inBundle(setup: string, call: string): (n: number) => number {
  const loop = bundle.evaluate<(fns: Map<string, Fn>, inputs: number[], n: number) => number>(
    `(function (fns, inputs, n) { ${setup}; let s = 0; for (let i = 0; i < n; i++) { s += ${call}; } return s; })`);
  const copy = bundle.evaluate<(a: number[]) => number[]>("(function (a) { return Array.from(a); })")(inputs);
  return (n) => loop(bundle.byId, copy, n);
}

// 1. Throughput as Excel calls the functions, against plain floats doing the same arithmetic inline.
/**
 * A second baseline: the same arithmetic in floats behind the same call signature (a system looked up
 * by name, omitted arguments as null), without validation or exact factors: what a careless add-in
 * would cost.
 */
const FLOAT_KW = new Map([["GB300", (132 / 72) * 1.1 * 1.2], ["Vera Rubin", (190 / 72) * 1.1 * 1.2]]);
function floatAccelerators(gw: number, system: string, pue: number | null): number {
  return (gw * 1e6) / ((FLOAT_KW.get(system) as number) * (pue ?? 1.2) / 1.2);
}
function floatCapex(gw: number, system: string): number {
  const systems = ((gw * 1e6) / (FLOAT_KW.get(system) as number) / 72) * 7.8e6;
  return systems + systems * 0.15 + gw * 1000 * 11e6;
}

const scalar = [
  {
    name: "GW.ACCELERATORS(gw, \"GB300\")",
    floatCall: (n: number) => { let s = 0; for (let i = 0; i < n; i++) s += floatAccelerators(inputs[i & 1023], "GB300", null); return s; },
    gw: inBundle("const f = fns.get('ACCELERATORS')", "f(inputs[i & 1023], 'GB300', null, null, null, null)"),
    float: (n: number) => { let s = 0; for (let i = 0; i < n; i++) s += (inputs[i & 1023] * 1e6) / ((132 / 72) * 1.1 * 1.2); return s; },
  },
  {
    name: "GW.CAPEX(gw, \"Vera Rubin\")",
    floatCall: (n: number) => { let s = 0; for (let i = 0; i < n; i++) s += floatCapex(inputs[i & 1023], "Vera Rubin"); return s; },
    gw: inBundle("const f = fns.get('CAPEX')", "f(inputs[i & 1023], 'Vera Rubin', null, null, null)"),
    float: (n: number) => {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const systems = ((inputs[i & 1023] * 1e6) / ((190 / 72) * 1.1 * 1.2) / 72) * 7.8e6;
        s += systems + systems * 0.15 + inputs[i & 1023] * 1000 * 11e6;
      }
      return s;
    },
  },
];

/** Plain-float OpenAI–NVIDIA quarterly GW added, 2026–2035: the same proration, inline. */
const TRANCHES = [[46204, 46388, 1], [46388, 46753, 3], [46753, 47484, 6]];
function floatSchedule(): unknown[][] {
  const rows: unknown[][] = [["Period start", "GW added"]];
  let previous = 0;
  for (let year = 2026; year < 2036; year++) {
    for (let q = 0; q < 4; q++) {
      const end = Date.UTC(year, 3 * q + 3, 1) / 864e5 + 25569;
      let cumulative = 0;
      for (const [s, e, g] of TRANCHES) cumulative += end <= s ? 0 : end >= e ? g : (g * (end - s)) / (e - s);
      rows.push([Date.UTC(year, 3 * q, 1) / 864e5 + 25569, cumulative - previous]);
      previous = cumulative;
    }
  }
  return rows;
}

const schedule = [
  {
    name: "GW.SCHEDULE 10 y quarterly, repeated args",
    gw: inBundle("const f = fns.get('SCHEDULE')", "f([['openai-nvidia']], 'gw_added', 2026, 2035, 'quarter', null, null).length"),
    float: (n: number) => { let s = 0; for (let i = 0; i < n; i++) s += floatSchedule().length; return s; },
  },
  {
    name: "GW.SCHEDULE 10 y quarterly, distinct args",
    // Every call names a day in Q1 2026 and a day in 2035 not used since the result memo last filled
    // (90 × 365 combinations, all 40 quarters), so every call computes in decimal.
    gw: inBundle("const f = fns.get('SCHEDULE'); globalThis.__calls = globalThis.__calls || 0",
      "f([['openai-nvidia']], 'gw_added', 46023 + (globalThis.__calls % 90), 49310 + (Math.floor(globalThis.__calls++ / 90) % 365), 'quarter', null, null).length"),
    float: (n: number) => { let s = 0; for (let i = 0; i < n; i++) s += floatSchedule().length; return s; },
  },
];

const rows: Record<string, unknown>[] = [];
const fmt = (x: number, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

for (const row of scalar) {
  const gw = measure(row.gw, 200000);
  const float = measure(row.float, 200000);
  const floatCall = measure(row.floatCall, 200000);
  rows.push({ benchmark: row.name, "GW calls/s": fmt(1 / gw.median), spread: `${fmt(1 / gw.max)}–${fmt(1 / gw.min)}`, "float calls/s": fmt(1 / float.median), ratio: `${fmt(gw.median / float.median, 1)}×`, target: "≥1,000,000/s, ≤3×" });
  rows.push({ benchmark: `  same, vs a float function with its signature`, "GW calls/s": "", spread: "", "float calls/s": fmt(1 / floatCall.median), ratio: `${fmt(gw.median / floatCall.median, 1)}×`, target: "" });
}
for (const row of schedule) {
  const gw = measure(row.gw, 2000);
  const float = measure(row.float, 2000);
  rows.push({ benchmark: row.name, "GW calls/s": fmt(1 / gw.median), spread: `${fmt(1 / gw.max)}–${fmt(1 / gw.min)}`, "float calls/s": fmt(1 / float.median), ratio: `${fmt(gw.median / float.median, 1)}×`, target: "≥20,000/s" });
}

// 1b. A bottom-up plan: 1,000 tranches by month over ten years, against SCHEDULE of the same capacity
// (every documented deal with capacity, same months, same total GW) in this run. SCHEDULE keeps exact
// values per deal, so its calls name a different first day each time and always compute.
const PLAN_SETUP = `
  const f = fns.get('PLAN');
  const keys = ${JSON.stringify(["openai-nvidia", "openai-amd", "openai-broadcom", "openai-cerebras", "nvidia-thinking-machines", "meta-amd", "anthropic-google", "stargate-abilene"])};
  const portfolio = keys.map((k) => [k]);
  const last = fns.get('SCHEDULE')(portfolio, 'gw_cumulative', 2026, 2035, 'year', null, null);
  const total = last[last.length - 1][1];
  const systems = ['GB300', 'Vera Rubin', 'MI450', 'TPU v7'];
  const shapes = ['even', 'front_loaded', 'back_loaded'];
  const tranches = [['name', 'start', 'end', 'gw', 'system', 'shape']];
  for (let i = 0; i < 1000; i++) {
    const start = 46023 + (i * 337) % 3000;            // a day in 2026-2034
    tranches.push(['t' + i, start, start + 90 + (i * 53) % 600, total / 1000, systems[i % 4], shapes[i % 3]]);
  }
  globalThis.__planCalls = globalThis.__planCalls || 0`;
const plans = [
  {
    name: "GW.PLAN 1,000 tranches, 10 y monthly, gw_added",
    gw: inBundle(PLAN_SETUP, "f(tranches, 'gw_added', 2026, 2035, 'month', null, null).length"),
    schedule: inBundle(PLAN_SETUP + "; const g = fns.get('SCHEDULE')",
      "g(portfolio, 'gw_added', 46023 - (globalThis.__planCalls++ % 3000), 49644, 'month', null, null).length"),
  },
  {
    name: "GW.PLAN 1,000 tranches, 10 y monthly, accelerators_added",
    gw: inBundle(PLAN_SETUP, "f(tranches, 'accelerators_added', 2026, 2035, 'month', null, null).length"),
    schedule: inBundle(PLAN_SETUP + "; const g = fns.get('SCHEDULE')",
      "g(portfolio, 'accelerators_added', 46023 - (globalThis.__planCalls++ % 3000), 49644, 'month', null, null).length"),
  },
];
// 1c. A percentile of a ten-deal portfolio by quarter over ten years, 10,000 samples, against the base
// estimate of the same formula in this run. Every call names another first day, so the percentile's
// schedule samples and statistic are recomputed; the per-input draws are made once per scenario (they
// are the same for every formula), so the first call of a session also pays for them: measured apart.
const RISK_SETUP = `
  const g = fns.get('SCHEDULE');
  const portfolio = ${JSON.stringify(["openai-nvidia", "openai-amd", "openai-broadcom", "openai-cerebras", "openai-oracle", "openai-aws", "nvidia-thinking-machines", "meta-amd", "anthropic-google", "stargate-abilene"].map((k) => [k]))};
  globalThis.__riskCalls = globalThis.__riskCalls || 0`;
const percentile = measure(inBundle(RISK_SETUP, "g(portfolio, 'capex', 46023 - (globalThis.__riskCalls++ % 3000), 49674, 'quarter', 'p50', null).length"), 3);
const baseline = measure(inBundle(RISK_SETUP, "g(portfolio, 'capex', 46023 - (globalThis.__riskCalls++ % 3000), 49674, 'quarter', 'base', null).length"), 3);
rows.push({ benchmark: "GW.SCHEDULE p50 capex, 10 deals, 10 y quarterly, 10,000 samples", "GW calls/s": `${fmt(percentile.median * 1000, 1)} ms`, spread: `${fmt(percentile.min * 1000, 1)}–${fmt(percentile.max * 1000, 1)} ms`, "float calls/s": `${fmt(baseline.median * 1000, 1)} ms base`, ratio: `${fmt(percentile.median / baseline.median, 1)}×`, target: "≤250 ms" });
{
  const fresh = loadFunctionsBundle("main");
  const first = fresh.evaluate<(fns: Map<string, Fn>) => number>(`(function (fns) { ${RISK_SETUP}; return g(portfolio, 'capex', 46023, 49674, 'quarter', 'p50', null).length; })`);
  const start = process.hrtime.bigint();
  first(fresh.byId);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rows.push({ benchmark: "  same, first call of a session (draws included)", "GW calls/s": `${fmt(ms, 1)} ms`, spread: "one call", "float calls/s": "", ratio: "", target: "≤250 ms" });
}

for (const row of plans) {
  const plan = measure(row.gw, 3);
  const scheduled = measure(row.schedule, 3);
  rows.push({ benchmark: row.name, "GW calls/s": `${fmt(plan.median * 1000, 1)} ms`, spread: `${fmt(plan.min * 1000, 1)}–${fmt(plan.max * 1000, 1)} ms`, "float calls/s": `${fmt(scheduled.median * 1000, 1)} ms SCHEDULE`, ratio: `${fmt(plan.median / scheduled.median, 1)}×`, target: "≤250 ms" });
}

// 2. A 10,000-formula sheet in HyperFormula: GW plugin against the same arithmetic in native formulas.
function sheetRecalc(formula: (row: number) => string): { median: number; min: number; max: number } {
  const data: unknown[][] = Array.from({ length: 10000 }, (_, r) => [inputs[r & 1023], formula(r + 1)]);
  data[0].push(1.2);
  const engine = buildEngine(data);
  let pue = 1.2;
  const result = measure(() => {
    pue = pue >= 1.5 ? 1.2 : pue + 0.01; // a new PUE: every formula recalculates
    engine.setCellContents({ sheet: 0, row: 0, col: 2 }, pue);
    return engine.getCellValue({ sheet: 0, row: 9999, col: 1 }) as number;
  }, 1);
  engine.destroy();
  return result;
}
const gwSheet = sheetRecalc((r) => `=GW.ACCELERATORS(A${r},"GB300",$C$1)`);
const nativeSheet = sheetRecalc((r) => `=A${r}*1000000/(132/72*1.1*$C$1)`);
rows.push({ benchmark: "HyperFormula recalc, 10,000 formulas", "GW calls/s": `${fmt(gwSheet.median * 1000, 1)} ms`, spread: `${fmt(gwSheet.min * 1000, 1)}–${fmt(gwSheet.max * 1000, 1)} ms`, "float calls/s": `${fmt(nativeSheet.median * 1000, 1)} ms native`, ratio: `${fmt(gwSheet.median / nativeSheet.median, 2)}×`, target: "≤2×" });

// 3. Cold start and bundle sizes.
const starts: number[] = [];
for (let i = 0; i < 3 + REPEATS; i++) {
  const fresh = loadFunctionsBundle();
  if (i >= 3) starts.push(fresh.startupMs);
}
rows.push({ benchmark: "Cold start: load bundle → last associate", "GW calls/s": `${fmt(median(starts), 1)} ms`, spread: `${fmt(Math.min(...starts), 1)}–${fmt(Math.max(...starts), 1)} ms`, "float calls/s": "", ratio: "", target: "≤20 ms" });

const functionScripts = pageScripts().filter((s) => !/^https?:/.test(s) && s !== "taskpane.js");
const size = (files: string[]) => {
  const buffers = files.map((f) => fs.readFileSync(path.join(DIST, f)));
  return { min: buffers.reduce((s, b) => s + b.length, 0), gz: buffers.reduce((s, b) => s + zlib.gzipSync(b, { level: 9 }).length, 0) };
};
const functionsSize = size(functionScripts);
const paneSize = size(["taskpane.js"]);
rows.push({ benchmark: `Functions bundle (${functionScripts.join(" + ")})`, "GW calls/s": `${fmt(functionsSize.min / 1024, 1)} KB min`, spread: `${fmt(functionsSize.gz / 1024, 1)} KB gzip`, "float calls/s": "", ratio: "", target: "≤150 KB min" });
rows.push({ benchmark: "Task pane bundle (taskpane.js, plus the shared chunk)", "GW calls/s": `${fmt(paneSize.min / 1024, 1)} KB min`, spread: `${fmt(paneSize.gz / 1024, 1)} KB gzip`, "float calls/s": "", ratio: "", target: "" });

// 4. The pane's percentile worker (dist/gigawatt-percentiles.js, which loads the shared chunk): the
// built script run as a worker runs it (its own global scope, importScripts, postMessage), each message
// structured-cloned both ways as postMessage does. A request is the fan the pane draws for the whole
// portfolio by year (base, p10, p50, p90); the first one of a fresh worker pays for the draws.
async function workerRows(): Promise<void> {
  const workerFiles = ["gigawatt-percentiles.js"];
  const answers: unknown[] = [];
  const scope: Record<string, unknown> = { location: { href: "https://localhost:3000/gigawatt-percentiles.js" }, console };
  scope.self = scope;
  const run = (file: string) => new Function("self", "globalThis", "importScripts", "postMessage", fs.readFileSync(path.join(DIST, file), "utf8"))(scope, scope, importScripts, postMessage);
  function importScripts(...files: string[]): void {
    for (const file of files) {
      workerFiles.push(file);
      run(file);
    }
  }
  function postMessage(answer: unknown): void {
    answers.push(structuredClone(answer));
  }
  Object.assign(scope, { importScripts, postMessage });
  const loadStart = process.hrtime.bigint();
  run("gigawatt-percentiles.js");
  // webpack starts a worker's entry once its chunks are in, a promise later: so does a real worker, before its first message.
  await Promise.resolve();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const portfolio = DEALS.filter((deal) => deal.tranches.length > 0).map((deal) => deal.key);
  const ask = (id: number, measure: string): number => {
    const start = process.hrtime.bigint();
    (scope.onmessage as Fn)({ data: structuredClone({ id, request: { deals: portfolio, measure, period: "year", scenario: null } }) });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const answer = answers.pop() as { id: number; result?: { p50: number[] }; error?: string };
    if (answer.id !== id || answer.result === undefined) throw new Error(`worker: ${answer.error}`);
    return ms;
  };
  const first = ask(1, "gw_cumulative");
  const next = ["accelerators_cumulative", "capex_cumulative"].map((m, i) => ask(2 + i, m));
  const workerSize = size(workerFiles);
  rows.push({ benchmark: `Pane fan, ${portfolio.length}-deal portfolio by year (base, p10, p50, p90): worker's first request`, "GW calls/s": `${fmt(first, 1)} ms`, spread: `script load ${fmt(loadMs, 1)} ms`, "float calls/s": "", ratio: "", target: "" });
  rows.push({ benchmark: "  same, later requests (another measure; draws kept)", "GW calls/s": `${fmt(median(next), 1)} ms`, spread: `${fmt(Math.min(...next), 1)}–${fmt(Math.max(...next), 1)} ms`, "float calls/s": "", ratio: "", target: "" });
  rows.push({ benchmark: `Percentile worker (${workerFiles.join(" + ")})`, "GW calls/s": `${fmt(workerSize.min / 1024, 1)} KB min`, spread: `${fmt(workerSize.gz / 1024, 1)} KB gzip`, "float calls/s": "", ratio: "", target: "" });
}

void workerRows().then(() => {
  console.table(rows);
  const out = path.resolve(__dirname, "results.json");
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, repeats: REPEATS, rows }, null, 2));
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
});
