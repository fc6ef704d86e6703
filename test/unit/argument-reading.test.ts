/**
 * How every GW function reads one raw argument (src/functions/coerce.ts), through the functions Excel
 * calls: a range where one value belongs, and how the messages quote what was given (long text cut,
 * TRUE/FALSE as Excel writes them). Expected texts are the English messages in src/i18n/messages.en.ts
 * ("… must be a single value, not a range of several cells.", "… must be a number; got ….").
 *
 * And when the workbook's number culture is published again (the pane reloads it): formulas recalculate
 * only when a separator actually changed (publishNumberCulture's answer).
 */
import { numberCulture, publishNumberCulture } from "../../src/functions/coerce";
import type { NumberCulture } from "../../src/model/number-text";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";

const registered = loadRegistered("src");
const error = (id: string, ...args: unknown[]) => callRegistered(registered, id, args).error;

describe("a range where one value belongs", () => {
  test("a 1×1 range is its one value: GW.OPEX([[1]]) is GW.OPEX(1)", () => {
    // README: =GW.OPEX(1) → 490,560,000 (7,008,000 MWh × $70).
    expect(valueOf(registered, "OPEX", [[1]])).toBe(490560000);
  });

  test.each([
    ["two rows of one cell", [[1], [2]]],
    ["one row of two cells", [[1, 2]]],
    ["two rows of two cells", [[1, 2], [3, 4]]],
  ])("%s is #VALUE!, not its first cell", (_what, range) => {
    expect(error("OPEX", range)).toEqual({ code: "#VALUE!", message: "gigawatts must be a single value, not a range of several cells." });
  });
});

describe("how a message quotes the argument given", () => {
  test("text up to 40 characters is quoted whole; longer text is cut to its first 40 and an ellipsis", () => {
    const forty = "abcdefghij".repeat(4);
    expect(error("OPEX", forty)?.message).toBe(`gigawatts must be a number; got "${forty}".`);
    expect(error("OPEX", forty + "XYZ")?.message).toBe(`gigawatts must be a number; got "${forty}…".`);
  });

  test("TRUE and FALSE are refused where a number belongs, written as Excel writes them", () => {
    expect(error("OPEX", true)).toEqual({ code: "#VALUE!", message: "gigawatts must be a number; got TRUE." });
    expect(error("OPEX", false)).toEqual({ code: "#VALUE!", message: "gigawatts must be a number; got FALSE." });
  });
});

describe("publishing the workbook's number culture answers whether it changed", () => {
  let before: NumberCulture | undefined;
  beforeAll(() => {
    before = numberCulture();
  });
  afterAll(() => {
    publishNumberCulture(before);
  });

  const german: NumberCulture = { decimal: ",", group: ".", pairGroups: false };

  test("the same separators again (even as another object) are no change; none again is no change", () => {
    publishNumberCulture(undefined);
    expect(publishNumberCulture(undefined)).toBe(false);
    expect(publishNumberCulture(german)).toBe(true);
    expect(publishNumberCulture(german)).toBe(false);
    expect(publishNumberCulture({ ...german, name: "de-DE" })).toBe(false); // the name is only for messages
    expect(publishNumberCulture(undefined)).toBe(true);
  });

  test.each([
    ["the decimal mark", { ...german, decimal: "." }],
    ["the group separator", { ...german, group: "'" }],
    ["pairs of groups (India)", { ...german, pairGroups: true }],
  ])("a change of %s alone is a change", (_what, next) => {
    publishNumberCulture(german);
    expect(publishNumberCulture(next)).toBe(true);
  });
});
