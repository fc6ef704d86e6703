/**
 * The task pane in headless Chromium, as the standalone preview (office.js loaded from the npm
 * package, no Excel). Each test names the defect of issue 14 it covers (#1 … #16); axe-core checks
 * WCAG 2.1 A/AA in every state the tests reach, and the screenshots land in test/artifacts/.
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

async function accessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

async function createScenario(page: Page, name: string): Promise<void> {
  await page.click("#scenario-new");
  await page.fill("#scenario-name", name);
  await page.click("#scenario-name-ok");
  await page.waitForFunction((n) => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === n, name);
}

test.each([["en", "light"], ["en", "dark"], ["de", "light"], ["de", "dark"]])("renders in %s, %s theme at 350 and 1200 px (screenshots, axe)", async (lang, theme) => {
  const { page, errors } = await fresh(`?lang=${lang}&theme=${theme}`);
  await createScenario(page, lang === "de" ? "Basisfall" : "Base case");
  for (const width of [350, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((w) => Math.abs((document.querySelector("#chart-box svg")?.getBoundingClientRect().width ?? 0) - (document.querySelector("#chart-box")?.clientWidth ?? -99)) < 2 && window.innerWidth === w, width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-${lang}-${theme}.png`), fullPage: false });
    await accessible(page);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

const status = (page: Page) => page.textContent("#messages");
const tableCells = (page: Page) => page.$$eval("#preview-table tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
const firstCapex = async (page: Page) => (await tableCells(page))[0][3];

test("#2 #16 an edit shows its effect at once and says it was saved; after a reload the chosen scenario is still chosen", async () => {
  const { page, errors } = await fresh();
  await createScenario(page, "Tight PUE");
  await createScenario(page, "Other");
  await page.selectOption("#scenario-select", "Tight PUE");
  const before = await firstCapex(page);
  await page.getByLabel("PUE").fill("1.5");
  await page.press("#ov-pue", "Enter");
  await page.waitForFunction((b) => document.querySelector("#preview-table tbody tr td:nth-child(4)")?.textContent !== b, before);
  expect(await status(page)).toBe("Saved in the workbook.");
  // OpenAI–AMD 2026, 1 GW of MI450 at PUE 1.5 instead of 1.2: 1.2/1.5 of the racks, so less capex.
  const after = await firstCapex(page);
  expect(Number(after.replace(/,/g, ""))).toBeLessThan(Number(before.replace(/,/g, "")));
  await accessible(page);

  await page.reload();
  await page.waitForSelector("#ov-pue");
  expect(await page.inputValue("#scenario-select")).toBe("Tight PUE");
  expect(await page.inputValue("#ov-pue")).toBe("1.5");
  expect(await firstCapex(page)).toBe(after);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("#1 #3 errors stand next to their field, say what to fix, and clear on the next success", async () => {
  const { page } = await fresh();
  await page.click("#scenario-new");
  await page.fill("#scenario-name", " ");
  await page.click("#scenario-name-ok");
  await page.waitForSelector("#scenario-name-error");
  expect(await page.textContent("#scenario-name-error")).toBe("The name is empty.");
  expect(await page.getAttribute("#scenario-name", "aria-invalid")).toBe("true");
  expect(await page.getAttribute("#scenario-name", "aria-describedby")).toContain("scenario-name-error");
  await accessible(page);
  await page.fill("#scenario-name", "Base");
  await page.click("#scenario-name-ok");
  await page.waitForFunction(() => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === "Base");
  expect(await page.$("#scenario-name-error")).toBeNull();
  expect(await status(page)).toBe('Scenario "Base" created and saved.');

  // PUE out of range: the message is next to the field, uses its label, and what was typed stays.
  const pue = page.getByLabel("PUE");
  await pue.fill("0.5");
  await pue.press("Enter");
  await page.waitForSelector("#ov-pue-error");
  expect(await page.textContent("#ov-pue-error")).toBe("PUE must be a number from 1 to 5.");
  expect(await page.inputValue("#ov-pue")).toBe("0.5");
  expect(await page.getAttribute("#ov-pue", "aria-invalid")).toBe("true");
  expect((await page.getAttribute("#ov-pue", "aria-describedby"))!.split(" ")).toContain("ov-pue-error");
  expect(await status(page)).not.toContain("PUE");
  await accessible(page);
  await pue.fill("lots");
  await pue.press("Enter");
  await page.waitForFunction(() => document.querySelector("#ov-pue-error")?.textContent === "PUE must be a number.");
  await pue.fill("1.3");
  await pue.press("Enter");
  await page.waitForFunction(() => document.querySelector("#ov-pue-error") === null);
  expect(await page.getAttribute("#ov-pue", "aria-invalid")).toBeNull();
  expect(await status(page)).toBe("Saved in the workbook.");

  // A rename to a taken name, then a good one: the error goes.
  await createScenario(page, "Second");
  await page.click("#scenario-rename");
  await page.fill("#scenario-name", "base");
  await page.click("#scenario-name-ok");
  await page.waitForSelector("#scenario-name-error");
  expect(await page.textContent("#scenario-name-error")).toBe('A scenario named "base" already exists.');
  await page.fill("#scenario-name", "Third");
  await page.click("#scenario-name-ok");
  await page.waitForFunction(() => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === "Third");
  expect(await page.$(".field-error")).toBeNull();
  expect(await status(page)).toBe('Renamed to "Third" and saved.');
  await page.context().close();
});

test("#4 labels carry units in both languages, and the visible labels are the accessible names", async () => {
  for (const lang of ["en", "de"]) {
    const { page } = await fresh(`?lang=${lang}`);
    await createScenario(page, "Units");
    const labels = await page.$$eval("label[for]", (ls) => ls.map((l) => l.textContent ?? ""));
    const expected = lang === "en" ? ["(USD per MWh)", "(years)", "(USD per MW)", "USD ("] : ["(USD je MWh)", "(Jahre)", "(USD je MW)", "USD ("];
    for (const unit of expected) expect(labels.some((l) => l.includes(unit))).toBe(true);
    if (lang === "en") {
      expect(await page.getByLabel("PUE").getAttribute("id")).toBe("ov-pue");
      expect(await page.getByLabel("Ramp").getAttribute("id")).toBe("deal-ramp");
      expect(await page.getByLabel("Deal", { exact: true }).getAttribute("id")).toBe("preview-deal");
      await page.click("#scenario-new");
      expect(await page.getByLabel("Scenario name").getAttribute("id")).toBe("scenario-name");
    }
    await page.context().close();
  }
});

test("#5 #6 inserted tables: localised headers, years as years, dates as dates, capex in USD bn; the sheet keeps the scenario's name", async () => {
  const { page } = await fresh("?lang=de");
  await createScenario(page, "Knappe Kühlung");
  await page.click("#insert-table");
  await page.waitForSelector("#preview-workbook details");
  const sheet = page.locator("#preview-workbook details").first();
  expect(await sheet.locator("summary").textContent()).toBe("OpenAI–AMD – Knappe Kühlung");
  await sheet.locator("summary").click();
  expect(await sheet.locator("th").allTextContents()).toEqual(["Jahr", "GW neu", "GW kumuliert", "Beschleuniger neu", "Investition (Mrd. USD)"]);
  const first = await sheet.locator("tbody tr").first().locator("td").allTextContents();
  // 2026: 1 GW; capex in Mrd. USD with one decimal and a decimal comma, the year without a group mark.
  expect(first[0]).toBe("2026");
  expect(first.slice(1, 3)).toEqual(["1,00", "1,00"]);
  expect(first[4]).toMatch(/^\d+,\d$/);
  await page.selectOption("#insert-period", "quarter");
  await page.click("#insert-table");
  await page.waitForFunction(() => document.querySelectorAll("#preview-workbook details").length === 2);
  const quarterly = page.locator("#preview-workbook details").nth(1);
  expect(await quarterly.locator("summary").textContent()).toBe("OpenAI–AMD – Knappe Kühlung (2)");
  await quarterly.locator("summary").click();
  expect(await quarterly.locator("th").first().textContent()).toBe("Periodenbeginn");
  expect(await quarterly.locator("tbody tr td:first-child").first().textContent()).toBe("2026-07-01");
  await page.click("#insert-deals");
  await page.waitForFunction(() => document.querySelectorAll("#preview-workbook details").length === 3);
  const deals = page.locator("#preview-workbook details").nth(2);
  await deals.locator("summary").click();
  const amd = deals.locator("tr", { hasText: "openai-amd" });
  expect((await amd.locator("td").allTextContents()).slice(4, 8)).toEqual(["6,00", "mi450-helios", "2026-07-01", "2030-09-30"]);
  await accessible(page);
  await page.context().close();
});

test("#7 the chart: a named SVG with its unit, axes in the pane's locale, a title, value labels, and a measure switch", async () => {
  const { page } = await fresh("?lang=de");
  // The bars of the announced figures (the fan of simulated outcomes is test/browser/fan.test.ts).
  await page.uncheck("#show-uncertainty");
  const chart = page.locator("#chart-box svg");
  expect(await chart.getAttribute("role")).toBe("img");
  const name = () => page.evaluate(() => document.getElementById(document.querySelector("#chart-box svg")!.getAttribute("aria-labelledby")!)!.textContent);
  expect(await name()).toBe("Leistung neu je Jahr (GW), OpenAI–AMD");
  expect(await chart.locator("text.chart-title").textContent()).toBe("Leistung neu je Jahr (GW), OpenAI–AMD");
  expect(await chart.locator("text.axis-unit").textContent()).toBe("GW");
  // Catalog 2026.11.1: 1 GW in H2 2026, then 5 GW evenly over 2027-01-01 … 2030-09-30 (1,369 days):
  // 365, 366, 365 and 273 days → 1.3331, 1.3367, 1.3331, 0.9971 GW.
  expect(await chart.locator("text.value").allTextContents()).toEqual(["1", "1,33", "1,34", "1,33", "1"]);
  expect(await chart.locator("text.axis").allTextContents()).toEqual(["0", "0,5", "1", "1,5", "2026", "2027", "2028", "2029", "2030"]);
  await page.getByLabel("Beschleuniger", { exact: true }).check();
  expect(await name()).toBe("Beschleuniger neu je Jahr (Beschleuniger), OpenAI–AMD");
  await page.getByLabel("Investition", { exact: true }).check();
  expect(await name()).toBe("Investition neu je Jahr (Mrd. USD), OpenAI–AMD");
  expect(await chart.locator("text.value").first().textContent()).toMatch(/^\d+,\d$/);
  await page.getByLabel("Rechenleistung", { exact: true }).check();
  expect(await name()).toBe("FP8-Rechenleistung neu je Jahr (EFLOPS), OpenAI–AMD");
  expect(await chart.locator("text.axis-unit").textContent()).toBe("EFLOPS");
  // 2026: 1 GW of MI450 racks; GW.COMPUTE(1, "MI450") FP8 PFLOPS ÷ 1,000, in German digits.
  expect(await chart.locator("text.value").first().textContent()).toMatch(/^\d\.\d{3}$/);
  await accessible(page);
  // A one-period deal is a labelled bar on a labelled axis, not an unlabelled block.
  await page.getByLabel("GW", { exact: true }).check();
  await page.selectOption("#preview-deal", "anthropic-google");
  expect(await chart.locator("rect.bar").count()).toBe(1);
  // Catalog 2026.11.1: one 2026 tranche of 1.3 GW base ("well over a gigawatt").
  expect(await chart.locator("text.value").allTextContents()).toEqual(["1,3"]);
  expect(await chart.locator("text.axis").allTextContents()).toContain("2026");
  expect((await chart.locator("rect.bar").getAttribute("width"))! < "65").toBe(true);
  // At 1200 px the chart fills its column and its text stays at 12 px (drawn at its width, not scaled).
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.waitForFunction(() => (document.querySelector("#chart-box svg")?.getBoundingClientRect().width ?? 0) > 500);
  const sizes = await page.evaluate(() => {
    const svg = document.querySelector("#chart-box svg")!;
    return { font: getComputedStyle(svg.querySelector("text.axis")!).fontSize, drawn: svg.getBoundingClientRect().width, box: document.querySelector("#chart-box")!.clientWidth, viewBox: svg.getAttribute("viewBox") };
  });
  expect(sizes.font).toBe("12px");
  expect(Math.abs(sizes.drawn - sizes.box)).toBeLessThan(2);
  expect(sizes.viewBox).toBe(`0 0 ${Math.floor(sizes.box)} ${Math.round(Math.min(280, Math.max(190, Math.floor(sizes.box) * 0.5)))}`);
  await page.context().close();
});

test("#8 no deal name is cut off in the dropdown at 350 px", async () => {
  const { page } = await fresh();
  const overflow = await page.evaluate(() => {
    const select = document.querySelector("#preview-deal") as HTMLSelectElement;
    const style = getComputedStyle(select);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    // Room for text: the select's width minus its padding and the arrow (about 24 px).
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
    return [...select.options].map((o) => ({ text: o.text, width: context.measureText(o.text).width, room })).filter((o) => o.width > o.room);
  });
  expect(overflow).toEqual([]);
  // The full deal name is still on screen, below the dropdown.
  expect(await page.textContent("#preview-deal-hint")).toBe("OpenAI–AMD (6 GW Instinct)");
  await page.context().close();
});

test("#9 at 350 px the deal is chosen at the top, and an input and the chart are on screen together", async () => {
  const { page } = await fresh();
  await createScenario(page, "Together");
  const top = await page.evaluate(() => ({ deal: document.querySelector("#preview-deal")!.getBoundingClientRect().top, ramp: document.querySelector("#deal-ramp")!.getBoundingClientRect().top }));
  expect(top.deal).toBeLessThan(top.ramp);
  expect(top.deal).toBeLessThan(300);
  for (const id of ["#deal-ramp", "#system-price", "#ov-electricity_usd_per_mwh"]) {
    await page.focus(id);
    // After the pane lines the field up (next frame): its top just under the result, nothing above it half visible.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const gap = await page.evaluate((selector) => document.querySelector(selector)!.closest(".field")!.getBoundingClientRect().top - document.querySelector("#result")!.getBoundingClientRect().bottom, id);
    expect({ id, aligned: gap >= 0 && gap <= 8 }).toEqual({ id, aligned: true });
    const seen = await page.evaluate((selector) => {
      const input = document.querySelector(selector)!.getBoundingClientRect();
      const chart = document.querySelector("#chart-box svg")!.getBoundingClientRect();
      const hit = document.elementFromPoint(input.left + input.width / 2, input.top + input.height / 2);
      return { inputVisible: input.top >= 0 && input.bottom <= innerHeight, chartVisible: chart.top >= 0 && chart.bottom <= innerHeight, notCovered: hit === document.querySelector(selector) };
    }, id);
    expect(seen).toEqual({ inputVisible: true, chartVisible: true, notCovered: true });
  }
  await page.fill("#deal-ramp", "2; 2; 2");
  await page.press("#deal-ramp", "Enter");
  // The fan (shown by default) follows the ramp: three years, percentiles drawn.
  await page.waitForFunction(() => document.querySelector("#chart-box svg polyline.announced")?.getAttribute("points")?.trim().split(/\s+/).length === 3 &&
    document.querySelector("#chart-box svg")?.getAttribute("aria-busy") === "false");
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-350-en-light-editing.png") });
  await page.context().close();
});

test("#10 a price for this deal only leaves the other deals alone; a price for the system says which deals it moves", async () => {
  const { page } = await fresh();
  await createScenario(page, "Prices");
  await page.selectOption("#preview-deal", "meta-amd");
  const metaCatalog = await firstCapex(page);
  await page.selectOption("#preview-deal", "openai-amd");
  const amdCatalog = await firstCapex(page);
  expect(await page.isChecked("#system-price-scope-deal")).toBe(true);
  await page.getByLabel("Price per system").fill("11000000");
  await page.press("#system-price", "Enter");
  await page.waitForFunction((b) => document.querySelector("#preview-table tbody tr td:nth-child(4)")?.textContent !== b, amdCatalog);
  await page.selectOption("#preview-deal", "meta-amd");
  expect(await firstCapex(page)).toBe(metaCatalog);
  await page.selectOption("#preview-deal", "openai-amd");
  await page.check("#system-price-scope-system");
  await page.waitForSelector("#system-price-also");
  expect(await page.textContent("#system-price-also")).toBe("This price also applies to: Meta–AMD.");
  expect(await page.inputValue("#system-price")).toBe("11000000");
  await accessible(page);
  await page.selectOption("#preview-deal", "meta-amd");
  expect(await firstCapex(page)).not.toBe(metaCatalog);
  await page.context().close();
});

test("#11 the ramp editor shows the catalog ramp and the running total, and warns without blocking when they differ", async () => {
  const { page } = await fresh();
  await createScenario(page, "Ramp");
  // The catalog: 1 GW in H2 2026, then 5 GW evenly over 2027-01-01 … 2030-09-30 by day (365, 366, 365, 273 of 1,369 days).
  expect(await page.textContent("#deal-ramp-catalog")).toBe("Catalog ramp: 1; 1.333; 1.337; 1.333; 0.997 (total 6 GW)");
  expect(await page.isHidden("#deal-ramp-warning")).toBe(true);
  await page.fill("#deal-ramp", "1; 2; 3; 4; 5");
  expect(await page.textContent("#deal-ramp-total")).toBe("Entered: 15 GW of the deal's 6 GW.");
  expect(await page.textContent("#deal-ramp-warning")).toBe("The ramp adds up to 15 GW, the deal to 6 GW: the schedule follows your ramp.");
  expect((await page.getAttribute("#deal-ramp", "aria-describedby"))!.split(" ")).toEqual(expect.arrayContaining(["deal-ramp-catalog", "deal-ramp-total", "deal-ramp-warning"]));
  await page.press("#deal-ramp", "Enter");
  await page.waitForFunction(() => document.querySelectorAll("#preview-table tbody tr").length === 5);
  expect(await status(page)).toBe("Saved in the workbook.");
  expect(await page.isVisible("#deal-ramp-warning")).toBe(true);
  await accessible(page);
  // Commas are not a list separator (they are group or decimal marks): the old silent 15 GW cannot happen.
  await page.fill("#deal-ramp", "1, 2, 3, 4, 5");
  await page.press("#deal-ramp", "Enter");
  await page.waitForSelector("#deal-ramp-error");
  expect(await page.textContent("#deal-ramp-error")).toBe("Each ramp year must be a number from 0 to 1,000.");
  expect(await page.$$eval("#preview-table tbody tr", (r) => r.length)).toBe(5);
  await page.context().close();
});

test("#11 German ramp: semicolons and decimal commas drive the preview; a bad entry stays, marked invalid", async () => {
  const { page } = await fresh("?lang=de");
  await createScenario(page, "Hochlauf");
  await page.fill("#deal-ramp", "0,5; 2");
  await page.press("#deal-ramp", "Enter");
  await page.waitForFunction(() => document.querySelectorAll("#preview-table tbody tr").length === 2);
  expect((await tableCells(page)).map((r) => r.slice(0, 2))).toEqual([["2026", "0,5"], ["2027", "2"]]);
  expect(await page.inputValue("#deal-ramp")).toBe("0,5; 2");
  await page.fill("#deal-ramp", "zwei");
  await page.press("#deal-ramp", "Enter");
  await page.waitForSelector("#deal-ramp-error");
  expect(await page.inputValue("#deal-ramp")).toBe("zwei");
  expect(await page.getAttribute("#deal-ramp", "aria-invalid")).toBe("true");
  await page.context().close();
});

test("#12 New and Duplicate suggest a name", async () => {
  const { page } = await fresh();
  await page.click("#scenario-new");
  expect(await page.inputValue("#scenario-name")).toBe("Scenario 1");
  await page.click("#scenario-name-ok");
  await page.waitForFunction(() => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === "Scenario 1");
  await page.click("#scenario-duplicate");
  expect(await page.inputValue("#scenario-name")).toBe("Scenario 1 (copy)");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === "Scenario 1 (copy)");
  await page.click("#scenario-duplicate");
  expect(await page.inputValue("#scenario-name")).toBe("Scenario 1 (copy) (copy)");
  await page.context().close();
});

test("#13 the theme toggle names the theme it switches to", async () => {
  const { page } = await fresh("?theme=light");
  expect(await page.textContent("#theme-toggle")).toBe("Switch to dark theme");
  await page.click("#theme-toggle");
  expect(await page.getAttribute("html", "data-theme")).toBe("dark");
  expect(await page.textContent("#theme-toggle")).toBe("Switch to light theme");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(41, 41, 41)");
  await page.context().close();
});

test("#14 a sub-gigawatt deal reads in MW and adds up", async () => {
  const { page } = await fresh();
  await page.selectOption("#preview-deal", "openai-cerebras");
  expect(await page.$$eval("#preview-table thead th", (ths) => ths.map((t) => t.textContent))).toEqual(["Year", "MW added", "Accelerators", "Capex (USD bn)"]);
  // Catalog 2026.11.1: tranches of 150, 300 and 300 MW in 2026, 2027 and 2028, then an upside-only tranche (0 MW base) to 2030.
  expect((await tableCells(page)).map((r) => r[1])).toEqual(["150", "300", "300", "0", "0"]);
  expect(await page.textContent("#preview-table tfoot td")).toBe("750");
  expect(await page.textContent("#chart-box text.axis-unit")).toBe("MW");
  await page.context().close();
});

test("#15 the preview has a visible language switch", async () => {
  const { page } = await fresh();
  await createScenario(page, "Sprache");
  await page.getByLabel("Language").selectOption("de");
  await page.waitForFunction(() => document.documentElement.lang === "de");
  await page.waitForSelector("#scenario-new");
  expect(await page.textContent("#scenario-new")).toBe("Neu");
  expect(await page.inputValue("#scenario-select")).toBe("Sprache");
  await accessible(page);
  await page.getByLabel("Sprache", { exact: true }).selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en-US");
  await page.context().close();
});

test("busy states on asynchronous buttons; status messages in a status region", async () => {
  const { page } = await fresh();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const b of document.querySelectorAll("button[aria-busy='true']")) seen.push(`${b.id}:${b.textContent}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  for (const id of ["#insert-table", "#insert-formulas", "#insert-deals", "#new-plan", "#repair-formulas"]) await page.click(id);
  await page.waitForSelector("#preview-workbook .formula");
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  for (const id of ["insert-table", "insert-formulas", "insert-deals", "new-plan", "repair-formulas"]) expect(seen).toContain(`${id}:Working…`);
  // Everything inserted into the preview workbook, listed in the pane, passes axe too.
  await accessible(page);
  expect(await page.getAttribute("#messages", "role")).toBe("status");
  expect(await status(page)).toBe("Re-entered 0 formula(s).");
  expect(await page.$$("[aria-busy='true']")).toHaveLength(0);
  await page.context().close();
});

test("portfolio: the chosen deals add up", async () => {
  const { page } = await fresh();
  await page.check("#subject-portfolio");
  for (const key of await page.$$eval("#portfolio input", (inputs) => inputs.map((i) => (i as HTMLInputElement).value))) {
    if (key !== "openai-amd" && key !== "meta-amd") await page.uncheck(`#portfolio-${key}`);
  }
  // OpenAI–AMD and Meta–AMD each deliver 1 GW in 2026.
  expect((await tableCells(page))[0].slice(0, 2)).toEqual(["2026", "2"]);
  expect(await page.textContent("#chart-box svg title")).toContain("Portfolio");
  await accessible(page);
  await page.context().close();
});

test("keyboard only: create a scenario, edit PUE, switch the chart, insert a table", async () => {
  const { page } = await fresh();
  const tabTo = async (id: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((x) => document.activeElement?.id === x, id)) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo("scenario-new");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("scenario-name");
  await page.keyboard.type("Keys");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === "Keys");
  await tabTo("measure-gw");
  await page.keyboard.press("ArrowRight");
  expect(await page.isChecked("#measure-accelerators")).toBe(true);
  await tabTo("ov-pue");
  await page.keyboard.type("1.4");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#messages")?.textContent === "Saved in the workbook.");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("ov-pue");
  await tabTo("insert-table");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#preview-workbook details");
  expect(await page.textContent("#preview-workbook summary")).toBe("OpenAI–AMD – Keys");
  await page.context().close();
});

test("hostile names render as text; corrupted stored scenarios are reported and nothing is written over them", async () => {
  const { page, errors } = await fresh();
  const hostile = `<img src=x onerror="window.__pwned=1">`;
  await createScenario(page, hostile);
  expect(await page.$$eval("#scenario-select option", (options) => options.map((o) => o.textContent))).toContain(hostile);
  await page.click("#scenario-delete");
  expect(await page.textContent(".confirm p")).toContain(hostile);
  await accessible(page);
  expect(await page.$$("img")).toHaveLength(0);
  const stored = JSON.stringify({
    schema: 2, catalogVersion: "2026.11.0",
    scenarios: [
      { name: "Good one", case: "high", overrides: { pue: 1.3 }, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} },
      { name: "<script>window.__pwned=2</script>", case: "base", overrides: { pue: "1e999" } },
    ],
  });
  // A workbook an older add-in saved: its whole document alone (scenarios are items of their own since schema 3).
  await page.evaluate((json) => {
    localStorage.clear();
    localStorage.setItem("gigawatt.scenarios", json);
  }, stored);
  await page.reload();
  await page.waitForSelector("#messages .msg-error");
  expect(await status(page)).toContain("pue must be a number");
  expect(await page.$$eval("#scenario-select option", (o) => o.map((x) => x.textContent))).toEqual(["Good one"]);
  await accessible(page);
  await page.evaluate(() => localStorage.setItem("gigawatt.scenarios", "{not json"));
  await page.reload();
  await page.waitForSelector("#messages .msg-error");
  expect(await status(page)).toContain("not valid JSON");
  expect(await page.isDisabled("#scenario-new")).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem("gigawatt.scenarios"))).toBe("{not json");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.context().close();
});
