/**
 * What scenario validation and editing say, in English. The pane passes its language's version (the
 * German one is in src/i18n/scenario.de.ts); the model never picks a language itself.
 */
export const SCENARIO_TEXT_EN = {
  notObject: "it is not an object",
  nameNotText: "the name is not text",
  nameEmpty: "the name is empty",
  nameTooLong: (max: number) => `the name is longer than ${max} characters`,
  nameControl: "the name contains control characters",
  nameNoLetters: "the name needs a letter or digit",
  badCase: (cases: string) => `its case is not one of ${cases}`,
  overridesNotObject: "its overrides are not an object",
  unknownAssumption: (key: string) => `it overrides an unknown assumption "${key}"`,
  outOfBounds: (key: string, min: number, max: number) => `${key} must be a number from ${min} to ${max}`,
  unknownRampDeal: (key: string) => `its ramp names an unknown deal "${key}"`,
  badRamp: (deal: string, years: number) => `the ramp for ${deal} must be at most ${years} yearly GW figures from 0 to 1000`,
  unknownMixDeal: (key: string) => `its system mix names an unknown deal "${key}"`,
  badMixSystem: (deal: string) => `the system for ${deal} is not a catalog key`,
  unknownPriceSystem: (key: string) => `its prices name an unknown system "${key}"`,
  badPrice: (system: string) => `the price for ${system} must be a number from 0 to 10,000,000,000`,
  badCustomSystem: (name: string) =>
    `its custom system "${name}" needs based_on (a catalog key) and GW.SPEC fields (system_kw, price_per_system, …) with numbers in range`,
  badSeed: (max: number) => `its simulation seed must be a whole number from 0 to ${max}`,
  badSamples: (min: number, max: number) => `its simulation sample count must be a whole number from ${min} to ${max}`,
  unknownProbabilityDeal: (key: string) => `its completion probabilities name an unknown deal "${key}"`,
  badProbability: (deal: string) => `the completion probability for ${deal} must be a number from 0 to 1`,
  badCatalogVersion: "its catalog version is not a version text such as 2026.11.0",
  duplicateName: "another scenario has the same name (names that differ only in case, spaces or -_./() are one name for the functions)",
  onlyFirst: (max: number) => `only the first ${max} scenarios were loaded`,
  wrongShape: "The stored scenarios are not a list, so they were not loaded.",
  keptUnchanged: "It is kept unchanged in the workbook.",
  restKeptUnchanged: "The rest are kept unchanged in the workbook.",
  readOnlyNote: "The pane is read-only for this workbook: nothing will be saved over the stored scenarios.",
  newerEntry: (schema: number) => `it was saved by a newer Gigawatt (schema ${schema})`,
  entryNotJson: "it is not valid JSON",
  entryNoId: "it has no valid id or revision",
  copyName: (name: string, n: number) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`),
  conflictEdited: (name: string, copy: string) =>
    `A co-author changed "${name}" while you edited it: their version stays "${name}"; yours is saved as "${copy}".`,
  conflictOverwritten: (name: string, copy: string) =>
    `A co-author's save replaced your change to "${name}": their version stays "${name}"; yours is saved as "${copy}".`,
  conflictDeleted: (name: string, copy: string) => `A co-author deleted "${name}" while you edited it: your version is saved as "${copy}".`,
  conflictDeleteLost: (name: string | undefined) =>
    (name === undefined ? "A co-author changed a scenario while you deleted it: their version is kept." : `A co-author changed "${name}" while you deleted it: their version is kept.`),
  conflictNameTaken: (name: string, copy: string) => `A co-author also has a scenario named "${name}": theirs keeps the name; yours is saved as "${copy}".`,
  storeTooLarge: (chars: number, max: number) =>
    `Not saved: the scenarios would take ${chars} characters, more than the ${max} Gigawatt keeps in a workbook's settings. Delete scenarios or shorten ramps.`,
  tooLarge: "The stored scenarios are too large to be genuine and were not loaded.",
  notJson: "The stored scenarios are not valid JSON and were not loaded.",
  noSchema: "The stored scenarios have no schema version and were not loaded.",
  newer: (schema: number) => `These scenarios were saved by a newer Gigawatt (schema ${schema}); update the add-in to edit them.`,
  unknownSchema: (schema: number) => `Unknown scenario schema ${schema}.`,
  exists: (existing: string, name: string) => existing.toLowerCase() === name.toLowerCase()
    ? `A scenario named "${name}" already exists.`
    : `"${name}" is the same name as the existing scenario "${existing}" for the functions (case, spaces and -_./() do not count).`,
  full: (max: number) => `A workbook holds at most ${max} scenarios.`,
  noSuch: (name: string) => `No scenario named "${name}".`,
};

export type ScenarioText = { readonly [K in keyof typeof SCENARIO_TEXT_EN]: (typeof SCENARIO_TEXT_EN)[K] };

/** A clause as a sentence: "the name is empty" → "The name is empty." */
export function sentence(clause: string): string {
  const text = clause.charAt(0).toUpperCase() + clause.slice(1);
  return /[.!?]$/.test(text) ? text : text + ".";
}
