/**
 * The pane's state and actions, without DOM: load and validate the workbook's scenarios, edit them,
 * save them back in one write, publish them to the custom functions (shared runtime) and compute the
 * preview from the same functions the cells use.
 */
import { CATALOG_VERSION, CATALOG_VERSIONS, DEALS, catalogAt, type DealSpec } from "../model/catalog";
import { catalogChanges } from "../model/catalog/changes";
import {
  SCHEMA_VERSION, addScenario, deleteScenario, duplicateScenario, emptyDocument, pinnedVersion, renameScenario, updateScenario,
  type EditResult, type ScenarioData, type ScenarioDocument,
} from "../model/scenario";
import type { Period } from "../model/periods";
import type { Conflict, Op } from "../model/scenario-merge";
import { ScenarioSession, type SaveOutcome, type SessionOptions } from "./scenario-session";
import { invoke } from "../functions/define";
import { DEALS_TABLE, SCHEDULE } from "../functions/deals";
import { publishScenarios } from "../functions/scenarios";
import { publishNumberCulture } from "../functions/coerce";
import { cultureFromTag, formatNumberForField, parseNumberText, type NumberCulture } from "../model/number-text";
import type { TableSpec, ValuesScope, Workbook } from "../office/workbook";
import type { Locale } from "./strings";
import { computeFan, type FanRequest, type FanResult } from "./percentiles";

/** GW.CHANGES rows from a kept version to the current one, counted once per version. */
const changeCounts = new Map<string, number>();

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
  /** Dense FP8 compute added, PFLOPS (GW.COMPUTE's default unit); undefined where a system has no published figure. */
  readonly fp8PflopsAdded?: number;
}

export const PREVIEW_DEALS = DEALS.filter((deal) => deal.tranches.length > 0);

/** "OpenAI–AMD (6 GW Instinct)" → "OpenAI–AMD", "Meta–Google TPUs (…) — rumoured" → "Meta–Google TPUs":
 *  short enough for a 350 px dropdown; the full name and status stand below it. */
export function shortDealName(deal: DealSpec): string {
  return deal.name.replace(/\s*\([^)]*\)/g, "").replace(/\s+—\s.*$/, "").trim();
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
  /**
   * The chart as a fan of simulated outcomes (P10–P90, P50, announced path dashed) rather than bars
   * of the announced figures. On by default: the announced figures count a stalled letter of intent
   * in full, and a planner should see that risk without asking for it.
   */
  uncertainty = true;
  /** Inserted tables carry P10, P50 and P90 columns of GW cumulative beside the base values. */
  tablePercentiles = false;
  /**
   * Where percentiles are computed for an insert: the view hands in its worker client; the default
   * computes here (tests, a pane without one).
   */
  percentiles: (request: FanRequest) => Promise<FanResult> = async (request) => computeFan(request);
  readOnly = false;
  /** The status region: replaced by every action, so an old message never outlives a success. */
  messages: Message[] = [];
  /** The workbook's number culture: the pane's number fields and the functions read numeric text in it. */
  culture: NumberCulture | undefined;
  /** Errors shown next to the field they concern, by field id; cleared when that field saves. */
  fieldErrors: Record<string, string> = {};
  private listeners: Array<() => void> = [];
  /** The workbook's scenarios as stored and shared with co-authors (reload, merge, save). */
  readonly session: ScenarioSession;
  /** How the pane hears of co-authors' saves: the host's event, or a periodic reload where it has none. */
  watching: "event" | "poll" | "none" = "none";
  private stopPolling: (() => void) | undefined;
  private lastRejections = "";
  /** Scenarios the functions see changed since the last recalculation. */
  private recalcNeeded = false;

  constructor(readonly workbook: Workbook, readonly locale: Locale, private readonly options: SessionOptions & {
    /** Starts the periodic reload where the host has no change event; returns how to stop it. */
    readonly poll?: (tick: () => void) => () => void;
  } = {}) {
    this.session = new ScenarioSession(workbook, CATALOG_VERSION, locale.scenarioText, options);
  }

  /** Conflicts with co-authors this pane resolved, oldest first. */
  get conflicts(): readonly Conflict[] {
    return this.session.conflicts;
  }

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
    const cultureChanged = await this.loadCulture();
    this.messages = [];
    this.lastRejections = "";
    const outcome = await this.session.serial(() => this.session.reload().catch((error: Error) => ({ ok: false, error: this.locale.text.failed(error.message), conflicts: [] })));
    this.selected = preferred;
    this.adopt(outcome);
    if (this.document.catalogVersion !== CATALOG_VERSION) {
      this.messages = [...this.messages, { kind: "info", text: this.locale.text.catalogMismatch(this.document.catalogVersion, CATALOG_VERSION) }];
    }
    // Formulas that name a scenario may have run before it was loaded (and answered #N/A): recalculate.
    // Numeric text read before the culture was known (and answered #VALUE! if ambiguous), too.
    await this.publish(cultureChanged);
    await this.watch();
  }

  /** A co-author saved (or the periodic reload came round): reload, merge, republish, recalculate. */
  async refresh(): Promise<void> {
    const outcome = await this.session.serial(() => this.session.reload().catch((error: Error) => ({ ok: false, error: this.locale.text.failed(error.message), conflicts: [] })));
    this.adopt(outcome);
    await this.publish(false);
  }

  private async watch(): Promise<void> {
    if (this.watching !== "none") return;
    let evented: boolean;
    try {
      evented = this.workbook.watchSettings ? await this.workbook.watchSettings(() => void this.refresh()) : false;
    } catch {
      evented = false;
    }
    if (evented) this.watching = "event";
    else if (this.options.poll) {
      this.stopPolling = this.options.poll(() => void this.refresh());
      this.watching = "poll";
    }
  }

  /** Stops the periodic reload (a closing pane, a test). */
  dispose(): void {
    this.stopPolling?.();
    this.stopPolling = undefined;
  }

  /** Takes the session's current view as the pane's document, with its messages. */
  private adopt(outcome: SaveOutcome): void {
    const view = this.session.view;
    const t = this.locale.text;
    const st = this.locale.scenarioText;
    this.document = { schema: SCHEMA_VERSION, catalogVersion: view.catalogVersion, scenarios: this.session.scenarios };
    this.readOnly = view.readOnly;
    // What was not loaded, and what will happen to it, said once per change of the stored state.
    const notes: Message[] = [];
    const rejections = JSON.stringify([view.fatal, view.rejected]);
    if (rejections !== this.lastRejections) {
      this.lastRejections = rejections;
      if (view.fatal) notes.push({ kind: "error", text: `${view.fatal} ${st.readOnlyNote}` });
      for (const r of view.rejected) {
        notes.push({ kind: "error", text: r.name !== undefined ? `${t.rejected(r.name, r.reason)} ${st.keptUnchanged}` : `${t.rejectedUnnamed(r.reason)} ${st.restKeptUnchanged}` });
      }
    }
    for (const conflict of outcome.conflicts) notes.push({ kind: "error", text: conflict.message });
    if (!outcome.ok && outcome.error !== undefined) notes.push({ kind: "error", text: outcome.error });
    if (notes.length > 0) this.messages = notes;
    if (!this.document.scenarios.some((s) => s.name === this.selected)) this.selected = this.document.scenarios[0]?.name;
    // Published before the view renders, so the preview (GW.SCHEDULE itself) computes with them.
    if (publishScenarios(this.document.scenarios).length > 0) this.recalcNeeded = true;
    this.changed();
  }

  /** Makes sure the functions have the scenarios; recalculates when a formula's numbers may have changed. */
  private async publish(force: boolean): Promise<void> {
    if (publishScenarios(this.document.scenarios).length > 0 || this.recalcNeeded || force) {
      this.recalcNeeded = false;
      try {
        await this.workbook.recalculate();
      } catch (error) {
        this.say("error", this.locale.text.failed((error as Error).message));
        this.changed();
      }
    }
  }

  /** The one item an edit changes: a new scenario, or the next version of the one it edits. */
  private opFor(after: ScenarioDocument): Op | undefined {
    const before = this.document.scenarios;
    const now = after.scenarios;
    if (now.length > before.length) return { kind: "put", id: this.session.newId(), data: now[now.length - 1] };
    const index = now.length < before.length ? before.findIndex((s) => !now.includes(s)) : now.findIndex((s, i) => s !== before[i]);
    if (index < 0) return undefined;
    const stored = this.session.locate(before[index].name);
    if (stored === undefined) return undefined;
    return now.length < before.length ? { kind: "delete", ...stored, name: before[index].name } : { kind: "put", ...stored, data: now[index] };
  }

  /**
   * Applies an edit: reloads the workbook's scenarios, merges the edit in (a co-author's change to the
   * same scenario is kept and ours saved as a copy, with a message), writes once, republishes. A
   * refused edit changes nothing. Resolves true when the edit was saved.
   */
  private apply(result: EditResult, options: { select?: string; field?: string; success?: string } = {}): Promise<boolean> {
    // The edit's item and base version are taken now, from the document the edit was made on.
    const op = result.error === undefined ? this.opFor(result.document) : undefined;
    return this.session.serial(async () => {
      const refuse = (text: string) => {
        if (options.field !== undefined) this.fieldErrors = { ...this.fieldErrors, [options.field]: text };
        else this.say("error", text);
        this.changed();
        return false;
      };
      if (result.error !== undefined) return refuse(result.error);
      if (this.readOnly) {
        this.say("error", this.session.view.fatal ? `${this.session.view.fatal} ${this.locale.scenarioText.readOnlyNote}` : this.locale.text.readOnly);
        this.changed();
        return false;
      }
      if (op === undefined) return true;
      let outcome: SaveOutcome;
      try {
        outcome = await this.session.save([op]);
      } catch (error) {
        outcome = { ok: false, error: this.locale.text.failed((error as Error).message), conflicts: [] };
      }
      if (outcome.ok) {
        // Where the edit landed: its copy after a conflict, else its item's name (a merge may rename it).
        const copy = [...outcome.conflicts].reverse().find((c) => c.copyName !== undefined)?.copyName;
        this.selected = copy ?? (op.kind === "put" ? this.session.nameOf(op.id) : undefined) ?? options.select ?? this.selected;
        if (options.field !== undefined && options.field in this.fieldErrors) {
          const next = { ...this.fieldErrors };
          delete next[options.field];
          this.fieldErrors = next;
        }
        if (outcome.conflicts.length === 0) this.say("info", options.success ?? this.locale.text.saved);
      }
      this.adopt(outcome);
      await this.publish(false);
      return outcome.ok;
    });
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

  setUncertainty(on: boolean): void {
    this.uncertainty = on;
    this.changed();
  }

  setTablePercentiles(on: boolean): void {
    this.tablePercentiles = on;
    this.changed();
  }

  /** A percentile request for the chosen deal or portfolio under the selected scenario (percentiles.ts). */
  fanRequest(measure: FanRequest["measure"], period: Period): FanRequest {
    return { deals: this.kind === "deal" ? this.deal : this.portfolioKeys(), measure, period, scenario: this.scenario ?? null };
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

  /**
   * The selected scenario's pinned catalog version: whether it is the current one, whether this add-in
   * keeps it, and how many GW.CHANGES rows lie between it and the current catalog.
   */
  get pin(): { version: string; current: boolean; kept: boolean; changes?: number } | undefined {
    const scenario = this.scenario;
    if (scenario === undefined) return undefined;
    const version = pinnedVersion(scenario, this.document.catalogVersion);
    const kept = CATALOG_VERSIONS.includes(version);
    const current = version === CATALOG_VERSION;
    if (!kept || current) return { version, current, kept };
    let changes = changeCounts.get(version);
    if (changes === undefined) changeCounts.set(version, (changes = catalogChanges(version, CATALOG_VERSION).length));
    return { version, current, kept, changes };
  }

  /** Moves the selected scenario to the current catalog: its formulas then compute with the current data. */
  repin(): Promise<boolean> {
    const scenario = this.scenario;
    if (scenario === undefined || this.selected === undefined) return Promise.resolve(false);
    return this.apply(updateScenario(this.document, this.selected, { ...scenario, catalogVersion: CATALOG_VERSION }, this.locale.scenarioText),
      { field: "scenario-repin", success: this.locale.text.repinned(CATALOG_VERSION) });
  }

  /** Replaces the selected scenario's settings (validated as stored data is); `field` is where a refusal shows. */
  update(next: Omit<ScenarioData, "name">, field?: string): Promise<boolean> {
    return this.selected === undefined ? Promise.resolve(false) : this.apply(updateScenario(this.document, this.selected, next, this.locale.scenarioText), { field });
  }

  /** The deals the preview adds up: the chosen deal, or the portfolio's. */
  private dealArgument(): unknown {
    return this.kind === "deal" ? this.deal : this.portfolioKeys().map((key) => [key]);
  }

  /** The portfolio's deals: under a scenario pinned to an older catalog, those that catalog has (later ones did not exist in it). */
  private portfolioKeys(): string[] {
    const pinned = this.pin?.kept ? catalogAt(this.pin.version) : undefined;
    return pinned === undefined ? [...this.portfolio] : this.portfolio.filter((key) => pinned.dealIndex.find(key)?.key === key);
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
    let compute: number[][] | undefined;
    try {
      compute = table("fp8_pflops_added");
    } catch {
      compute = undefined; // a system without a compute figure: the chart's compute switch is off
    }
    return added.slice(1).map((row, i) => ({
      year: row[0], gwAdded: row[1], gwCumulative: cumulative[i + 1][1], acceleratorsAdded: accelerators[i + 1][1], capexUsd: capex[i + 1][1],
      fp8PflopsAdded: compute?.[i + 1][1],
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

  /**
   * The inserted table, as values (like the preview). With `percentiles` (GW.SCHEDULE's "gw_cumulative"
   * at "p10", "p50", "p90" for the same rows) three columns follow GW cumulative.
   */
  tableSpec(percentiles?: FanResult): TableSpec {
    const s = this.locale.text.sheet;
    const rows = this.preview(this.period);
    if (percentiles !== undefined && (percentiles.labels.length !== rows.length || percentiles.labels.some((label, i) => label !== rows[i].year))) {
      throw new Error("the percentiles' periods differ from the table's");
    }
    const extra = (i: number): number[] => (percentiles === undefined ? [] : [percentiles.p10[i], percentiles.p50[i], percentiles.p90[i]]);
    return {
      title: this.selected ? `${this.subjectName()} – ${this.selected}` : this.subjectName(),
      sheet: { subject: this.subjectName(), shortSubject: this.subjectName(true), scenario: this.selected },
      header: [this.period === "year" ? s.year : s.periodStart, s.gwAdded, s.gwCumulative,
        ...(percentiles === undefined ? [] : ["P10", "P50", "P90"].map(s.gwCumulativeAt)), s.acceleratorsAdded, s.capexBn],
      rows: rows.map((r, i) => [r.year, r.gwAdded, r.gwCumulative, ...extra(i), r.acceleratorsAdded, r.capexUsd]),
      numberFormats: [this.period === "year" ? FORMATS.year : FORMATS.date, FORMATS.gw, FORMATS.gw,
        ...(percentiles === undefined ? [] : [FORMATS.gw, FORMATS.gw, FORMATS.gw]), FORMATS.count, FORMATS.usdBn],
      chart: true,
      chartColumns: 2,
    };
  }

  async insertTable(): Promise<void> {
    await this.run(async () => {
      const percentiles = this.tablePercentiles ? await this.percentiles(this.fanRequest("gw_cumulative", this.period)) : undefined;
      return this.locale.text.inserted(await this.workbook.insertTable(this.tableSpec(percentiles)));
    });
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

  /** "New plan": a tranche table for GW.PLAN on a new sheet (src/office/plan-template.ts). */
  async newPlan(): Promise<void> {
    await this.run(async () => {
      if (this.workbook.insertPlan === undefined) throw new Error(this.locale.text.planUnsupported);
      return this.locale.text.planInserted(await this.workbook.insertPlan(this.locale.text.planTitle));
    });
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
