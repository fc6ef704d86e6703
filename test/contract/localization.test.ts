/** German function help is built from the English metadata and the translation table, never by hand. */
import table from "../../src/i18n/functions.de.json";
import { readMetadata } from "../helpers/bundle";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localize-metadata");

const english = readMetadata("functions.json");
const german = readMetadata("functions.de.json");

test("every function and parameter has a current German translation", () => {
  expect(localizeMetadata(english, table).problems).toEqual([]);
});

test("ids, names and parameters are the same in both languages; descriptions are German", () => {
  expect(german.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.optional, p.type])])).toEqual(
    english.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.optional, p.type])]));
  german.functions.forEach((f, i) => {
    expect(f.description).not.toBe(english.functions[i].description);
    f.parameters.forEach((p, j) => expect(p.description).not.toBe(english.functions[i].parameters[j].description));
  });
  const accelerators = german.functions.find((f) => f.id === "ACCELERATORS")!;
  expect(accelerators.description).toMatch(/^Beschleuniger, die ein Leistungsbudget versorgt/);
});

test("a missing, stale or orphaned translation is reported", () => {
  const broken = JSON.parse(JSON.stringify(table));
  delete broken.functions.CAPEX.parameters.scope;
  broken.functions.OPEX.description.of = "00000000";
  broken.functions.NOPE = { description: { of: "x", text: "y" }, parameters: {} };
  const { problems } = localizeMetadata(english, broken);
  expect(problems).toEqual(expect.arrayContaining([
    "CAPEX(scope): no translation",
    expect.stringMatching(/^OPEX: translation is stale/),
    "NOPE: translated but no such function",
  ]));
});
