/**
 * Names people type for several catalog items ("Stargate": three deals) are errors that list every
 * candidate key, in every function that takes a deal (or system) name, in English and German; names
 * that find one item keep working. Through the functions Excel calls, registered from the source (a unit
 * test never waits for a build; test/contract/registered-realms.test.ts shows the built bundle answers
 * alike). Expected numbers: hand calculations from the data files.
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { setMessages } from "../../src/i18n/messages";
import { MESSAGES_EN } from "../../src/i18n/messages.en";
import { MESSAGES_DE } from "../../src/i18n/messages.de";
import { buildNameIndex } from "../../src/model/names";
import { blankScenario, validateScenario } from "../../src/model/scenario";
import { closeTo } from "../helpers/formula";
import { errorOf, loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const STARGATE = 'names 3 deals: openai-oracle, stargate-abilene, stargate-uae — type one of them.';
const PLAN_HEADER = ["name", "start", "end", "gw", "system", "deal"];


afterEach(() => {
  setMessages(MESSAGES_EN);
  publishScenarios([]);
});

test.each([
  ["DEAL", ["Stargate"]],
  ["SCHEDULE", ["Stargate"]],
  ["DELIVERED", ["Stargate", 2030]],
  ["FLOWS", ["Stargate"]],
  ["RECONCILE", ["Stargate"]],
  ["SCHEDULE", [[["openai-amd"], ["stargate"]]]],
])("GW.%s(%j): an error listing every deal that is Stargate", (id, args) => {
  const error = errorOf(excel, id, ...args);
  expect(error.code).toBe("#N/A");
  expect(error.message).toBe(`"${(args.flat(2) as string[]).find((a) => /stargate/i.test(String(a)))}" ${STARGATE}`);
});

test("however it is spelled, in a plan's deal column too, and in German", () => {
  for (const spelling of ["stargate", " STARGATE ", "Star-gate"]) expect(errorOf(excel, "DEAL", spelling).message).toBe(`"${spelling.trim()}" ${STARGATE}`);
  const plan = errorOf(excel, "PLAN", [PLAN_HEADER, ["A", null, null, null, null, "Stargate"]]);
  expect(plan.code).toBe("#N/A");
  expect(plan.message).toContain(`column deal: "Stargate" ${STARGATE}`);
  const source = loadRegistered("src");
  setMessages(MESSAGES_DE);
  expect(errorOf(source, "DEAL", "Stargate").message)
    .toBe("„Stargate“ bezeichnet 3 Deals: openai-oracle, stargate-abilene, stargate-uae – geben Sie einen davon ein.");
});

test("each Stargate deal's own names still find it", () => {
  expect(valueOf(excel, "DEAL", "Stargate Abilene")).toBe("Stargate Abilene (Oracle/Crusoe, 1.2 GW GB200)");
  expect(valueOf(excel, "DEAL", "Stargate UAE")).toBe(valueOf(excel, "DEAL", "stargate-uae"));
  expect(valueOf(excel, "DEAL", "Stargate Oracle")).toBe(valueOf(excel, "DEAL", "openai-oracle"));
});

test("the issue's other aliases resolve: H100, Trainium2, Colossus 2", () => {
  // H100 HGX: 8 GPUs in 10.2 kW; 1e6 ÷ (10.2 ÷ 8 × 1.1 × 1.2) = 1e6 ÷ 1.683.
  expect(closeTo(valueOf(excel, "ACCELERATORS", 1, "H100") as number, 1e6 / 1.683)).toBe(true);
  // Trn2: 16 chips in 14.4 kW; 1e6 ÷ (14.4 ÷ 16 × 1.32) = 1e6 ÷ 1.188.
  expect(closeTo(valueOf(excel, "ACCELERATORS", 1, "Trainium2") as number, 1e6 / 1.188)).toBe(true);
  // Colossus 2's three tranches, all delivered by 2027: 0.2 + 0.8 + 0.5 GW.
  expect(closeTo(valueOf(excel, "DELIVERED", "Colossus 2", 2027, "gw") as number, 1.5)).toBe(true);
  expect(valueOf(excel, "DEAL", "Colossus 2")).toBe(valueOf(excel, "DEAL", "xai-colossus2"));
});

test("a name equally near to several items lists their keys; one nearest item is suggested as before", () => {
  const trainium = errorOf(excel, "ACCELERATORS", 1, "Trainium");
  expect(trainium.code).toBe("#N/A");
  expect(trainium.message).toBe('Unknown system "Trainium". Did you mean one of trainium2, trainium3? GW.SYSTEMS() lists them all.');
  expect(errorOf(excel, "ACCELERATORS", 1, "GB3000").message).toBe('Unknown system "GB3000". Did you mean "GB300"? GW.SYSTEMS() lists them all.');
  // Nothing close: nothing suggested (not every key at the cut-off distance).
  expect(errorOf(excel, "ACCELERATORS", 1, "pineapple").message).toBe('Unknown system "pineapple". GW.SYSTEMS() lists them all.');
  // A custom system's based_on row says the same.
  expect(errorOf(excel, "ACCELERATORS", 1, [["based_on", "Trainium"], ["system_kw", 20]]).message).toContain("Did you mean one of trainium2, trainium3?");
});

test("a scenario pinned to 2026.11.0 reads that catalog, where Stargate was Abilene's alias", () => {
  const source = loadRegistered("src");
  const { scenario } = validateScenario({ ...blankScenario("Old"), catalogVersion: "2026.11.0" });
  publishScenarios([scenario!]);
  // Abilene in 2026.11.0: 0.3 GW by 2025-09-30, then 0.9 GW to 2026-06-30: 1.2 GW by 2027.
  expect(closeTo(valueOf(source, "DELIVERED", "Stargate", 2027, "gw", null, "Old") as number, 1.2)).toBe(true);
  expect(errorOf(source, "DELIVERED", "Stargate", 2040, "gw").message).toBe(`"Stargate" ${STARGATE}`);
});

test("a shared alias is declared by at least two items and is no item's own name (checked when the index is built)", () => {
  const entries = [{ k: "a", shared: ["Both"] }, { k: "b", shared: ["Both"] }, { k: "c", shared: [] as string[] }];
  const index = buildNameIndex(entries, (e) => [e.k], (e) => e.k, (e) => e.shared);
  expect(index.find("both")).toBeUndefined();
  expect(index.sharedBy(" BOTH ")).toEqual(["a", "b"]);
  expect(index.sharedBy("c")).toEqual([]);
  expect(() => buildNameIndex([{ k: "a" }, { k: "b" }], (e) => [e.k], (e) => e.k, (e) => (e.k === "a" ? ["Solo"] : []))).toThrow(/declared only by a/);
  expect(() => buildNameIndex([{ k: "a" }, { k: "b" }], (e) => [e.k], (e) => e.k, () => ["b"])).toThrow(/also a name of b/);
});
