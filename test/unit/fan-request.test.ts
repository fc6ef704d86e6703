/**
 * The fan chart asks for the deals the preview adds up: under a scenario pinned to an older catalog,
 * the portfolio's deals that catalog has (later ones did not exist in it), so the fan's announced path
 * ends where the preview's cumulative GW ends.
 */
import { PaneController } from "../../src/taskpane/controller";
import { PreviewWorkbook } from "../../src/taskpane/preview-workbook";
import { localeFor } from "../../src/taskpane/strings";
import { blankScenario } from "../../src/model/scenario";
import { catalogAt, CATALOG_VERSIONS } from "../../src/model/catalog";
import { publishScenarios } from "../../src/functions/scenarios";
import { computeFan } from "../../src/taskpane/percentiles";

afterAll(() => publishScenarios([]));

test("a portfolio under a scenario pinned to the first catalog: the fan's deals and announced total are the preview's", () => {
  const old = CATALOG_VERSIONS[0];
  const pane = new PaneController(new PreviewWorkbook(undefined), localeFor("en-US"));
  const scenario = { ...blankScenario("Old"), catalogVersion: old };
  pane.document = { ...pane.document, scenarios: [scenario] };
  pane.selected = "Old";
  publishScenarios(pane.document.scenarios);
  pane.setKind("portfolio");
  const request = pane.fanRequest("gw_cumulative", "year");
  const deals = request.deals as string[];
  // Every deal asked for exists in the pinned catalog, and some of the pane's portfolio does not.
  expect(deals.every((key) => catalogAt(old)!.dealIndex.find(key)?.key === key)).toBe(true);
  expect(deals.length).toBeLessThan(pane.portfolio.length);
  const fan = computeFan(request);
  const rows = pane.preview();
  expect(fan.labels).toEqual(rows.map((r) => r.year));
  expect(fan.base[fan.base.length - 1]).toBeCloseTo(rows[rows.length - 1].gwCumulative, 9);
});
