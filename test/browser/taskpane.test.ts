/**
 * The task pane in headless Chromium, as the standalone preview (office.js loaded from the npm
 * package, no Excel): scenarios are created, edited and persisted; the preview follows; hostile
 * workbook data renders as text; both languages and both themes render at pane width.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, startHarness, type PaneHarness } from "../helpers/browser";

let harness: PaneHarness;

beforeAll(async () => {
  harness = await startHarness();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 60000);

afterAll(async () => {
  await harness?.close();
});

async function createScenario(page: Page, name: string): Promise<void> {
  await page.click("#scenario-new");
  await page.fill("#scenario-name", name);
  await page.click("#scenario-name-ok");
  await page.waitForFunction((n) => (document.querySelector("#scenario-select") as HTMLSelectElement | null)?.value === n, name);
}

const firstCapex = (page: Page) => page.textContent("#preview-table tbody tr:first-child td:nth-child(3)");

test("create and edit a scenario, see the preview change, reload and find it persisted", async () => {
  const { page, errors } = await harness.open();
  expect(await page.textContent("h1")).toBe("Gigawatt");
  await createScenario(page, "Tight PUE");
  const before = await firstCapex(page);
  await page.fill("#ov-pue", "1.5");
  await page.press("#ov-pue", "Enter");
  await page.waitForFunction((b) => document.querySelector("#preview-table tbody tr:first-child td:nth-child(3)")?.textContent !== b, before);
  const after = await firstCapex(page);
  // OpenAI–AMD 2026, 1 GW of MI450 at PUE 1.5 instead of 1.2: fewer racks fit, so less capex.
  expect(Number(after!.replace(/,/g, ""))).toBeLessThan(Number(before!.replace(/,/g, "")));

  await page.reload();
  await page.waitForSelector("#ov-pue");
  expect(await page.inputValue("#scenario-select")).toBe("Tight PUE");
  expect(await page.inputValue("#ov-pue")).toBe("1.5");
  expect(await firstCapex(page)).toBe(after);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("a scenario name with markup is shown as text and never runs", async () => {
  const { page, errors } = await harness.open();
  const hostile = `<img src=x onerror="window.__pwned=1">`;
  await createScenario(page, hostile);
  expect(await page.$$eval("#scenario-select option", (options) => options.map((o) => o.textContent))).toContain(hostile);
  await page.click("#scenario-delete");
  expect(await page.textContent(".confirm p")).toContain(hostile);
  expect(await page.$$("img")).toHaveLength(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.context().close();
});

test("hostile or corrupted stored scenarios are rejected with a message; the others survive", async () => {
  const { page } = await harness.open();
  const stored = JSON.stringify({
    schema: 2, catalogVersion: "2026.11.0",
    scenarios: [
      { name: "Good one", case: "high", overrides: { pue: 1.3 }, rampOverrides: {}, systemOverrides: {}, priceOverrides: {} },
      { name: "<script>window.__pwned=2</script>", case: "base", overrides: { pue: "1e999" } },
      { name: "x".repeat(5000), case: "base", overrides: {} },
    ],
  });
  await page.evaluate((json) => localStorage.setItem("gigawatt.scenarios", json), stored);
  await page.reload();
  await page.waitForSelector("#messages .msg-error");
  const messages = await page.$$eval("#messages .msg", (ps) => ps.map((p) => p.textContent ?? ""));
  expect(messages.some((m) => m.includes("<script>window.__pwned=2</script>") && m.includes("pue must be a number"))).toBe(true);
  expect(messages.some((m) => m.includes("longer than 64 characters"))).toBe(true);
  expect(await page.$$eval("#scenario-select option", (o) => o.map((x) => x.textContent))).toEqual(["Good one"]);
  expect(await page.$$("script:not([src])")).toHaveLength(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.evaluate(() => localStorage.setItem("gigawatt.scenarios", "{not json"));
  await page.reload();
  await page.waitForSelector("#messages .msg-error");
  expect(await page.textContent("#messages")).toContain("not valid JSON");
  // Read-only: the broken payload is not overwritten by an edit.
  expect(await page.isDisabled("#scenario-new")).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem("gigawatt.scenarios"))).toBe("{not json");
  await page.context().close();
});

test("insert a table and live formulas into the preview workbook", async () => {
  const { page } = await harness.open();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector("#insert-table");
  await page.selectOption("#preview-deal", "openai-broadcom");
  await page.click("#insert-table");
  await page.waitForSelector("#preview-workbook details");
  expect(await page.textContent("#preview-workbook summary")).toContain("OpenAI–Broadcom");
  await page.click("#insert-formulas");
  await page.waitForSelector("#preview-workbook .formula");
  expect(await page.textContent("#preview-workbook .formula")).toBe('=GW.SCHEDULE("openai-broadcom","gw_added",,,"year")');
  await page.context().close();
});

test("keyboard: every control is reachable with Tab", async () => {
  const { page } = await harness.open();
  await createScenario(page, "Keys");
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement?.id ?? ""));
  }
  for (const id of ["scenario-select", "scenario-new", "ov-pue", "preview-deal", "insert-table", "repair-formulas"]) expect(reached).toContain(id);
  await page.context().close();
});

test.each([["en", "light"], ["en", "dark"], ["de", "light"], ["de", "dark"]])("renders in %s, %s theme, at pane width (screenshot)", async (lang, theme) => {
  const { page, errors } = await harness.open(`?lang=${lang}&theme=${theme}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector("#scenario-new");
  await createScenario(page, lang === "de" ? "Basisfall" : "Base case");
  expect(await page.getAttribute("html", "data-theme")).toBe(theme);
  if (lang === "de") {
    expect(await page.textContent("#scenarios-heading")).toBe("Szenarien");
    expect(await page.getAttribute("html", "lang")).toBe("de");
    // German number format in the preview: 1 GW in 2026 → "1"; capex "26,6" (Mrd.) with a decimal comma
    expect(await page.textContent("#preview-table tbody tr:first-child td:nth-child(3)")).toMatch(/^\d+,\d$/);
  } else {
    expect(await page.textContent("#scenarios-heading")).toBe("Scenarios");
    expect(await page.textContent("#preview-table tbody tr:first-child td:nth-child(3)")).toMatch(/^\d+\.\d$/);
  }
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe(theme === "dark" ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(350); // no horizontal scrolling at the default pane width
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${lang}-${theme}.png`), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

test("German labels cover every assumption", async () => {
  const { page } = await harness.open("?lang=de");
  await createScenario(page, "Labels");
  const labels = await page.$$eval("label.field", (ls) => ls.map((l) => l.firstChild?.textContent ?? ""));
  expect(labels).toContain("Power Usage Effectiveness: Standortleistung ÷ IT-Leistung");
  expect(labels.some((l) => l.startsWith("Power usage effectiveness: facility"))).toBe(false);
  await page.context().close();
});

test("a ramp typed in the pane (German: semicolons, decimal commas) drives the preview", async () => {
  const { page } = await harness.open("?lang=de");
  await createScenario(page, "Hochlauf");
  await page.selectOption("#preview-deal", "openai-amd");
  await page.fill("#deal-ramp", "0,5; 2");
  await page.press("#deal-ramp", "Enter");
  await page.waitForFunction(() => document.querySelectorAll("#preview-table tbody tr").length === 2);
  const rows = await page.$$eval("#preview-table tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent)));
  expect(rows).toEqual([["2026", "0,5"], ["2027", "2"]]);
  expect(await page.inputValue("#deal-ramp")).toBe("0,5; 2");
  await page.fill("#deal-ramp", "zwei");
  await page.press("#deal-ramp", "Enter");
  await page.waitForSelector("#messages .msg-error");
  expect(await page.textContent("#messages")).toContain("keine gültige Zahl");
  expect(await page.inputValue("#deal-ramp")).toBe("zwei"); // what was typed stays, marked invalid
  expect(await page.getAttribute("#deal-ramp", "aria-invalid")).toBe("true");
  await page.context().close();
});
