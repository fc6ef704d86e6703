import type { ScenarioText } from "../model/scenario-text";

/** Scenario validation and editing in German (the pane passes it to the model when Office runs in German). */
export const SCENARIO_TEXT_DE: ScenarioText = {
  notObject: "es ist kein Objekt",
  nameNotText: "der Name ist kein Text",
  nameEmpty: "der Name ist leer",
  nameTooLong: (max) => `der Name ist länger als ${max} Zeichen`,
  nameControl: "der Name enthält Steuerzeichen",
  nameNoLetters: "der Name braucht einen Buchstaben oder eine Ziffer",
  badCase: (cases) => `seine Schätzung ist keine von ${cases}`,
  overridesNotObject: "seine Annahmen sind kein Objekt",
  unknownAssumption: (key) => `es ändert eine unbekannte Annahme „${key}“`,
  outOfBounds: (key, min, max) => `${key} muss eine Zahl von ${min} bis ${max} sein`,
  unknownRampDeal: (key) => `sein Hochlauf nennt einen unbekannten Deal „${key}“`,
  badRamp: (deal, years) => `der Hochlauf für ${deal} darf höchstens ${years} Jahreswerte in GW von 0 bis 1000 haben`,
  unknownMixDeal: (key) => `sein System-Mix nennt einen unbekannten Deal „${key}“`,
  badMixSystem: (deal) => `das System für ${deal} ist kein Katalogschlüssel`,
  unknownPriceSystem: (key) => `seine Preise nennen ein unbekanntes System „${key}“`,
  badPrice: (system) => `der Preis für ${system} muss eine Zahl von 0 bis 10.000.000.000 sein`,
  badCustomSystem: (name) =>
    `sein eigenes System „${name}“ braucht based_on (einen Katalogschlüssel) und Felder von GW.SPEC (system_kw, price_per_system, …) mit Zahlen im zulässigen Bereich`,
  duplicateName: "ein anderes Szenario hat denselben Namen (Namen, die sich nur in Groß-/Kleinschreibung, Leerzeichen oder -_./() unterscheiden, sind für die Funktionen ein Name)",
  onlyFirst: (max) => `nur die ersten ${max} Szenarien wurden geladen`,
  tooLarge: "Die gespeicherten Szenarien sind zu groß, um echt zu sein, und wurden nicht geladen.",
  notJson: "Die gespeicherten Szenarien sind kein gültiges JSON und wurden nicht geladen.",
  noSchema: "Die gespeicherten Szenarien haben keine Schema-Version und wurden nicht geladen.",
  newer: (schema) => `Diese Szenarien stammen von einem neueren Gigawatt (Schema ${schema}); aktualisieren Sie das Add-in, um sie zu bearbeiten.`,
  unknownSchema: (schema) => `Unbekanntes Szenario-Schema ${schema}.`,
  exists: (existing, name) => existing.toLowerCase() === name.toLowerCase()
    ? `Ein Szenario „${name}“ gibt es bereits.`
    : `„${name}“ ist für die Funktionen derselbe Name wie das Szenario „${existing}“ (Groß-/Kleinschreibung, Leerzeichen und -_./() zählen nicht).`,
  full: (max) => `Eine Arbeitsmappe fasst höchstens ${max} Szenarien.`,
  noSuch: (name) => `Kein Szenario „${name}“.`,
};
