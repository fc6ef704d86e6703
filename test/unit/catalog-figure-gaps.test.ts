/**
 * What GW.SOURCE, GW.SPEC and GW.ASSUMPTIONS answer where a figure is missing, simulated or read from a
 * pinned catalog (src/functions/catalog.ts), through the registered functions. Expected texts are the
 * catalog's data files: src/model/catalog/data/2026.11.1/systems/mi300x.json ("notApplicable"),
 * trainium2.json ("sramGb": null with a field note, so unpublished), 2026.11.0/sources.json (S48).
 */
import { publishScenarios } from "../../src/functions/scenarios";
import { blankScenario, validateScenario } from "../../src/model/scenario";
import { errorOf, loadRegistered, valueOf } from "../helpers/registered";

const excel = loadRegistered("src");
const TRAINIUM2_SRAM = "sram_gb is not published for AWS Trainium2 (Trn2 instance, 16 chips); GW.SOURCE tells what is known.";

const failing = (id: string, ...args: unknown[]) => errorOf(excel, id, ...args);

describe("GW.SOURCE of a figure the catalog lacks", () => {
  test("a figure the design does not have says why, in the data file's words", () => {
    expect(valueOf(excel, "SOURCE", "mi300x", "fp4_pflops"))
      .toBe("Not applicable: CDNA 3 has no FP4; FP4/FP6 arrived with CDNA 4 (MI350 series), per tomshardware-2025-06-mi355x-1400w.");
  });

  test("a figure nobody published is #N/A saying so (not a catalog citation, not 'Not applicable')", () => {
    expect(failing("SOURCE", "trainium2", "sram_gb")).toEqual({ code: "#N/A", message: TRAINIUM2_SRAM });
  });
});

describe("GW.SPEC's simulated statistics", () => {
  test("a percentile of an unpublished figure is #N/A saying so", () => {
    expect(failing("SPEC", "trainium2", "sram_gb", "p50")).toEqual({ code: "#N/A", message: TRAINIUM2_SRAM });
  });

  test("the median availability date of each system is its own, a whole day inside its triangle", () => {
    // Both dates are triangles with the mode at the low end (a = c), whose median is b − (b − a) ÷ √2.
    // MI300X: a = 2023-12-06 = 45266 (2023-01-01 = 44927, + 339), b = 2024-03-01 = 45352 (2024-01-01 =
    // 45292, + 31 + 29): 45352 − 86 ÷ √2 = 45291.2. H100 HGX: a = 2022-09-20 = 44824 (2022-01-01 = 44562,
    // + 262), b = 2023-06-01 = 45078 (44927 + 151): 45078 − 254 ÷ √2 = 44898.4. The sampled median of
    // 10,000 draws is within ±1 day (standard error ≈ 0.3 and 0.9 days); ±3 days is a safe band.
    const cases: Array<[string, number]> = [["mi300x", 45291.2], ["h100-hgx", 44898.4]];
    for (const [system, median] of cases) {
      const p50 = valueOf(excel, "SPEC", system, "available", "p50") as number;
      expect(Number.isInteger(p50)).toBe(true);
      expect(Math.abs(p50 - median)).toBeLessThanOrEqual(3);
    }
  });
});

describe("GW.ASSUMPTIONS in a scenario pinned to an older catalog", () => {
  beforeAll(() => publishScenarios([validateScenario({ ...blankScenario("Old"), catalogVersion: "2026.11.0" }).scenario!]));
  afterAll(() => publishScenarios([]));

  test("cites the sources as that catalog dated them", () => {
    const table = valueOf(excel, "ASSUMPTIONS", "Old") as unknown[][];
    const source = table[0].indexOf("Source");
    const row = table.find((r) => r[0] === "network_capex_share")!;
    // 2026.11.0 dates S48 to the day; later catalogs only to the month ("2025-09").
    expect(row[source]).toBe("Huang, Q2 FY26 call: ~$50B per GW, ~$35B NVIDIA (Mint/WSJ) (2025-09-01)");
  });
});
