/**
 * The tables a runtime builds once, when Excel loads the add-in: card labels, number formats by unit and
 * by result kind, the card's Key property and its custom-system mark, the catalog named as the cards'
 * provider, and the yes/no parameters' metadata. Each test loads the modules afresh
 * (jest.isolateModules), as a new runtime would, and checks those tables through what Excel receives.
 *
 * Why a fresh load: the other card tests use modules loaded once for the whole suite, so a mutation
 * run (Stryker, per-test coverage) counts these tables as run by whichever test loaded them first and
 * only runs that test against a changed label or format.
 *
 * Expected values are written out: labels and formats as the README's "Excel-native results" documents
 * them, GB300's key from src/model/catalog/data/2026.11.2/systems/gb300-nvl72.json, the provider's
 * version from versions.json's last entry, GW.VERSION's arguments from test/fixtures/public-api.json.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { officeHost } from "../helpers/office-host";

type Entities = typeof import("../../src/functions/entities");
type CellValues = typeof import("../../src/functions/cell-values");
type Catalog = typeof import("../../src/model/catalog");

const scope = globalThis as { Office?: unknown };

/** Loads the modules afresh in a host with data types (CustomFunctionsRuntime 1.4) and runs `check`. */
function inFreshRuntime(check: (m: { entities: Entities; cellValues: CellValues; catalog: Catalog }) => void): void {
  scope.Office = officeHost({ CustomFunctionsRuntime: "1.4", ExcelApi: "1.19" });
  try {
    jest.isolateModules(() => {
      check({
        entities: require("../../src/functions/entities") as Entities,
        cellValues: require("../../src/functions/cell-values") as CellValues,
        catalog: require("../../src/model/catalog") as Catalog,
      });
    });
  } finally {
    delete scope.Office;
  }
}

test("a fresh runtime's system card: every label, each unit's number format and the Key", () => {
  inFreshRuntime(({ entities, catalog }) => {
    const card = entities.systemEntity(catalog.CURRENT_CATALOG.systemIndex.find("GB300")!);
    expect(Object.keys(card.properties!).sort()).toEqual([
      "Key", "Name", "Vendor", "Family", "Accelerator", "Accelerators per system", "Chip TDP", "System power", "HBM", "SRAM",
      "FP8 dense", "FP4 dense", "BF16 dense", "Price per accelerator", "Price per system", "Available",
    ].sort());
    expect(card.properties!.Key).toStrictEqual({ type: "String", basicValue: "gb300-nvl72" });
    const format = (label: string) => (card.properties![label] as Excel.DoubleCellValue).numberFormat;
    expect({
      count: format("Accelerators per system"), kW: format("System power"), GB: format("HBM"), PFLOPS: format("FP8 dense"),
      USD: format("Price per system"), date: format("Available"),
    }).toStrictEqual({
      count: "#,##0", kW: '#,##0.0##" kW"', GB: '#,##0" GB"', PFLOPS: '#,##0.0##" PFLOPS"', USD: '"$"#,##0', date: "yyyy-mm-dd",
    });
    expect(card.provider).toStrictEqual({ description: "Gigawatt catalog 2026.11.2" });
  });
});

test("a fresh runtime's deal card shows its GW with the GW format", () => {
  inFreshRuntime(({ entities, catalog }) => {
    const card = entities.dealEntity(catalog.CURRENT_CATALOG.dealIndex.find("openai-amd")!);
    // openai-amd.json: 6 GW of MI450 in tranches.
    expect(card.properties!.GW).toMatchObject({ type: "Double", basicValue: 6, numberFormat: '#,##0.0##" GW"' });
  });
});

test("a fresh runtime's formatted numbers by result kind, and cards read back by their Key", () => {
  inFreshRuntime(({ cellValues }) => {
    const { formatted, plainArg } = cellValues;
    expect([formatted("gw", 1), formatted("usd", 1000), formatted("usd", 5), formatted("count", 3), formatted("date", 46000)]).toStrictEqual([
      { type: "Double", basicValue: 1, numberFormat: '#,##0.0##" GW"' },
      { type: "Double", basicValue: 1000, numberFormat: '"$"#,##0' },
      { type: "Double", basicValue: 5, numberFormat: '"$"#,##0.00' }, // cents below $100
      { type: "Double", basicValue: 3, numberFormat: "#,##0" },
      { type: "Double", basicValue: 46000, numberFormat: "yyyy-mm-dd" },
    ]);
    const card = (key: string) => ({ type: "Entity", text: "A card", properties: { Key: { type: "String", basicValue: key } } });
    expect(plainArg(card("gb200-nvl72"))).toBe("gb200-nvl72");
    expect(() => plainArg(card("custom:gb300-nvl72"))).toThrow(/is a custom system/);
  });
});

test("a fresh runtime's yes/no argument is optional in functions.json (GW.VERSION's list)", () => {
  jest.isolateModules(() => {
    const { functionsMetadata } = require("../../src/functions/metadata") as typeof import("../../src/functions/metadata");
    const { FUNCTION_DEFS } = require("../../src/functions/registry") as typeof import("../../src/functions/registry");
    const version = functionsMetadata(FUNCTION_DEFS).functions.find((f) => f.id === "VERSION")!;
    // test/fixtures/public-api.json: VERSION takes one argument, list; omitted it means FALSE.
    expect(version.parameters.map((p) => [p.name, p.optional])).toEqual([["list", true]]);
  });
});
