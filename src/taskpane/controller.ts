/**
 * The pane's state and actions, without DOM: load and validate the workbook's scenarios, edit them,
 * save them back in one write, publish them to the custom functions (shared runtime) and compute the
 * preview from the same functions the cells use.
 */
import { CATALOG_VERSION, DEALS, type DealSpec } from "../model/catalog";
import {
  addScenario, deleteScenario, duplicateScenario, emptyDocument, parseScenarioDocument, renameScenario,
  serializeScenarioDocument, updateScenario, type EditResult, type ScenarioData, type ScenarioDocument,
} from "../model/scenario";
import type { Period } from "../model/periods";
import { invoke } from "../functions/define";
import { DEALS_TABLE, SCHEDULE } from "../functions/deals";
import { publishScenarios } from "../functions/scenarios";
import { publishNumberCulture } from "../functions/coerce";
import { cultureFromTag, formatNumberForField, parseNumberText, type NumberCulture } from "../model/number-text";
import type { TableSpec, ValuesScope, Workbook } from "../office/workbook";
import type { Locale } from "./strings";

export type MessageKind = "info" | "error";
export interface Message {
  readonly kind: MessageKind;
  readonly text: string;
}

/** What the pane looks at. A later kind (a plan) adds itself here and in the view's subject switch. */
export type SubjectKind = "deal" | "portfolio";
export const SUBJECT_KINDS: readonly SubjectKind[] = ["deal", "portfolio"];

export interface PreviewRow {
  /** The year, or the period's first day as an Excel date for shorter periods. */
  readonly year: number;
  readonly gwAdded: number;
  readonly gwCumulative: number;
  readonly acceleratorsAdded: number;
  readonly capexUsd: number;
}

export const PREVIEW_DEALS = DEALS.filter((deal) => deal.tranches.length > 0);

/** "OpenAI–AMD (6 GW Instinct)" → "OpenAI–AMD": short enough for a 350 px dropdown. */
export function shortDealName(deal: DealSpec): string {
  return deal.name.replace(/\s*\(.*\)\s*$/, "");
}

/** Excel formula text: a string literal with its quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Sub-gigawatt results read in MW: two decimals of a GW would hide 10 MW (issue: 0.24 + 0.25 + 0.25 ≠ 0.75). */
export function usesMegawatts(rows: readonly PreviewRow[]): boolean {
  const total = rows.length > 0 ? rows[rows.length - 1].gwCumulative : 0;
  return total > 0 && total < 1;
}

/** Excel number formats of the inserted tables (en-US codes, as Range.numberFormat takes them). */
export const FORMATS = {
  year: "0",
  date: "yyyy-mm-dd",
  /** GW with MW precision below 1 GW (three decimals), two decimals above. */
  gw: "[<1]0.000;#,##0.00",
  count: "#,##0",
  /** USD shown in billions with one decimal; the cell keeps the exact dollars. */
  usdBn: '#,##0.0,,,',
  text: "@",
} as const;

export class PaneController {
  document: ScenarioDocument = emptyDocument(CATALOG_VERSION);
  selected: string | undefined;
  kind: SubjectKind = "deal";
  deal = PREVIEW_DEALS.find((d) => d.key === "openai-amd")?.key ?? PREVIEW_DEALS[0].key;
  portfolio: string[] = PREVIEW_DEALS.map((d) => d.key);
  period: Period = "year";
  /** What the chart shows (a key of the view's measure list). */
  measure = "gw";
  readOnly = false;
  /** The status region: replaced by every action, so an old message never outlives a success. */
  messages: Message[] = [];
  /** The workbook's number culture: the pane's number fields and the functions read numeric text in it. */
  culture: NumberCulture | undefined;
  /** Errors shown next to the field they concern, by field id; cleared when that field saves. */
  fieldErrors: Record<string, string> = {};
  private listeners: Array<() => void> = [];

  constructor(readonly workbook: Workbook, readonly locale: Locale) {}

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private say(kind: MessageKind, text: string): void {
    this.messages = [{ kind, text }];
  }

  /** An input the view could not read: the error goes next to its field. */
  fieldError(field: string, text: string): void {
    this.fieldErrors = { ...this.fieldErrors, [field]: text };
    this.changed();
  }

  clearFieldError(field: string): void {
    if (!(field in this.fieldErrors)) return;
    const next = { ...this.fieldErrors };
    delete next[field];
    this.fieldErrors = next;
    this.changed();
  }

  get scenario(): ScenarioData | undefined {
    return this.document.scenarios.find((s) => s.name === this.selected);
  }

  /** Excel's culture where the workbook can tell it, else the pane's language; published to the functions. */
  private async loadCulture(): Promise<boolean> {
    let culture: NumberCulture | undefined;
    try {
      culture = this.workbook.numberCulture ? await this.workbook.numberCulture() : cultureFromTag(this.locale.tag);
    } catch {
      culture = undefined;
    }
    this.culture = culture;
    return publishNumberCulture(culture);
  }

  /** A number typed into one of the pane's fields, read in the workbook's culture (the functions' reader). */
  parseField(text: string): number | undefined {
    return this.culture !== undefined ? parseNumberText(text, this.culture) : this.locale.parse(text);
  }

  /** A number as a field shows it: readable back by parseField (no group separators). */
  fieldText(value: number): string {
    return formatNumberForField(value, this.culture ?? cultureFromTag(this.locale.tag));
  }

  get dealSpec(): DealSpec {
    return DEALS.find((d) => d.key === this.deal)!;
  }

  async load(preferred?: string): Promise<void> {
    const t = this.locale.text;
    const cultureChanged = await this.loadCulture();
    const stored = await this.workbook.loadScenarios();
    const result = parseScenarioDocument(stored, CATALOG_VERSION, this.locale.scenarioText);
    this.document = result.document;
    this.readOnly = result.readOnly && stored !== null && stored !== "";
    this.messages = [];
    const notes: Message[] = [];
    if (result.fatal) notes.push({ kind: "error", text: result.fatal });
    for (const r of result.rejected) notes.push({ kind: "error", text: r.name !== undefined ? t.rejected(r.name, r.reason) : t.rejectedUnnamed(r.reason) });
    if (result.document.catalogVersion !== CATALOG_VERSION) notes.push({ kind: "info", text: t.catalogMismatch(result.document.catalogVersion, CATALOG_VERSION) });
    this.messages = notes;
    this.selected = this.document.scenarios.find((s) => s.name === preferred)?.name ?? this.document.scenarios[0]?.name;
    // Formulas that name a scenario may have run before it was loaded (and answered #N/A): recalculate.
    // Numeric text read before the culture was known (and answered #VALUE! if ambiguous), too.
    if (publishScenarios(this.document.scenarios).length > 0 || cultureChanged) {
      try {
        await this.workbook.recalculate();
      } catch (error) {
        this.messages = [...this.messages, { kind: "error", text: t.failed((error as Error).message) }];
      }
    }
    this.changed();
  }

  /**
   * Applies an edit, then saves the whole document and republishes it; a refused edit changes nothing.
   * A refusal about one field (`field`) is shown next to it; otherwise in the status region.
   */
  private async apply(result: EditResult, options: { select?: string; field?: string; success?: string } = {}): Promise<boolean> {
    const refuse = (text: string) => {
      if (options.field !== undefined) this.fieldErrors = { ...this.fieldErrors, [options.field]: text };
      else this.say("error", text);
      this.changed();
      return false;
    };
    if (result.error !== undefined) return refuse(result.error);
    if (this.readOnly) return refuse(this.messages.find((m) => m.kind === "error")?.text ?? this.locale.text.readOnly);
    this.document = { ...result.document, catalogVersion: CATALOG_VERSION };
    if (options.select !== undefined) this.selected = options.select;
    if (!this.document.scenarios.some((s) => s.name === this.selected)) this.selected = this.document.scenarios[0]?.name;
    if (options.field !== undefined && options.field in this.fieldErrors) {
      const next = { ...this.fieldErrors };
      delete next[options.field];
      this.fieldErrors = next;
    }
    const changedNames = publishScenarios(this.document.scenarios);
    this.say("info", options.success ?? this.locale.text.saved);
    this.changed();
    try {
      await this.workbook.saveScenarios(serializeScenarioDocument(this.document));
      if (changedNames.length > 0) await this.workbook.recalculate();
    } catch (error) {
      this.say("error", this.locale.text.failed((error as Error).message));
      this.changed();
      return false;
    }
    return true;
  }

  select(name: string): void {
    this.selected = name;
    this.fieldErrors = {};
    this.messages = [];
    this.changed();
  }

  selectDeal(key: string): void {
    this.deal = key;
    this.changed();
  }

  setKind(kind: SubjectKind): void {
    this.kind = kind;
    this.changed();
  }

  setPortfolio(keys: readonly string[]): void {
    this.portfolio = PREVIEW_DEALS.map((d) => d.key).filter((k) => keys.includes(k));
    this.changed();
  }

  setMeasure(measure: string): void {
    this.measure = measure;
    this.changed();
  }

  setPeriod(period: Period): void {
    this.period = period;
    this.changed();
  }

  /** A name that is free: "Scenario 2", "Base (copy)", "Base (copy 2)" … */
  suggestName(base: string): string {
    const taken = new Set(this.document.scenarios.map((s) => s.name.toLowerCase()));
    if (!taken.has(base.toLowerCase())) return base;
    for (let i = 2; ; i++) {
      const candidate = /\)$/.test(base) ? base.replace(/\)$/, ` ${i})`) : `${base} ${i}`;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  }

  create(name: string): Promise<boolean> {
    return this.apply(addScenario(this.document, name, this.locale.scenarioText), { select: name.trim(), field: "scenario-name", success: this.locale.text.created(name.trim()) });
  }

  duplicate(name: string): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false)
      : this.apply(duplicateScenario(this.document, this.selected, name, this.locale.scenarioText), { select: name.trim(), field: "scenario-name", success: this.locale.text.created(name.trim()) });
  }

  rename(name: string): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false)
      : this.apply(renameScenario(this.document, this.selected, name, this.locale.scenarioText), { select: name.trim(), field: "scenario-name", success: this.locale.text.renamed(name.trim()) });
  }

  remove(): Promise<boolean> {
    const name = this.selected;
    return name === undefined ? Promise.resolve(false) : this.apply(deleteScenario(this.document, name, this.locale.scenarioText), { success: this.locale.text.deleted(name) });
  }

  /** Replaces the selected scenario's settings (validated as stored data is); `field` is where a refusal shows. */
  update(next: Omit<ScenarioData, "name">, field?: string): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false) : this.apply(updateScenario(this.document, this.selected, next, this.locale.scenarioText), { field });
  }

  /** The deals the preview adds up: the chosen deal, or the portfolio's. */
  private dealArgument(): unknown {
    return this.kind === "deal" ? this.deal : this.portfolio.map((key) => [key]);
  }

  /** The preview: the schedule under the selected scenario, from GW.SCHEDULE itself. */
  preview(period: Period = "year"): PreviewRow[] {
    if (this.kind === "portfolio" && this.portfolio.length === 0) return [];
    const scenario = this.selected ?? null;
    const deals = this.dealArgument();
    const table = (measure: string) => invoke(SCHEDULE, [deals, measure, null, null, period, null, scenario]) as number[][];
    const added = table("gw_added");
    const cumulative = table("gw_cumulative");
    const accelerators = table("accelerators_added");
    const capex = table("capex");
    return added.slice(1).map((row, i) => ({
      year: row[0], gwAdded: row[1], gwCumulative: cumulative[i + 1][1], acceleratorsAdded: accelerators[i + 1][1], capexUsd: capex[i + 1][1],
    }));
  }

  /** The catalog's own ramp of the chosen deal (GW per year, the scenario's case), without the scenario. */
  catalogRamp(): number[] {
    const c = this.scenario?.case ?? "base";
    return (invoke(SCHEDULE, [this.deal, "gw_added", null, null, "year", c, null]) as number[][]).slice(1).map((row) => row[1]);
  }

  /** Name used for the subject in titles and sheet names. */
  subjectName(short = false): string {
    if (this.kind === "portfolio") return this.locale.text.subjectPortfolio;
    return short ? shortDealName(this.dealSpec) : this.dealSpec.name;
  }

  tableSpec(): TableSpec {
    const s = this.locale.text.sheet;
    const rows = this.preview(this.period);
    return {
      title: this.selected ? `${this.subjectName()} – ${this.selected}` : this.subjectName(),
      sheet: { subject: this.subjectName(), shortSubject: this.subjectName(true), scenario: this.selected },
      header: [this.period === "year" ? s.year : s.periodStart, s.gwAdded, s.gwCumulative, s.acceleratorsAdded, s.capexBn],
      rows: rows.map((r) => [r.year, r.gwAdded, r.gwCumulative, r.acceleratorsAdded, r.capexUsd]),
      numberFormats: [this.period === "year" ? FORMATS.year : FORMATS.date, FORMATS.gw, FORMATS.gw, FORMATS.count, FORMATS.usdBn],
      chart: true,
      chartColumns: 2,
    };
  }

  async insertTable(): Promise<void> {
    const spec = this.tableSpec();
    await this.run(async () => this.locale.text.inserted(await this.workbook.insertTable(spec)));
  }

  /** GW.DEALS as values with localised headers and real dates. */
  dealsSpec(): TableSpec {
    const s = this.locale.text.sheet;
    const table = invoke(DEALS_TABLE, []) as (string | number)[][];
    const f = FORMATS;
    return {
      title: s.deals,
      sheet: { subject: s.deals, shortSubject: s.deals },
      header: [s.key, s.deal, s.buyer, s.vendor, s.gwBase, s.systems, s.start, s.end, s.status, s.source],
      rows: table.slice(1),
      numberFormats: [f.text, f.text, f.text, f.text, f.gw, f.text, f.date, f.date, f.text, f.text],
      chart: false,
    };
  }

  async insertDeals(): Promise<void> {
    const spec = this.dealsSpec();
    await this.run(async () => this.locale.text.inserted(await this.workbook.insertTable(spec)));
  }

  /** The live version: one spilling GW.SCHEDULE formula naming the deal (or the portfolio's deals) and scenario. */
  liveFormula(): string {
    const scenario = this.selected ? quoted(this.selected) : "";
    const deals = this.kind === "deal" ? quoted(this.deal) : `{${this.portfolio.map(quoted).join(";")}}`;
    const period = this.period === "year" ? "" : quoted(this.period);
    return `=GW.SCHEDULE(${deals},"gw_added",,,${period || '"year"'},,${scenario})`.replace(/,+\)$/, ")");
  }

  async insertFormulas(): Promise<void> {
    await this.run(async () => this.locale.text.inserted(await this.workbook.insertFormula(this.liveFormula())));
  }

  async valuesOnly(scope: ValuesScope): Promise<void> {
    const note = this.locale.text.valuesNote(CATALOG_VERSION, this.selected ?? "");
    await this.run(async () => this.locale.text.converted(await this.workbook.valuesOnly(scope, note)));
  }

  async repair(): Promise<void> {
    await this.run(async () => this.locale.text.repaired(await this.workbook.repairFormulas()));
  }

  private async run(action: () => Promise<string>): Promise<void> {
    try {
      this.say("info", await action());
    } catch (error) {
      this.say("error", this.locale.text.failed((error as Error).message));
    }
    this.changed();
  }
}
