/**
 * Numeric text read by the workbook's culture: one reader for the custom functions and the pane.
 * "1,000" is a thousand in English and one in German; which one is never guessed. With a known
 * culture only its own decimal mark and thousands separator are accepted, and thousands groups are
 * checked ("1,00" is not an English number). With an unknown culture a text is read only when every
 * culture that could read it gives the same number; otherwise the reading is "ambiguous".
 */

export interface NumberCulture {
  /** The decimal mark, e.g. "." (en-US) or "," (de-DE). */
  readonly decimal: string;
  /** The thousands separator, e.g. "," (en-US), "." (de-DE), "'" (de-CH), a no-break space (fr-FR). */
  readonly group: string;
  /** Whether groups above the thousands are pairs, as in India: 1,00,000 (the 3-digit style is also read). */
  readonly pairGroups?: boolean;
  /** A culture name such as "de-CH", for messages. */
  readonly name?: string;
}

export type NumberProblem =
  /** Not numeric text in any culture ("lots", "12a", "0x10"). */
  | "notNumber"
  /** Numeric text in another culture, not in this one ("1,5" in English, "1.000,5" in English). */
  | "format"
  /** The culture is unknown and cultures disagree ("1,000": 1000 in English, 1 in German). */
  | "ambiguous";

export type NumberReading =
  | { readonly value: number; readonly problem?: undefined }
  | { readonly value?: undefined; readonly problem: NumberProblem; /** For "ambiguous": the distinct readings. */ readonly readings?: readonly number[] };

/** Space-like characters are thousands separators in many cultures and a decimal mark in none. */
const SPACES = [" ", "\u00a0", "\u202f", "\u2009"];
const APOSTROPHES = ["'", "\u2019"];

function groupMarks(culture: NumberCulture): string[] {
  if (SPACES.includes(culture.group)) return SPACES;
  if (APOSTROPHES.includes(culture.group)) return [...APOSTROPHES, ...SPACES];
  return [culture.group, ...SPACES];
}

/** "1", "1,000", "1,000,000"; with pair groups also "1,00,000", "12,34,567". */
function validGroups(groups: readonly string[], pairs: boolean): boolean {
  if (groups.some((g) => !/^\d+$/.test(g))) return false;
  if (groups.length === 1) return true;
  const [first, ...rest] = groups;
  if (first.startsWith("0")) return false; // no one groups a leading zero: "0.001" is never a thousand
  const last = rest[rest.length - 1];
  const middle = rest.slice(0, -1);
  if (last.length !== 3) return false;
  const threes = first.length <= 3 && middle.every((g) => g.length === 3);
  const twos = pairs && first.length <= 2 && middle.every((g) => g.length === 2);
  return threes || twos;
}

/** Reads `text` strictly in one culture; undefined when it is not a number there. */
function readIn(text: string, culture: NumberCulture): number | undefined {
  const match = /^([+-]?)(.*?)([eE][+-]?\d+)?$/.exec(text);
  if (match === null) return undefined;
  const [, sign, body, exponent = ""] = match;
  const parts = body.split(culture.decimal);
  if (parts.length > 2) return undefined;
  const [integer, fraction = undefined] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  let digits = "0";
  if (integer !== "") {
    const marks = groupMarks(culture).filter((m) => m !== culture.decimal && integer.includes(m));
    if (marks.length > 1) return undefined; // one separator throughout: "1 000,000" is a typo, not a number
    const groups = marks.length === 1 ? integer.split(marks[0]) : [integer];
    if (!validGroups(groups, culture.pairGroups === true)) return undefined;
    digits = groups.join("");
  } else if (fraction === undefined) {
    return undefined;
  }
  const value = Number(`${sign}${digits}${fraction !== undefined ? "." + fraction : ""}${exponent}`);
  return Number.isNaN(value) ? undefined : value;
}

/**
 * The cultures an unknown workbook could be in, for deciding whether a text is ambiguous. Cultures that
 * group with a space (fr-FR, …) need no entry: every culture accepts spaces as group marks (groupMarks),
 * so the decimal-comma entry already reads their texts, with the same value.
 */
const CANDIDATES: readonly NumberCulture[] = [
  { decimal: ".", group: ",", pairGroups: true },
  { decimal: ",", group: "." },
  { decimal: ".", group: "'" },
];

/**
 * Reads numeric text. `culture` undefined means the workbook's culture is not known (yet): then a
 * text is a number only if all cultures that can read it agree.
 */
export function readNumberText(text: string, culture: NumberCulture | undefined): NumberReading {
  const t = text.trim().replace(/^\u2212/, "-");
  if (culture !== undefined) {
    const value = readIn(t, culture);
    if (value !== undefined) return { value };
    return { problem: CANDIDATES.some((c) => readIn(t, c) !== undefined) ? "format" : "notNumber" };
  }
  const readings = [...new Set(CANDIDATES.map((c) => readIn(t, c)).filter((v): v is number => v !== undefined))];
  if (readings.length === 0) return { problem: "notNumber" };
  if (readings.length > 1) return { problem: "ambiguous", readings };
  return { value: readings[0] };
}

/** The pane's reader: a number, or undefined when the text is not a number in the culture. */
export function parseNumberText(text: string, culture: NumberCulture | undefined): number | undefined {
  return readNumberText(text, culture).value;
}

/**
 * A number as a field shows it: the shortest text that reads back as the same double, with the
 * culture's decimal mark and no thousands separators (so what is shown is always readable).
 */
export function formatNumberForField(n: number, culture: NumberCulture | undefined): string {
  const text = String(n);
  return culture === undefined || culture.decimal === "." ? text : text.replace(".", culture.decimal);
}

/** A culture from Excel's separators (Excel.CultureInfo.numberFormat, or the application's own). */
export function cultureFromSeparators(decimal: string, group: string, name?: string): NumberCulture | undefined {
  if (decimal.length !== 1 || group.length > 1 || decimal === group || /[0-9+\-eE]/.test(decimal + group)) return undefined;
  return { decimal, group: group === "" ? "\u00a0" : group, pairGroups: name !== undefined && usesPairGroups(name), name };
}

function usesPairGroups(tag: string): boolean {
  try {
    // 1234567 is "12,34,567" where groups above the thousands are pairs, "1,234,567" elsewhere.
    return /^\d{1,2}\D\d\d\D\d{3}$/.test(new Intl.NumberFormat(tag, { useGrouping: true }).format(1234567));
  } catch {
    return /-IN$/i.test(tag);
  }
}

const byTag = new Map<string, NumberCulture | undefined>();

/** A culture from a language tag (Office's content or display language), through the platform's Intl data. */
export function cultureFromTag(tag: string | undefined | null): NumberCulture | undefined {
  if (typeof tag !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag)) return undefined;
  // Intl's formatters are slow to build and a tag's separators never change: read each tag once.
  if (!byTag.has(tag)) byTag.set(tag, readTag(tag));
  return byTag.get(tag);
}

function readTag(tag: string): NumberCulture | undefined {
  try {
    const parts = new Intl.NumberFormat(tag, { useGrouping: true }).formatToParts(1234567.5);
    const decimal = parts.find((p) => p.type === "decimal")?.value;
    const group = parts.find((p) => p.type === "group")?.value;
    if (decimal === undefined || group === undefined) return undefined;
    return cultureFromSeparators(decimal, group, tag);
  } catch {
    return undefined;
  }
}

/** A separator as a message shows it: quoted, or the word for a space (an invisible character in quotes helps no one). */
export function describeSeparator(mark: string, spaceWord: string): string {
  return SPACES.includes(mark) ? spaceWord : `"${mark}"`;
}
