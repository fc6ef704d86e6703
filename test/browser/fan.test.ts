/**
 * The fan chart of issue 13 in headless Chromium (the built pane, standalone preview): band, P50 line
 * and dashed announced path for a deal and for the portfolio, named with its unit and the meaning of
 * P10/P50/P90, axe-clean in both themes and languages; the Monte Carlo runs in a Web Worker (or, with
 * "?percentiles=steps", in steps on the page's thread) while the pane keeps answering, and a result
 * for inputs that have changed since is never drawn. Screenshots land in test/artifacts/.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, axeViolations, openFresh, startHarness, type PaneHarness } from "../helpers/browser";

let harness: PaneHarness;

beforeAll(async () => {
  harness = await startHarness();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 60000);

afterAll(async () => {
  await harness?.close();
});

const fresh = (query = "", width = 350) => openFresh(harness, query, width);

/** Waits until the fan's percentiles are drawn (the chart is no longer busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector("#chart-box svg.fan[aria-busy='false'] polygon.band", { timeout: 60000 });
}

const chartName = (page: Page) => page.evaluate(() => {
  const svg = document.querySelector("#chart-box svg")!;
  return document.getElementById(svg.getAttribute("aria-labelledby")!)!.textContent;
});
const chartDescription = (page: Page) => page.evaluate(() => {
  const svg = document.querySelector("#chart-box svg")!;
  return document.getElementById(svg.getAttribute("aria-describedby")!)!.textContent;
});

/** The band's polygon, the P50 line and the announced line as numbers (SVG y grows downwards). */
async function shapes(page: Page): Promise<{ band: number[][]; median: number[][]; announced: number[][]; dash: string }> {
  return page.evaluate(() => {
    const points = (selector: string) => (document.querySelector(`#chart-box svg ${selector}`)!.getAttribute("points") ?? "")
      .trim().split(/\s+/).map((p) => p.split(",").map(Number));
    const announced = document.querySelector("#chart-box svg polyline.announced")!;
    return { band: points("polygon.band"), median: points("polyline.median"), announced: points("polyline.announced"), dash: getComputedStyle(announced).strokeDasharray };
  });
}

test("a deal's fan: band from P10 to P90 around the P50 line, the announced path dashed, a legend, units and locale ticks", async () => {
  const { page, errors } = await fresh("?lang=en", 350);
  await settled(page);
  expect(await page.getAttribute("#chart-box", "data-percentiles")).toBe("worker");
  expect(await page.isChecked("#show-uncertainty")).toBe(true);
  const chart = page.locator("#chart-box svg");
  expect(await chart.getAttribute("role")).toBe("img");
  expect(await chartName(page)).toBe("Power, cumulative by year end (GW), OpenAI–AMD");
  const description = (await chartDescription(page))!;
  expect(description).toContain("8 in 10 lie between P10 and P90");
  expect(description).toContain("P50 is the median");
  expect(description).toMatch(/2030: P10 [\d.,]+ GW, P50 [\d.,]+ GW, P90 [\d.,]+ GW, announced 6 GW/);
  expect(await chart.locator("text.axis-unit").textContent()).toBe("GW");
  expect(await chart.locator("text.legend").allTextContents()).toEqual(["P10–P90", "P50 (median)", "Announced (base)"]);
  const { band, median, announced, dash } = await shapes(page);
  expect(dash).not.toBe("none");
  // One point per year 2026 … 2030: the band's upper edge then its lower edge backwards.
  expect(median).toHaveLength(5);
  expect(announced).toHaveLength(5);
  expect(band).toHaveLength(10);
  const upper = band.slice(0, 5);
  const lower = band.slice(5).reverse();
  median.forEach(([x, y], i) => {
    expect(upper[i][0]).toBeCloseTo(x, 1);
    expect(upper[i][1]).toBeLessThanOrEqual(y + 1e-9);
    expect(lower[i][1]).toBeGreaterThanOrEqual(y - 1e-9);
  });
  // The announced 6 GW by 2030 sits above the P10 edge: deal risk takes something off the low end.
  expect(announced[4][1]).toBeLessThan(lower[4][1]);
  expect(await chart.locator("text.axis").allTextContents()).toEqual(expect.arrayContaining(["0", "2026", "2030"]));
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("the portfolio's fan, in German: decimal commas, German legend and name with the unit", async () => {
  const { page } = await fresh("?lang=de", 350);
  await page.check("#subject-portfolio");
  await settled(page);
  expect(await chartName(page)).toBe("Leistung, kumuliert bis Jahresende (GW), Portfolio");
  expect(await page.locator("#chart-box svg text.legend").allTextContents()).toEqual(["P10–P90", "P50 (Median)", "Angekündigt (Basis)"]);
  expect(await chartDescription(page)).toContain("8 von 10 liegen zwischen P10 und P90");
  const { band, median, announced } = await shapes(page);
  expect(median.length).toBeGreaterThan(3);
  expect(band).toHaveLength(2 * median.length);
  expect(announced).toHaveLength(median.length);
  await page.getByLabel("Investition", { exact: true }).check();
  await settled(page);
  expect(await chartName(page)).toBe("Investition, kumuliert bis Jahresende (Mrd. USD), Portfolio");
  expect(await page.locator("#chart-box svg text.axis-unit").textContent()).toBe("Mrd. USD");
  // Thousands of billions: German grouping ("1.000"), never an English comma.
  const ticks = await page.locator("#chart-box svg text.axis").allTextContents();
  expect(ticks.some((t) => /^\d{1,3}(\.\d{3})+$/.test(t))).toBe(true);
  expect(ticks.filter((t) => t.includes(","))).toEqual([]);
  // A deal of 1.3 GW (catalog 2026.11.1, Anthropic–Google): half-gigawatt ticks with a decimal comma, one year.
  await page.check("#subject-deal");
  await page.selectOption("#preview-deal", "anthropic-google");
  await page.getByLabel("GW", { exact: true }).check();
  await settled(page);
  expect(await page.locator("#chart-box svg text.axis").allTextContents()).toEqual(["0", "0,5", "1", "1,5", "2026"]);
  expect(await chartDescription(page)).toMatch(/2026: P10 [\d,]+ GW, P50 [\d,]+ GW, P90 [\d,]+ GW, angekündigt 1,3 GW/);
  await page.context().close();
});

test.each([["en", "light"], ["en", "dark"], ["de", "light"], ["de", "dark"]])("the fan in %s, %s: axe-clean, screenshots at 350 and 1200 px", async (lang, theme) => {
  const { page, errors } = await fresh(`?lang=${lang}&theme=${theme}`, 350);
  for (const width of [350, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction(() => Math.abs((document.querySelector("#chart-box svg")?.getBoundingClientRect().width ?? 0) - (document.querySelector("#chart-box")?.clientWidth ?? -99)) < 2);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(ARTIFACTS, `fan-${width}-${lang}-${theme}.png`) });
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 350, height: 900 });
  await page.check("#subject-portfolio");
  await settled(page);
  await page.locator("#result").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("result")!.scrollIntoView());
  await page.screenshot({ path: path.join(ARTIFACTS, `fan-350-${lang}-${theme}-portfolio.png`) });
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("while the worker computes, the pane answers clicks; the latest edit wins", async () => {
  const { page } = await fresh("?lang=en", 350);
  await settled(page);
  // Three edits in a row, each before the previous one's percentiles can arrive: portfolio, then capex, then compute.
  const seen = await page.evaluate(async () => {
    const busy = () => document.querySelector("#chart-box svg")?.getAttribute("aria-busy");
    (document.querySelector("#subject-portfolio") as HTMLInputElement).click();
    const afterFirst = busy();
    // A handler that runs while the percentiles are pending: the click is handled, the page is not frozen.
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const turn = performance.now() - started;
    (document.querySelector("#measure-capex") as HTMLInputElement).click();
    const afterSecond = busy();
    (document.querySelector("#measure-accelerators") as HTMLInputElement).click();
    return { afterFirst, afterSecond, turn, checked: (document.querySelector("#measure-accelerators") as HTMLInputElement).checked };
  });
  expect(seen.afterFirst).toBe("true");
  expect(seen.afterSecond).toBe("true");
  expect(seen.checked).toBe(true);
  await settled(page);
  expect(await chartName(page)).toBe("Accelerators, cumulative by year end (accelerators), Portfolio");
  // The earlier requests finish (or were dropped) later: their numbers never replace the latest.
  await page.waitForTimeout(1500);
  expect(await chartName(page)).toBe("Accelerators, cumulative by year end (accelerators), Portfolio");
  expect(await page.getAttribute("#chart-box svg", "aria-busy")).toBe("false");
  expect(await chartDescription(page)).toMatch(/accelerators/);
  await page.context().close();
});

test("without a worker the percentiles compute in steps on the page's thread, between which input is handled", async () => {
  const { page } = await fresh("?lang=en&percentiles=steps", 350);
  expect(await page.getAttribute("#chart-box", "data-percentiles")).toBe("steps");
  await settled(page);
  const gaps = await page.evaluate(async () => {
    const ticks: number[] = [];
    let running = true;
    const tick = () => {
      ticks.push(performance.now());
      if (running) setTimeout(tick, 0);
    };
    (document.querySelector("#subject-portfolio") as HTMLInputElement).click();
    tick();
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector("#chart-box svg")?.getAttribute("aria-busy") === "false" ? resolve() : setTimeout(check, 5));
      check();
    });
    running = false;
    return { count: ticks.length };
  });
  // The event loop turned many times while the portfolio's percentiles computed (one step per turn).
  expect(gaps.count).toBeGreaterThan(5);
  expect(await page.locator("#chart-box svg polygon.band").count()).toBe(1);
  await page.context().close();
});

test("an inserted table carries P10, P50 and P90 columns when asked, in the pane's language", async () => {
  const { page } = await fresh("?lang=de", 350);
  await page.check("#insert-percentiles");
  await page.click("#insert-table");
  await page.waitForSelector("#preview-workbook details");
  const header = await page.$$eval("#preview-workbook details:last-of-type thead th", (ths) => ths.map((th) => th.textContent));
  expect(header).toEqual(["Jahr", "GW neu", "GW kumuliert", "GW kumuliert P10", "GW kumuliert P50", "GW kumuliert P90", "Beschleuniger neu", "Investition (Mrd. USD)"]);
  // The last year's P10, P50, P90 in the table are the ones the chart's description gives (both from GW.SCHEDULE).
  await settled(page);
  const last = await page.$$eval("#preview-workbook details:last-of-type tbody tr:last-child td", (tds) => tds.map((td) => td.textContent));
  // The table in Excel's GW format (three decimals below 1), the chart to two: equal to the rounding.
  const german = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));
  const described = /2030: P10 ([\d,]+) GW, P50 ([\d,]+) GW, P90 ([\d,]+) GW/.exec((await chartDescription(page))!)!.slice(1).map(german);
  last.slice(3, 6).map((cell) => german(cell!)).forEach((value, i) => expect(Math.abs(value - described[i])).toBeLessThanOrEqual(0.0051));
  expect(await page.isChecked("#insert-percentiles")).toBe(true);
  await page.context().close();
});

test("switching the uncertainty off shows the bars again, and the choice survives a reload", async () => {
  const { page } = await fresh("?lang=en", 350);
  await settled(page);
  await page.uncheck("#show-uncertainty");
  expect(await page.locator("#chart-box svg rect.bar").count()).toBe(5);
  expect(await chartName(page)).toBe("Power added per year (GW), OpenAI–AMD");
  await page.reload();
  await page.waitForSelector("#chart-box svg rect.bar");
  expect(await page.isChecked("#show-uncertainty")).toBe(false);
  await page.context().close();
});
