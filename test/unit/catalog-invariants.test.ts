/**
 * A lookup that can only fail on a data bug (the build validates every key a catalog version uses) throws
 * an error naming the key and the version, so such a bug is found at once rather than shown as a number.
 */
import { CATALOG_VERSION, CURRENT_CATALOG, DEAL_INDEX, systemByKey, type AssumptionKey } from "../../src/model/catalog";
import { NO_OVERRIDES } from "../../src/model/assumptions";
import { dealFlows } from "../../src/model/schedule";

test("an assumption a catalog version does not have", () => {
  expect(() => CURRENT_CATALOG.assumption("no_such" as AssumptionKey)).toThrow(`No assumption no_such in catalog ${CATALOG_VERSION}`);
});

test("a system key the current catalog does not have", () => {
  expect(() => systemByKey("no-such-system")).toThrow("Catalog error: no system no-such-system");
});

test("a deal's system override naming a system the catalog version does not have", () => {
  const deal = DEAL_INDEX.find("openai-amd")!;
  expect(() => dealFlows(deal, { case: "base", overrides: NO_OVERRIDES, systemOverride: "no-such-system" }))
    .toThrow(`Catalog error: no system no-such-system in catalog ${CATALOG_VERSION}`);
});
