/**
 * Numeric text by the workbook's culture, through the registered GW.ENERGY (its first argument is a
 * number; at utilisation 1 in GWh the result is GW × 8,760 h, so the reading is the result ÷ 8,760).
 * Expected readings are written by hand from each culture's conventions (CLDR / Excel's separators).
 */
import { invoke } from "../../src/functions/define";
import { ENERGY } from "../../src/functions/energy";
import { publishNumberCulture } from "../../src/functions/coerce";
import { StubCustomFunctionsError } from "../helpers/custom-functions-stub";
import {
  cultureFromSeparators, cultureFromTag, formatNumberForField, parseNumberText, readNumberText,
  type NumberCulture,
} from "../../src/model/number-text";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** Each culture as the platform's Intl data gives it, and as Excel's cultureInfo reports it. */
const CULTURES: Record<string, NumberCulture | undefined> = {
  "en-US": cultureFromTag("en-US"),
  "en-GB": cultureFromTag("en-GB"),
  "de-DE": cultureFromTag("de-DE"),
  "de-CH": cultureFromTag("de-CH"), // Intl: ’ (U+2019)
  "de-CH excel": cultureFromSeparators(".", "'", "de-CH"), // Excel: ' (U+0027)
  "fr-FR": cultureFromTag("fr-FR"), // Intl: narrow no-break space
  "fr-FR excel": cultureFromSeparators(",", NBSP, "fr-FR"), // Excel: no-break space
  "en-IN": cultureFromTag("en-IN"),
  unknown: undefined,
};
const NAMES = Object.keys(CULTURES);

type Expect = number | "format" | "ambiguous" | "notNumber";
// Columns: en-US, en-GB, de-DE, de-CH, de-CH excel, fr-FR, fr-FR excel, en-IN, unknown.
const F = "format";
const MATRIX: Array<[string, Expect[]]> = [
  ["1,000", [1000, 1000, 1, F, F, 1, 1, 1000, "ambiguous"]],
  ["1.000", [1, 1, 1000, 1, 1, F, F, 1, "ambiguous"]],
  ["1,00", [F, F, 1, F, F, 1, 1, F, 1]],
  ["1,5", [F, F, 1.5, F, F, 1.5, 1.5, F, 1.5]],
  ["1.5", [1.5, 1.5, F, 1.5, 1.5, F, F, 1.5, 1.5]],
  ["62,5", [F, F, 62.5, F, F, 62.5, 62.5, F, 62.5]],
  ["1,000.5", [1000.5, 1000.5, F, F, F, F, F, 1000.5, 1000.5]],
  ["1.000,5", [F, F, 1000.5, F, F, F, F, F, 1000.5]],
  ["1'000.5", [F, F, F, 1000.5, 1000.5, F, F, F, 1000.5]],
  ["1\u2019000.5", [F, F, F, 1000.5, 1000.5, F, F, F, 1000.5]],
  [`1 000,5`, [F, F, 1000.5, F, F, 1000.5, 1000.5, F, 1000.5]],
  [`1${NBSP}000,5`, [F, F, 1000.5, F, F, 1000.5, 1000.5, F, 1000.5]],
  [`1${NNBSP}000,5`, [F, F, 1000.5, F, F, 1000.5, 1000.5, F, 1000.5]],
  ["1 000", [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]],
  ["1,00,000", [F, F, F, F, F, F, F, 100000, 100000]],
  ["1,23,456", [F, F, F, F, F, F, F, 123456, 123456]],
  ["1,000,000", [1e6, 1e6, F, F, F, F, F, 1e6, 1e6]],
  ["1.000.000", [F, F, 1e6, F, F, F, F, F, 1e6]],
  ["1,0000", [F, F, 1, F, F, 1, 1, F, 1]],
  ["1 00", ["notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber"]],
  ["1e3", [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]],
  ["+2", [2, 2, 2, 2, 2, 2, 2, 2, 2]],
  ["lots", ["notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber", "notNumber"]],
];

function energy(text: string): { value?: number; code?: string; message?: string } {
  try {
    return { value: invoke(ENERGY, [text, 1, "GWh", null]) as number };
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { code: error.code, message: error.message };
    throw error;
  }
}

afterEach(() => publishNumberCulture(undefined));

const rows = MATRIX.flatMap(([text, expected]) => expected.map((e, i) => [text, NAMES[i], e] as const));

test.each(rows)("GW.ENERGY(%p) in %s → %p", (text, name, expected) => {
  publishNumberCulture(CULTURES[name]);
  const result = energy(text);
  if (typeof expected === "number") {
    expect(result).toEqual({ value: expected * 8760 });
    return;
  }
  expect(result.code).toBe("#VALUE!");
  if (expected === "ambiguous") expect(result.message).toMatch(/ambiguous: it reads as \d+ or \d+/);
  else if (expected === "format") expect(result.message).toContain("is not a number in this workbook's format");
  else expect(result.message).toMatch(/^gigawatts must be a number; got /);
});

test("the ambiguity message names both readings and what to do", () => {
  publishNumberCulture(undefined);
  expect(energy("1,000").message).toBe(
    'gigawatts "1,000" is ambiguous: it reads as 1000 or 1 depending on the workbook\'s number format, which is not known yet. ' +
    "Type it as a number, or without thousands separators.");
  publishNumberCulture(CULTURES["de-DE"]);
  expect(energy("1,000.5").message).toBe(
    'gigawatts "1,000.5" is not a number in this workbook\'s format (decimal mark ",", thousands separator ".", groups of three digits). ' +
    "Type it in that format or as a number.");
  publishNumberCulture(CULTURES["fr-FR"]);
  expect(energy("1.5").message).toContain('(decimal mark ",", thousands separator a space,');
});

test("cultures read from language tags and Excel's separators", () => {
  expect(CULTURES["en-US"]).toMatchObject({ decimal: ".", group: ",", pairGroups: false });
  expect(CULTURES["de-DE"]).toMatchObject({ decimal: ",", group: "." });
  expect(CULTURES["en-IN"]).toMatchObject({ decimal: ".", group: ",", pairGroups: true });
  expect(cultureFromTag("not a tag")).toBeUndefined();
  expect(cultureFromTag(undefined)).toBeUndefined();
  expect(cultureFromSeparators(",", ",")).toBeUndefined(); // the same mark for both cannot be read
  expect(cultureFromSeparators("", ",")).toBeUndefined();
});

test("fields show numbers their reader reads back, with no thousands separators", () => {
  for (const name of NAMES) {
    const culture = CULTURES[name];
    for (const n of [0, 1000, 1234567.25, 62.5, 4.5, 0.001, 1e21, 1.5e-7, 123456789012]) {
      const shown = formatNumberForField(n, culture);
      if (culture !== undefined) expect(shown).not.toContain(culture.group);
      expect(parseNumberText(shown, culture)).toBe(n);
    }
  }
  expect(formatNumberForField(62.5, CULTURES["de-DE"])).toBe("62,5");
  expect(formatNumberForField(1000, CULTURES["en-US"])).toBe("1000");
});

test("the pane's reproductions: '62,5' and '4,5' are not 625 and 45 in English; '62.5' is not 625 in German", () => {
  expect(parseNumberText("62,5", CULTURES["en-US"])).toBeUndefined();
  expect(parseNumberText("4,5", CULTURES["en-US"])).toBeUndefined();
  expect(parseNumberText("62.5", CULTURES["de-DE"])).toBeUndefined();
  expect(parseNumberText("62,5", CULTURES["de-DE"])).toBe(62.5);
  expect(readNumberText("1,000", undefined)).toEqual({ problem: "ambiguous", readings: [1000, 1] });
});

describe("edges of a culture's format, read by the model's reader GW.* functions call (readNumberText)", () => {
  // Built in each test, not read from CULTURES: cultureFromSeparators is what the add-in calls with Excel's separators.
  const english = () => cultureFromSeparators(".", ",", "en-US")!;
  const indian = () => cultureFromSeparators(".", ",", "en-IN")!;

  test("thousands: a first group of one to three digits, not starting with 0, then groups of three", () => {
    const en = english();
    expect(readNumberText("10,000", en)).toEqual({ value: 10000 }); // a first group ending in 0 is fine
    expect(readNumberText("100,000", en)).toEqual({ value: 100000 }); // three digits first
    // Four digits first: not English; German reads "1000,000" as 1000 with three decimals of zero.
    expect(readNumberText("1000,000", en)).toEqual({ problem: "format" });
    // No digits before the first separator: not English; German reads ",000" as 0.
    expect(readNumberText(",000", en)).toEqual({ problem: "format" });
    // A pair among threes: 1 | 000 | 00 | 000 is no culture's grouping (German: four decimal marks).
    expect(readNumberText("1,000,00,000", en)).toEqual({ problem: "notNumber" });
  });

  test("pair groups (India): one or two digits first, then pairs, then three", () => {
    const inr = indian();
    expect(inr.pairGroups).toBe(true);
    expect(english().pairGroups).toBe(false);
    expect(cultureFromSeparators(".", ",")!.pairGroups).toBe(false); // no culture name: no pairs
    expect(readNumberText("12,34,567", inr)).toEqual({ value: 1234567 }); // 12 lakh 34 thousand 567
    expect(readNumberText("123,45,678", inr)).toEqual({ problem: "notNumber" }); // three digits before a pair
    expect(readNumberText("1,23,456,789", inr)).toEqual({ problem: "notNumber" }); // a three among the pairs
  });

  test("a culture name Intl cannot read: pairs only when the region is India (the tag ends in -IN)", () => {
    // Excel's CultureInfo.name is not checked by Excel's API; these names make Intl throw RangeError.
    expect(cultureFromSeparators(".", ",", "@@-IN")!.pairGroups).toBe(true);
    expect(cultureFromSeparators(".", ",", "en-IN-!")!.pairGroups).toBe(false); // -IN in the middle is not the region
    expect(cultureFromSeparators(".", ",", "@@-US")!.pairGroups).toBe(false);
  });

  test("text on two lines is not a number: '1⏎5' is not 5", () => {
    expect(readNumberText("1\n5", english())).toEqual({ problem: "notNumber" });
    expect(readNumberText("1\n5", undefined)).toEqual({ problem: "notNumber" });
  });

  test("a decimal mark needs digits after it; before it they may be left out", () => {
    const en = english();
    expect(readNumberText("1.", en)).toEqual({ problem: "notNumber" });
    expect(readNumberText(".5", en)).toEqual({ value: 0.5 });
    expect(readNumberText("-.5", en)).toEqual({ value: -0.5 });
  });

  test("a sign or an exponent alone is not a number", () => {
    for (const text of ["+", "-", "e5", "-e3"]) expect(readNumberText(text, english())).toEqual({ problem: "notNumber" });
  });

  test("the typographic minus (U+2212) is a sign in front of the number only", () => {
    const en = english();
    expect(readNumberText("\u22125", en)).toEqual({ value: -5 });
    expect(readNumberText("\u22121,000.5", en)).toEqual({ value: -1000.5 });
    // In the exponent it is not read (1e-5 with an ASCII hyphen is).
    expect(readNumberText("1e\u22125", en)).toEqual({ problem: "notNumber" });
    expect(readNumberText("1e-5", en)).toEqual({ value: 0.00001 });
  });

  test("a culture's own marks are read even where no other culture uses them", () => {
    // CLDR's Arabic (Saudi Arabia): decimal mark U+066B, thousands separator U+066C (Office's language, on older hosts).
    const arabic = cultureFromSeparators("\u066b", "\u066c", "ar-SA")!;
    expect(readNumberText("1\u066c000\u066b5", arabic)).toEqual({ value: 1000.5 });
    expect(readNumberText("62\u066b5", arabic)).toEqual({ value: 62.5 });
    expect(readNumberText("1.5", arabic)).toEqual({ problem: "format" });
    // Excel's own separators, set by the user (Options › Advanced): thousands "_".
    expect(readNumberText("1_000.5", cultureFromSeparators(".", "_")!)).toEqual({ value: 1000.5 });
  });

  test("Excel's separators: none for thousands means a no-break space; two characters are no separator", () => {
    const noGroup = cultureFromSeparators(",", "")!;
    expect(noGroup).toMatchObject({ decimal: ",", group: NBSP });
    expect(readNumberText("1000,5", noGroup)).toEqual({ value: 1000.5 });
    expect(readNumberText("1 000,5", noGroup)).toEqual({ value: 1000.5 });
    expect(cultureFromSeparators(".", ",,")).toBeUndefined();
  });

  test("language tags: a bare language and a script subtag are read; a word that is no tag gives no culture", () => {
    expect(cultureFromTag("de")).toMatchObject({ decimal: ",", group: "." });
    expect(cultureFromTag("sr-Latn-RS")).toMatchObject({ decimal: ",", group: "." }); // Serbian (Latin): 1.234.567,5
    // Intl would take "english" as an unknown language and fall back to its default locale: a guess.
    expect(cultureFromTag("english")).toBeUndefined();
  });
});
