/**
 * Every text a GW function can answer with, in one place so it can be translated (messages.de.ts
 * must provide the same keys; the compiler checks it). Messages say what to fix, naming the argument.
 */
/** One nearest name as typed, or the keys of several equally near ones. */
function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  return suggestions.length === 1 ? ` Did you mean "${suggestions[0]}"?` : ` Did you mean one of ${suggestions.join(", ")}?`;
}

export const MESSAGES_EN = {
  missing: (arg: string) => `${arg} is required.`,
  notANumber: (arg: string, got: string) => `${arg} must be a number; got ${got}.`,
  numberNotInCulture: (arg: string, got: string, decimal: string, group: string) =>
    `${arg} ${got} is not a number in this workbook's format (decimal mark ${decimal}, thousands separator ${group}, groups of three digits). Type it in that format or as a number.`,
  numberAmbiguous: (arg: string, got: string, readings: readonly string[]) =>
    `${arg} ${got} is ambiguous: it reads as ${readings.join(" or ")} depending on the workbook's number format, which is not known yet. Type it as a number, or without thousands separators.`,
  spaceMark: () => "a space",
  notFinite: (arg: string) => `${arg} must be a finite number.`,
  tooSmall: (arg: string, min: string) => `${arg} must be at least ${min}.`,
  tooLarge: (arg: string, max: string) => `${arg} must be at most ${max}.`,
  notText: (arg: string, got: string) => `${arg} must be text; got ${got}.`,
  notOneCell: (arg: string) => `${arg} must be a single value, not a range of several cells.`,
  tooLong: (arg: string, max: number) => `${arg} is longer than ${max} characters.`,
  notEstimate: (arg: string, got: string) =>
    `${arg} "${got}" is not an estimate. Use "low", "base" or "high" (the catalog's range), or "p1" … "p99" or "mean" (a percentile or the mean of 10,000 simulated outcomes).`,
  notAllowed: (arg: string, got: string, allowed: readonly string[]) => `${arg} "${got}" is not one of: ${allowed.join(", ")}.`,
  unknownSystem: (got: string, suggestions: readonly string[] = []) =>
    `Unknown system "${got}".${didYouMean(suggestions)} GW.SYSTEMS() lists them all.`,
  unknownDeal: (got: string, suggestions: readonly string[] = []) =>
    `Unknown deal "${got}".${didYouMean(suggestions)} GW.DEALS() lists them all.`,
  ambiguousSystem: (got: string, keys: readonly string[]) => `"${got}" names ${keys.length} systems: ${keys.join(", ")} — type one of them.`,
  ambiguousDeal: (got: string, keys: readonly string[]) => `"${got}" names ${keys.length} deals: ${keys.join(", ")} — type one of them.`,
  unknownScenario: (got: string) => `No scenario named "${got}" in this workbook. Create it in the Gigawatt pane, or leave the argument empty.`,
  notPublished: (field: string, system: string) => `${field} is not published for ${system}; GW.SOURCE tells what is known.`,
  notApplicable: (field: string, system: string, why: string) => `${field} does not apply to ${system}: ${why}`,
  badDate: (arg: string, got: string) =>
    `${arg} ${got} is not a date. Use an Excel date, a year such as 2027, or text such as 2027-03-31, 2027-Q1 or 2027-H2.`,
  yearNotWhole: (arg: string, got: string) =>
    `${arg} ${got} is not a date: a number from 1900 to 9999 is a year and must be whole. Use 2027 for the year, or a date or text such as 2027-07-01 or 2027-H2.`,
  textYearOutOfRange: (arg: string, got: string) => `${arg} ${got}: the year must be from 1900 to 9999, written with four digits.`,
  dateOutOfRange: (arg: string) => `${arg} must be between 1900-03-01 and 9999-12-31.`,
  fromAfterTo: (from: string, to: string) => `from (${from}) is after to (${to}).`,
  tooManyPeriods: (max: number) => `The schedule would have more than ${max} rows; use a longer period or a shorter span.`,
  emptyRange: (arg: string) => `${arg} has no values.`,
  noServicePrice: (deal: string) => `${deal} buys capacity as a service at a price nobody has reported, so its money flows are unknown; GW.RECONCILE shows what was reported.`,
  nothingReported: (deal: string) => `No money figures are reported for ${deal}.`,
  noCapacity: (deal: string) => `${deal} is a licence without capacity; GW.FLOWS shows its money.`,
  resultNotFinite: () => `The result is too large to represent; use smaller inputs.`,
  planCell: (row: number, column: string, label: string | undefined, problem: string) =>
    `tranches row ${row}${label ? ` ("${label}")` : ""}, column ${column}: ${problem}`,
  planNotTable: () => `tranches must be a range whose first row is a header (name, start, end, gw, system, …).`,
  planMissingColumn: (column: string, accepted: readonly string[], found: readonly string[]) =>
    `tranches has no "${column}" column in its header row (accepted: ${accepted.join(", ")}; found: ${found.join(", ") || "nothing"}).`,
  planDuplicateColumn: (column: string) => `tranches has the "${column}" column twice in its header row.`,
  planTooManyRows: (max: number) => `tranches has ${max} rows or more; a plan takes fewer (group small tranches, or split the plan and add the results).`,
  planNoRows: () => `tranches has a header but no tranche below it.`,
  planEndBeforeStart: (end: string, start: string) => `end (${end}) is before start (${start}).`,
  planSeveralSystems: (deal: string) => `${deal} uses several systems; fill system to give the one this row uses, or leave start, end and gw blank to keep the deal's tranches.`,
  planNoDealOrGw: () => `fill gw (and start, end, system), or name a deal.`,
  customNotTwoColumns: (arg: string) =>
    `${arg}: a custom system is a range of two columns, field and value (a based_on row, then GW.SPEC fields such as system_kw).`,
  customCardAsArgument: (name: string) =>
    `The card "${name}" is a custom system: its figures are set in the workbook and the card cannot carry them. Pass the range that defines it (based_on and its fields), or the scenario and the custom system's name.`,
  customNoBase: (arg: string) => `${arg}: a custom system needs a based_on row naming a catalog system, e.g. based_on | GB300.`,
  customUnknownField: (arg: string, field: string, fields: readonly string[]) =>
    `${arg}: "${field}" is not a field a custom system can set; use based_on, name or one of: ${fields.join(", ")}.`,
  customDuplicate: (arg: string, field: string) => `${arg}: ${field} is set twice.`,
  customOutOfRange: (arg: string, field: string, min: number, max: number, positive: boolean) =>
    `${arg}: ${field} must be ${positive ? "above" : "at least"} ${min} and at most ${max}.`,
  customIn: (arg: string, problem: string) => `${arg}: ${problem}`,
  unknownVersion: (arg: string, got: string, kept: readonly string[]) =>
    `${arg} "${got}" is not a kept catalog version; the kept versions are: ${kept.join(", ")}.`,
  notBoolean: (arg: string, got: string) => `${arg} must be TRUE or FALSE; got ${got}.`,
  pinnedVersionMissing: (scenario: string, version: string, kept: readonly string[]) =>
    `Scenario "${scenario}" is pinned to catalog ${version}, which this Gigawatt does not have (it keeps ${kept.join(", ")}). Update the add-in, or move the scenario to catalog ${kept[kept.length - 1]} in the Gigawatt pane.`,
} as const;

export type Messages = { readonly [K in keyof typeof MESSAGES_EN]: (typeof MESSAGES_EN)[K] };
