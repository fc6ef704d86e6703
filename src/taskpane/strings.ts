/** The task pane's text in English and German; German where Office's display language is German. */
import { SCENARIO_TEXT_EN, type ScenarioText } from "../model/scenario-text";
import { SCENARIO_TEXT_DE } from "../i18n/scenario.de";

const EN = {
  title: "Gigawatt",
  catalog: (version: string) => `Catalog ${version}`,
  previewMode: "Standalone preview: this page keeps an in-browser workbook.",
  scenarios: "Scenarios",
  scenario: "Scenario",
  noScenarios: "No scenarios yet. Create one to override the catalog's assumptions.",
  create: "New",
  duplicate: "Duplicate",
  rename: "Rename",
  delete: "Delete",
  namePrompt: "Scenario name",
  confirmDelete: (name: string) => `Delete scenario "${name}"? Formulas that name it will show #N/A.`,
  assumptions: "Assumptions",
  estimate: "Estimate",
  estimateLow: "Low", estimateBase: "Base", estimateHigh: "High",
  catalogDefault: (value: string) => `Catalog: ${value}`,
  mix: "System for this deal",
  mixDefault: "Catalog mix",
  price: "Price per system (USD)",
  ramp: "Ramp, GW per year from the first year (comma-separated)",
  deal: "Deal",
  previewTitle: "Preview",
  year: "Year",
  gwAdded: "GW added",
  capexBn: "Capex (USD bn)",
  insert: "Insert into workbook",
  insertTable: "Table and chart",
  insertFormulas: "Live formulas",
  valuesSelection: "Values-only: selection",
  valuesSheet: "Values-only copy of sheet",
  repair: "Repair GW formulas",
  saved: "Saved in the workbook.",
  inserted: (where: string) => `Inserted at ${where}.`,
  converted: (count: number) => `Converted ${count} GW formula(s) to values.`,
  repaired: (count: number) => `Re-entered ${count} formula(s).`,
  rejected: (name: string, reason: string) => `Scenario "${name}" was not loaded: ${reason}.`,
  rejectedUnnamed: (reason: string) => `A stored scenario was not loaded: ${reason}.`,
  catalogMismatch: (stored: string, ours: string) => `This workbook's scenarios were made with catalog ${stored}; this add-in computes with ${ours}, so numbers may differ.`,
  valuesNote: (version: string, scenario: string) => `Values from Gigawatt catalog ${version}${scenario ? `, scenario "${scenario}"` : ""}; GW formulas were replaced by their values.`,
  failed: (message: string) => `That did not work: ${message}`,
  invalid: (what: string) => `${what}: not a valid number.`,
  theme: "Dark theme",
  readOnly: "These scenarios are read-only.",
  /** Labels of the catalog's assumptions; English uses the catalog's own descriptions. */
  assumption: {} as Partial<Record<string, string>>,
};

export type PaneStrings = typeof EN;

const DE: PaneStrings = {
  title: "Gigawatt",
  catalog: (version) => `Katalog ${version}`,
  previewMode: "Eigenständige Vorschau: diese Seite führt eine Arbeitsmappe im Browser.",
  scenarios: "Szenarien",
  scenario: "Szenario",
  noScenarios: "Noch keine Szenarien. Legen Sie eines an, um die Annahmen des Katalogs zu ändern.",
  create: "Neu",
  duplicate: "Duplizieren",
  rename: "Umbenennen",
  delete: "Löschen",
  namePrompt: "Name des Szenarios",
  confirmDelete: (name) => `Szenario „${name}“ löschen? Formeln, die es nennen, zeigen dann #NV.`,
  assumptions: "Annahmen",
  estimate: "Schätzung",
  estimateLow: "Niedrig", estimateBase: "Basis", estimateHigh: "Hoch",
  catalogDefault: (value) => `Katalog: ${value}`,
  mix: "System für diesen Deal",
  mixDefault: "Katalog-Mix",
  price: "Preis je System (USD)",
  ramp: "Hochlauf, GW pro Jahr ab dem ersten Jahr (durch Semikolon getrennt)",
  deal: "Deal",
  previewTitle: "Vorschau",
  year: "Jahr",
  gwAdded: "GW neu",
  capexBn: "Investition (Mrd. USD)",
  insert: "In die Arbeitsmappe einfügen",
  insertTable: "Tabelle und Diagramm",
  insertFormulas: "Live-Formeln",
  valuesSelection: "Nur Werte: Auswahl",
  valuesSheet: "Kopie des Blatts nur mit Werten",
  repair: "GW-Formeln reparieren",
  saved: "In der Arbeitsmappe gespeichert.",
  inserted: (where) => `Eingefügt in ${where}.`,
  converted: (count) => `${count} GW-Formel(n) in Werte umgewandelt.`,
  repaired: (count) => `${count} Formel(n) neu eingegeben.`,
  rejected: (name, reason) => `Szenario „${name}“ wurde nicht geladen: ${reason}.`,
  rejectedUnnamed: (reason) => `Ein gespeichertes Szenario wurde nicht geladen: ${reason}.`,
  catalogMismatch: (stored, ours) => `Die Szenarien dieser Arbeitsmappe stammen von Katalog ${stored}; dieses Add-in rechnet mit ${ours}, die Zahlen können abweichen.`,
  valuesNote: (version, scenario) => `Werte aus Gigawatt-Katalog ${version}${scenario ? `, Szenario „${scenario}“` : ""}; GW-Formeln wurden durch ihre Werte ersetzt.`,
  failed: (message) => `Das hat nicht geklappt: ${message}`,
  invalid: (what) => `${what}: keine gültige Zahl.`,
  theme: "Dunkles Design",
  readOnly: "Diese Szenarien sind schreibgeschützt.",
  assumption: {
    pue: "Power Usage Effectiveness: Standortleistung ÷ IT-Leistung",
    it_overhead: "IT-Leistung außerhalb der Systemangabe (Cluster-Netz, Speicher, Hosts) als Anteil der Systemleistung",
    network_capex_share: "Investitionen für Cluster-Netz und Speicher als Anteil der Systeminvestitionen",
    facility_capex_per_mw: "Standortinvestition (Gelände, Gebäude, Strom, Kühlung) je MW Standortleistung",
    utilization: "Mittlerer Leistungsbezug als Anteil der Kapazität über ein Jahr",
    electricity_usd_per_mwh: "Strompreis des Standorts (USD je MWh)",
    it_life_years: "Nutzungsdauer von Beschleunigern, Systemen und Netz (Jahre)",
    facility_life_years: "Nutzungsdauer des Standorts (Jahre)",
  },
};

export interface Locale {
  readonly language: "en" | "de";
  readonly tag: string;
  readonly text: PaneStrings;
  /** What scenario validation and editing say, handed to the model. */
  readonly scenarioText: ScenarioText;
  readonly number: (value: number, digits?: number) => string;
  /** Parses a number typed in the pane the way this locale writes it. */
  readonly parse: (text: string) => number | undefined;
}

/** de-DE, de-AT, de-CH … get German; everything else English (the fallback). */
export function localeFor(displayLanguage: string | undefined): Locale {
  const tag = displayLanguage && /^de\b/i.test(displayLanguage) ? displayLanguage : "en-US";
  const german = tag.toLowerCase().startsWith("de");
  const format = (digits: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
  return {
    language: german ? "de" : "en",
    tag,
    text: german ? DE : EN,
    scenarioText: german ? SCENARIO_TEXT_DE : SCENARIO_TEXT_EN,
    number: (value, digits = 2) => format(digits).format(value),
    parse: (text) => {
      const t = text.trim();
      if (t === "") return undefined;
      const normal = german ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
      if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal)) return undefined;
      return Number(normal);
    },
  };
}
