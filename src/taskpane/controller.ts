/**
 * The pane's state and actions, without DOM: load and validate the workbook's scenarios, edit them,
 * save them back in one write, publish them to the custom functions (shared runtime) and compute the
 * preview from the same functions the cells use.
 */
import { CATALOG_VERSION, DEALS } from "../model/catalog";
import {
  addScenario, deleteScenario, duplicateScenario, emptyDocument, parseScenarioDocument, renameScenario,
  serializeScenarioDocument, updateScenario, type EditResult, type ScenarioData, type ScenarioDocument,
} from "../model/scenario";
import { invoke } from "../functions/define";
import { SCHEDULE } from "../functions/deals";
import { publishScenarios } from "../functions/scenarios";
import { publishNumberCulture } from "../functions/coerce";
import { cultureFromTag, type NumberCulture } from "../model/number-text";
import type { TableSpec, ValuesScope, Workbook } from "../office/workbook";
import type { Locale } from "./strings";

export type MessageKind = "info" | "error";
export interface Message {
  readonly kind: MessageKind;
  readonly text: string;
}

export interface PreviewRow {
  readonly year: number;
  readonly gwAdded: number;
  readonly gwCumulative: number;
  readonly capexUsd: number;
}

export const PREVIEW_DEALS = DEALS.filter((deal) => deal.tranches.length > 0);

/** Excel formula text: a string literal with its quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export class PaneController {
  document: ScenarioDocument = emptyDocument(CATALOG_VERSION);
  selected: string | undefined;
  deal = PREVIEW_DEALS.find((d) => d.key === "openai-amd")?.key ?? PREVIEW_DEALS[0].key;
  readOnly = false;
  messages: Message[] = [];
  /** The workbook's number culture: the pane's number fields and the functions read numeric text in it. */
  culture: NumberCulture | undefined;
  private listeners: Array<() => void> = [];

  constructor(readonly workbook: Workbook, readonly locale: Locale) {}

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private say(kind: MessageKind, text: string): void {
    this.messages = [...this.messages.slice(-4), { kind, text }];
  }

  /** Shows a message from the view (an input it could not read). */
  report(kind: MessageKind, text: string): void {
    this.say(kind, text);
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

  async load(): Promise<void> {
    const t = this.locale.text;
    const cultureChanged = await this.loadCulture();
    const stored = await this.workbook.loadScenarios();
    const result = parseScenarioDocument(stored, CATALOG_VERSION, this.locale.scenarioText);
    this.document = result.document;
    this.readOnly = result.readOnly && stored !== null && stored !== "";
    this.messages = [];
    if (result.fatal) this.say("error", result.fatal);
    for (const r of result.rejected) this.say("error", r.name !== undefined ? t.rejected(r.name, r.reason) : t.rejectedUnnamed(r.reason));
    if (result.document.catalogVersion !== CATALOG_VERSION) this.say("info", t.catalogMismatch(result.document.catalogVersion, CATALOG_VERSION));
    this.selected = this.document.scenarios[0]?.name;
    // Formulas that name a scenario may have run before it was loaded (and answered #N/A): recalculate.
    // Numeric text read before the culture was known (and answered #VALUE! if ambiguous), too.
    if (publishScenarios(this.document.scenarios).length > 0 || cultureChanged) {
      try {
        await this.workbook.recalculate();
      } catch (error) {
        this.say("error", t.failed((error as Error).message));
      }
    }
    this.changed();
  }

  /** Applies an edit, then saves the whole document and republishes it; a refused edit changes nothing. */
  private async apply(result: EditResult, select?: string): Promise<boolean> {
    if (result.error !== undefined) {
      this.say("error", result.error);
      this.changed();
      return false;
    }
    if (this.readOnly) {
      this.say("error", this.messages.find((m) => m.kind === "error")?.text ?? this.locale.text.readOnly);
      this.changed();
      return false;
    }
    this.document = { ...result.document, catalogVersion: CATALOG_VERSION };
    if (select !== undefined) this.selected = select;
    if (!this.document.scenarios.some((s) => s.name === this.selected)) this.selected = this.document.scenarios[0]?.name;
    const changedNames = publishScenarios(this.document.scenarios);
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
    this.changed();
  }

  selectDeal(key: string): void {
    this.deal = key;
    this.changed();
  }

  create(name: string): Promise<boolean> {
    return this.apply(addScenario(this.document, name, this.locale.scenarioText), name.trim());
  }

  duplicate(name: string): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false) : this.apply(duplicateScenario(this.document, this.selected, name, this.locale.scenarioText), name.trim());
  }

  rename(name: string): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false) : this.apply(renameScenario(this.document, this.selected, name, this.locale.scenarioText), name.trim());
  }

  remove(): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false) : this.apply(deleteScenario(this.document, this.selected, this.locale.scenarioText));
  }

  /** Replaces the selected scenario's settings (validated as stored data is). */
  update(next: Omit<ScenarioData, "name">): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false) : this.apply(updateScenario(this.document, this.selected, next, this.locale.scenarioText));
  }

  /** The preview: the selected deal's schedule under the selected scenario, from GW.SCHEDULE itself. */
  preview(): PreviewRow[] {
    const scenario = this.selected ?? null;
    const table = (measure: string) => invoke(SCHEDULE, [this.deal, measure, null, null, "year", null, scenario]) as number[][];
    const added = table("gw_added");
    const cumulative = table("gw_cumulative");
    const capex = table("capex");
    return added.slice(1).map((row, i) => ({ year: row[0], gwAdded: row[1], gwCumulative: cumulative[i + 1][1], capexUsd: capex[i + 1][1] }));
  }

  private dealName(): string {
    return DEALS.find((d) => d.key === this.deal)?.name ?? this.deal;
  }

  async insertTable(): Promise<void> {
    const rows = this.preview();
    const spec: TableSpec = {
      title: this.selected ? `${this.dealName()} – ${this.selected}` : this.dealName(),
      header: ["Year", "GW added", "GW cumulative", "Capex (USD)"],
      rows: rows.map((r) => [r.year, r.gwAdded, r.gwCumulative, r.capexUsd]),
      numberFormats: ["0", "#,##0.00", "#,##0.00", "$#,##0"],
      chart: true,
    };
    await this.run(async () => this.locale.text.inserted(await this.workbook.insertTable(spec)));
  }

  /** The live version: one spilling GW.SCHEDULE formula naming the deal and scenario. */
  liveFormula(): string {
    const scenario = this.selected ? quoted(this.selected) : "";
    return `=GW.SCHEDULE(${quoted(this.deal)},"gw_added",,,"year",,${scenario})`.replace(/,+\)$/, ")");
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
