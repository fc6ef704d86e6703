/**
 * Renders the pane from the controller's state. Everything from the workbook is inserted as text
 * (dom.ts has no HTML path). Focus and caret survive re-rendering, so keyboard users keep their place.
 *
 * Layout: what to look at (deal or portfolio) and the scenario at the top; the result (status, chart,
 * table) next, sticky at pane width so an input and its effect are on screen together; then the
 * inputs. From 760 px the result is a sticky column beside the inputs.
 */
import { ASSUMPTIONS, CASES, CATALOG_VERSION, SYSTEMS, systemByKey, type AssumptionKey, type Case, type DealSpec } from "../model/catalog";
import { OVERRIDE_BOUNDS, type ScenarioData } from "../model/scenario";
import type { Period } from "../model/periods";
import { ymdFromSerial } from "../model/dates";
import { CHART_KINDS, type ChartData } from "./chart";
import { PercentileClient } from "./percentile-client";
import { fanColumn, type FanMeasure, type FanRequest, type FanResult } from "./percentiles";
import { PREVIEW_DEALS, SUBJECT_KINDS, shortDealName, usesMegawatts, type PaneController, type PreviewRow, type SubjectKind } from "./controller";
import { h } from "./dom";
import { formatCell, type PreviewWorkbook } from "./preview-workbook";
import type { Locale } from "./strings";

type NameAction = "create" | "duplicate" | "rename" | undefined;

/** A ramp's yearly GW are separated by ";", which is no culture's decimal mark or thousands separator. */
const LIST_SEPARATOR = ";";

/** What the chart shows. Another measure (compute, from GW.COMPUTE) is one more entry. */
export type ChartMeasure = "gw" | "accelerators" | "capex" | "compute";
interface MeasureView {
  readonly key: ChartMeasure;
  /** The switch's label (short: three fit in a 350 px pane). */
  readonly label: (t: Locale["text"], megawatts: boolean) => string;
  /** The chart title's name for the measure. */
  readonly name: (t: Locale["text"]) => string;
  readonly unit: (t: Locale["text"], megawatts: boolean) => string;
  readonly value: (row: PreviewRow, megawatts: boolean) => number;
  readonly digits: (megawatts: boolean) => number;
  /** Whether the rows carry this measure (compute needs every system's published figure). */
  readonly available?: (rows: readonly PreviewRow[]) => boolean;
  /** The fan's measure (a level at each period's end) and the factor from the functions' unit to the chart's. */
  readonly fan: FanMeasure;
  readonly scale: (megawatts: boolean) => number;
}
export const MEASURE_VIEWS: readonly MeasureView[] = [
  { key: "gw", label: (_t, mw) => (mw ? "MW" : "GW"), name: (t) => t.measureGw, unit: (_t, mw) => (mw ? "MW" : "GW"), value: (r, mw) => (mw ? r.gwAdded * 1000 : r.gwAdded), digits: (mw) => (mw ? 1 : 2),
    fan: "gw_cumulative", scale: (mw) => (mw ? 1000 : 1) },
  { key: "accelerators", label: (t) => t.measureAccelerators, name: (t) => t.measureAccelerators, unit: (t) => t.chartUnitAccelerators, value: (r) => r.acceleratorsAdded, digits: () => 0,
    fan: "accelerators_cumulative", scale: () => 1 },
  { key: "capex", label: (t) => t.measureCapex, name: (t) => t.measureCapex, unit: (t) => t.chartUnitCapex, value: (r) => r.capexUsd / 1e9, digits: () => 1,
    fan: "capex_cumulative", scale: () => 1e-9 },
  {
    // FP8 dense peak, in EFLOPS (1,000 PFLOPS): a gigawatt of current racks is millions of PFLOPS.
    key: "compute", label: (t) => t.measureCompute, name: (t) => t.computeName, unit: () => "EFLOPS", value: (r) => (r.fp8PflopsAdded ?? 0) / 1000, digits: () => 0,
    available: (rows) => rows.every((r) => r.fp8PflopsAdded !== undefined),
    fan: "fp8_pflops_cumulative", scale: () => 1e-3,
  },
];

/**
 * What the fan chart plots: the functions' numbers (percentiles.ts) in the chart's unit, nothing else.
 * test/contract/fan-chart.test.ts checks them against GW.SCHEDULE's "p10", "p50", "p90" in the bundle.
 */
export function fanSeries(result: FanResult, measure: MeasureView, megawatts: boolean): { base: number[]; p10: number[]; p50: number[]; p90: number[] } {
  const k = measure.scale(megawatts);
  const scaled = (values: readonly number[]) => values.map((v) => v * k);
  return { base: scaled(result.base), p10: scaled(result.p10), p50: scaled(result.p50), p90: scaled(result.p90) };
}

/** A copy of `record` with `key` set to `value`, or without `key` when the value is cleared. */
function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V | undefined): Record<string, V> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function option(value: string, label: string, selected: boolean, attributes: Record<string, string> = {}): HTMLOptionElement {
  const element = h("option", { value, ...attributes }, label);
  element.selected = selected;
  return element;
}

/** The system keys a deal is built with under a scenario (its mix override, else the catalog's tranches). */
function dealSystems(deal: DealSpec, scenario: ScenarioData | undefined): string[] {
  const override = scenario?.systemOverrides[deal.key];
  return override !== undefined ? [override] : [...new Set(deal.tranches.map((t) => t.system))];
}

export interface PaneViewOptions {
  readonly previewWorkbook?: PreviewWorkbook;
  /** The preview's language switch: reloads the pane in that language. */
  readonly switchLanguage?: (language: "en" | "de") => void;
  /** Where the fan's percentiles are computed (a worker in the shipped pane); default: in steps on this thread. */
  readonly percentiles?: PercentileClient;
}

export class PaneView {
  private nameAction: NameAction;
  private suggested = "";
  private confirmingDelete = false;
  private readonly busy = new Set<string>();
  /** What was typed into a field the pane refused, shown again (marked invalid) until it is fixed. */
  private readonly typed = new Map<string, string>();
  private readonly priceScope = new Map<string, "deal" | "system">();

  private readonly percentiles: PercentileClient;
  /** The last percentile request's failure (the functions' message), by request. */
  private fanFailure: { request: string; message: string } | undefined;

  constructor(private readonly root: HTMLElement, private readonly controller: PaneController, private readonly options: PaneViewOptions = {}) {
    this.percentiles = options.percentiles ?? new PercentileClient();
    controller.percentiles = (request) => this.percentiles.compute(request);
    controller.onChange(() => this.render());
    if (typeof window !== "undefined") window.addEventListener("resize", () => { this.drawChart(); this.keepInputsClearOfResult(); });
    root.addEventListener("focusin", (event) => this.alignUnderResult(event.target));
  }

  private get t() {
    return this.controller.locale.text;
  }

  private get locale() {
    return this.controller.locale;
  }

  render(): void {
    const active = document.activeElement;
    const focused = active instanceof HTMLElement ? active.id : "";
    const caret = active instanceof HTMLInputElement && active.type === "text" ? active.selectionStart : null;
    this.root.replaceChildren(...this.sections());
    this.drawChart();
    this.keepInputsClearOfResult();
    const again = focused ? document.getElementById(focused) : null;
    if (again) {
      again.focus();
      if (again instanceof HTMLInputElement && again.type === "text" && caret !== null) again.setSelectionRange(caret, caret);
    }
  }

  private sections(): HTMLElement[] {
    const c = this.controller;
    return [
      this.header(),
      c.workbook.kind === "preview" ? h("p", { class: "notice" }, this.t.previewMode) : null,
      h("div", { class: "layout" },
        this.subjectSection(),
        this.scenarioSection(),
        this.resultSection(),
        h("div", { class: "inputs" },
          c.kind === "deal" && c.scenario ? this.dealSection(c.scenario) : null,
          c.kind === "portfolio" && c.scenario ? h("p", { class: "muted" }, this.t.portfolioNote) : null,
          c.scenario ? this.assumptionSection(c.scenario) : null,
          this.insertSection(),
          this.options.previewWorkbook ? this.previewWorkbookSection(this.options.previewWorkbook) : null)),
    ].filter((e): e is HTMLElement => e !== null);
  }

  private header(): HTMLElement {
    const dark = document.documentElement.dataset.theme === "dark";
    const language = this.options.switchLanguage;
    return h("header", { class: "header" },
      h("h1", {}, this.t.title),
      h("span", { class: "muted", id: "catalog-version" }, this.t.catalog(CATALOG_VERSION)),
      h("span", { class: "spacer" }),
      language ? h("span", { class: "inline" }, h("label", { for: "language" }, this.t.language),
        h("select", { id: "language", onchange: (e) => language((e.target as HTMLSelectElement).value as "en" | "de") },
          option("en", "English", this.locale.language === "en", { lang: "en" }),
          option("de", "Deutsch", this.locale.language === "de", { lang: "de" }))) : null,
      h("button", { type: "button", id: "theme-toggle", class: "link", onclick: () => this.toggleTheme() }, dark ? this.t.themeToLight : this.t.themeToDark));
  }

  private toggleTheme(): void {
    const root = document.documentElement;
    root.dataset.theme = root.dataset.theme === "dark" ? "light" : "dark";
    try {
      window.localStorage?.setItem("gigawatt.theme", root.dataset.theme);
    } catch {
      // storage blocked: the choice lasts this session
    }
    this.render();
  }

  /** A field: visible label (its accessible name), control, hint, and its error right below it. */
  private field(id: string, label: string, control: HTMLElement, hints: Array<HTMLElement | null> = []): HTMLElement {
    const error = this.controller.fieldErrors[id];
    const shown = hints.filter((x): x is HTMLElement => x !== null);
    const errorElement = error !== undefined ? h("p", { id: `${id}-error`, class: "field-error" }, error) : null;
    const described = [...(errorElement ? [`${id}-error`] : []), ...shown.map((x) => x.id)].filter((x) => x !== "");
    if (described.length > 0) control.setAttribute("aria-describedby", described.join(" "));
    if (error !== undefined) control.setAttribute("aria-invalid", "true");
    return h("div", { class: "field" }, h("label", { for: id }, label), control, errorElement, ...shown);
  }

  private subjectSection(): HTMLElement {
    const c = this.controller;
    const kindLabels: Record<SubjectKind, string> = { deal: this.t.subjectDeal, portfolio: this.t.subjectPortfolio };
    const kinds = h("fieldset", { class: "segmented" }, h("legend", {}, this.t.subject),
      ...SUBJECT_KINDS.map((kind) => {
        const input = h("input", { type: "radio", name: "subject-kind", id: `subject-${kind}`, value: kind, onchange: () => c.setKind(kind) });
        input.checked = c.kind === kind;
        return h("label", { for: `subject-${kind}` }, input, kindLabels[kind]);
      }));
    let chooser: HTMLElement;
    if (c.kind === "deal") {
      const deal = c.dealSpec;
      const select = h("select", { id: "preview-deal", onchange: (e) => c.selectDeal((e.target as HTMLSelectElement).value) },
        ...PREVIEW_DEALS.map((d) => option(d.key, shortDealName(d), d.key === c.deal)));
      chooser = this.field("preview-deal", this.t.deal, select, [h("p", { id: "preview-deal-hint", class: "hint" }, deal.name)]);
    } else {
      chooser = h("fieldset", { class: "checks", id: "portfolio" }, h("legend", {}, this.t.portfolioDeals),
        ...PREVIEW_DEALS.map((d) => {
          const input = h("input", { type: "checkbox", id: `portfolio-${d.key}`, value: d.key, onchange: (e) => {
            const checked = (e.target as HTMLInputElement).checked;
            c.setPortfolio(checked ? [...c.portfolio, d.key] : c.portfolio.filter((k) => k !== d.key));
          } });
          input.checked = c.portfolio.includes(d.key);
          return h("label", { for: `portfolio-${d.key}` }, input, shortDealName(d));
        }));
    }
    return h("section", { class: "subject", "aria-label": this.t.subject }, kinds, chooser);
  }

  private asyncButton(id: string, label: string, action: () => Promise<unknown>, attributes: Record<string, string> = {}): HTMLButtonElement {
    const busy = this.busy.has(id);
    // aria-disabled rather than disabled while busy: the button keeps keyboard focus.
    return h("button", {
      type: "button", id, ...attributes, "aria-busy": busy ? "true" : undefined, "aria-disabled": busy ? "true" : undefined,
      disabled: this.controller.readOnly && attributes["data-writes"] === "scenarios",
      onclick: async () => {
        if (this.busy.has(id)) return;
        this.busy.add(id);
        this.render();
        try {
          await action();
        } finally {
          this.busy.delete(id);
          this.render();
        }
      },
    }, busy ? this.t.busy : label);
  }

  private scenarioSection(): HTMLElement {
    const c = this.controller;
    const button = (id: string, label: string, action: () => void, disabled = false) =>
      h("button", { type: "button", id, onclick: action, disabled: disabled || c.readOnly }, label);
    const none = c.scenario === undefined;
    const select = h("select", { id: "scenario-select", onchange: (e) => c.select((e.target as HTMLSelectElement).value) },
      ...c.document.scenarios.map((s) => option(s.name, s.name, s.name === c.selected)));
    return h("section", { class: "scenarios", "aria-label": this.t.scenarios },
      c.document.scenarios.length > 0 ? this.field("scenario-select", this.t.scenario, select) : h("p", { class: "muted", id: "no-scenarios" }, this.t.noScenarios),
      h("div", { class: "row wrap" },
        button("scenario-new", this.t.create, () => this.askName("create")),
        button("scenario-duplicate", this.t.duplicate, () => this.askName("duplicate"), none),
        button("scenario-rename", this.t.rename, () => this.askName("rename"), none),
        button("scenario-delete", this.t.delete, () => { this.confirmingDelete = true; this.nameAction = undefined; this.render(); document.getElementById("scenario-delete-confirm")?.focus(); }, none)),
      this.nameAction ? this.nameForm() : null,
      this.confirmingDelete && c.selected ? this.deleteConfirm(c.selected) : null,
      this.pinSection());
  }

  /** The selected scenario's pinned catalog version, and a button that moves it to the current catalog. */
  private pinSection(): HTMLElement | null {
    const c = this.controller;
    const pin = c.pin;
    if (pin === undefined) return null;
    if (pin.current) return h("p", { class: "muted", id: "scenario-catalog" }, this.t.pinnedCurrent(pin.version));
    const error = c.fieldErrors["scenario-repin"];
    return h("div", { class: "field", id: "scenario-catalog" },
      h("p", { class: pin.kept ? "muted" : "field-error" }, this.t.pinned(pin.version), " ",
        pin.kept ? this.t.pinChanges(pin.changes ?? 0, pin.version) : this.t.pinMissing(pin.version)),
      h("button", { type: "button", id: "scenario-repin", onclick: () => void c.repin(), disabled: c.readOnly }, this.t.repin(CATALOG_VERSION)),
      error !== undefined ? h("p", { id: "scenario-repin-error", class: "field-error" }, error) : null);
  }

  private askName(action: NameAction): void {
    const c = this.controller;
    this.nameAction = action;
    this.confirmingDelete = false;
    this.suggested = action === "create" ? c.suggestName(`${this.t.suggestedName} ${c.document.scenarios.length + 1}`)
      : action === "duplicate" ? c.suggestName(this.t.copyOf(c.selected ?? ""))
        : c.selected ?? "";
    this.typed.delete("scenario-name");
    c.clearFieldError("scenario-name");
    this.render();
    const input = document.getElementById("scenario-name");
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  }

  private nameForm(): HTMLElement {
    const c = this.controller;
    const input = h("input", { id: "scenario-name", type: "text", maxlength: 64, autocomplete: "off", value: this.typed.get("scenario-name") ?? this.suggested });
    input.addEventListener("input", () => this.typed.set("scenario-name", input.value));
    const submit = async () => {
      const action = this.nameAction;
      const ok = action === "create" ? await c.create(input.value) : action === "duplicate" ? await c.duplicate(input.value) : await c.rename(input.value);
      if (ok) {
        this.nameAction = undefined;
        this.typed.delete("scenario-name");
        this.render();
        document.getElementById("scenario-select")?.focus();
      }
    };
    const okLabel = this.nameAction === "rename" ? this.t.nameSave : this.t.nameCreate;
    return h("form", { class: "name-form", id: "name-form", onsubmit: (event) => { event.preventDefault(); document.getElementById("scenario-name-ok")?.click(); } },
      this.field("scenario-name", this.t.namePrompt, input),
      h("div", { class: "row" },
        this.asyncButton("scenario-name-ok", okLabel, submit, { class: "primary", "data-writes": "scenarios" }),
        h("button", { type: "button", id: "scenario-name-cancel", onclick: () => { this.nameAction = undefined; c.clearFieldError("scenario-name"); this.render(); } }, this.t.cancel)));
  }

  private deleteConfirm(name: string): HTMLElement {
    return h("div", { class: "confirm", role: "group", "aria-labelledby": "delete-question" },
      h("p", { id: "delete-question" }, this.t.confirmDelete(name)),
      h("div", { class: "row" },
        this.asyncButton("scenario-delete-confirm", this.t.delete, async () => { this.confirmingDelete = false; await this.controller.remove(); }, { class: "danger", "data-writes": "scenarios" }),
        h("button", { type: "button", id: "scenario-delete-cancel", onclick: () => { this.confirmingDelete = false; this.render(); } }, this.t.cancel)));
  }

  /** A number field that checks what is typed against the same bounds as the stored scenario, next to the field. */
  private numberField(id: string, label: string, short: string, current: number | undefined, hint: string, bounds: { min: number; max: number }, commit: (value: number | undefined) => Promise<boolean>): HTMLElement {
    const c = this.controller;
    const locale = this.locale;
    const typed = this.typed.get(id);
    const input = h("input", { id, type: "text", inputmode: "decimal", autocomplete: "off", disabled: c.readOnly, value: typed ?? (current === undefined ? "" : c.fieldText(current)) });
    input.addEventListener("change", () => {
      const text = input.value;
      const parsed = c.parseField(text);
      const problem = text.trim() !== "" && parsed === undefined ? this.t.notNumber(short)
        : parsed !== undefined && (parsed < bounds.min || parsed > bounds.max) ? this.t.between(short, locale.number(bounds.min, 6), locale.number(bounds.max, 6))
          : undefined;
      if (problem !== undefined) {
        this.typed.set(id, text);
        c.fieldError(id, problem);
        return;
      }
      this.typed.delete(id);
      void commit(parsed);
    });
    return this.field(id, label, input, [h("p", { id: `${id}-hint`, class: "hint" }, hint)]);
  }

  private dealSection(scenario: ScenarioData): HTMLElement {
    const c = this.controller;
    const deal = c.dealSpec;
    const update = (patch: Partial<ScenarioData>, field: string) => c.update({ ...scenario, ...patch }, field);
    const mixSelect = h("select", { id: "deal-mix", disabled: c.readOnly, onchange: (e) => {
      const value = (e.target as HTMLSelectElement).value;
      void update({ systemOverrides: withEntry(scenario.systemOverrides, deal.key, value === "" ? undefined : value) }, "deal-mix");
    } }, option("", this.t.mixDefault, scenario.systemOverrides[deal.key] === undefined),
    ...SYSTEMS.map((s) => option(s.key, s.name, scenario.systemOverrides[deal.key] === s.key)));

    return h("section", { "aria-labelledby": "deal-heading", class: "deal-inputs" },
      h("h2", { id: "deal-heading" }, this.t.dealInputs(shortDealName(deal))),
      this.field("deal-mix", this.t.mix, mixSelect),
      ...dealSystems(deal, scenario).map((key, i) => this.priceFields(scenario, deal, key, i)),
      this.rampField(scenario, deal, (ramp) => update({ rampOverrides: withEntry(scenario.rampOverrides, deal.key, ramp) }, "deal-ramp")));
  }

  /** Price per system, for this deal only or for the system in every deal: the user says which. */
  private priceFields(scenario: ScenarioData, deal: DealSpec, systemKey: string, index: number): HTMLElement {
    const c = this.controller;
    const system = systemByKey(systemKey);
    const dealPrices = scenario.dealPriceOverrides?.[deal.key] ?? {};
    const scopeKey = `${deal.key}/${systemKey}`;
    const scope = this.priceScope.get(scopeKey) ?? (dealPrices[systemKey] === undefined && scenario.priceOverrides[systemKey] !== undefined ? "system" : "deal");
    const withDealPrice = (price: number | undefined): ScenarioData["dealPriceOverrides"] => {
      const next = withEntry(dealPrices, systemKey, price);
      const all = withEntry(scenario.dealPriceOverrides ?? {}, deal.key, Object.keys(next).length > 0 ? next : undefined);
      return all;
    };
    const id = index === 0 ? "system-price" : `system-price-${index}`;
    const save = (price: number | undefined, nextScope: "deal" | "system") => c.update({
      ...scenario,
      priceOverrides: withEntry(scenario.priceOverrides, systemKey, nextScope === "system" ? price : (scope === "system" ? undefined : scenario.priceOverrides[systemKey])),
      dealPriceOverrides: withDealPrice(nextScope === "deal" ? price : undefined),
    }, id);
    const current = scope === "deal" ? dealPrices[systemKey] : scenario.priceOverrides[systemKey];
    const others = PREVIEW_DEALS.filter((d) => d.key !== deal.key && dealSystems(d, scenario).includes(systemKey) && scenario.dealPriceOverrides?.[d.key]?.[systemKey] === undefined);
    const radios = (["deal", "system"] as const).map((value) => {
      const radioId = `${id}-scope-${value}`;
      const input = h("input", { type: "radio", name: `${id}-scope`, id: radioId, value, disabled: c.readOnly, onchange: () => {
        this.priceScope.set(scopeKey, value);
        // A price already set moves with the choice; otherwise only the choice changes.
        if (current !== undefined) void save(current, value);
        else this.render();
      } });
      input.checked = scope === value;
      return h("label", { for: radioId }, input, value === "deal" ? this.t.priceScopeDeal(shortDealName(deal)) : this.t.priceScopeSystem(system.name));
    });
    const catalog = this.t.catalogDefault(this.locale.number(system.pricePerSystemUsd[scenario.case], 0));
    return h("div", { class: "price" },
      this.numberField(id, this.t.price(system.name), this.t.short.price, current, catalog, { min: 0, max: 1e10 }, (value) => save(value, scope)),
      h("fieldset", { class: "radios" }, h("legend", {}, this.t.priceScope), ...radios),
      scope === "system" && others.length > 0 ? h("p", { class: "hint", id: `${id}-also` }, this.t.priceAlsoUsed(others.map(shortDealName).join(", "))) : null);
  }

  private rampField(scenario: ScenarioData, deal: DealSpec, commit: (ramp: number[] | undefined) => Promise<boolean>): HTMLElement {
    const c = this.controller;
    const locale = this.locale;
    const catalog = c.catalogRamp();
    const dealGw = catalog.reduce((a, b) => a + b, 0);
    const gw = (value: number) => `${locale.number(value, 3)} GW`;
    const list = (values: readonly number[]) => values.map((v) => locale.number(v, 3)).join(`${LIST_SEPARATOR} `);
    const typed = this.typed.get("deal-ramp");
    const input = h("input", { id: "deal-ramp", type: "text", autocomplete: "off", spellcheck: "false", disabled: c.readOnly,
      value: typed ?? (scenario.rampOverrides[deal.key] ?? []).map((v) => c.fieldText(v)).join(`${LIST_SEPARATOR} `) });
    const read = (text: string): number[] | undefined | "bad" => {
      const parts = text.split(LIST_SEPARATOR).map((p) => p.trim());
      if (parts.every((p) => p === "")) return undefined;
      const values = parts.filter((p, i) => p !== "" || i < parts.length - 1).map((p) => c.parseField(p));
      return values.some((v) => v === undefined || v < 0 || v > 1000) ? "bad" : (values as number[]);
    };
    const total = h("p", { id: "deal-ramp-total", class: "hint" });
    const warning = h("p", { id: "deal-ramp-warning", class: "warn" });
    const show = (values: number[] | undefined | "bad") => {
      if (values === "bad") return;
      const entered = values?.reduce((a, b) => a + b, 0);
      total.textContent = entered === undefined ? this.t.rampEmpty : this.t.rampTotal(gw(entered), gw(dealGw));
      const differs = entered !== undefined && Math.abs(entered - dealGw) > 1e-9 * Math.max(1, dealGw);
      warning.textContent = differs ? this.t.rampDiffers(gw(entered!), gw(dealGw)) : "";
      warning.hidden = !differs;
    };
    show(read(input.value));
    input.addEventListener("input", () => show(read(input.value)));
    input.addEventListener("change", () => {
      const values = read(input.value);
      if (values === "bad") {
        this.typed.set("deal-ramp", input.value);
        c.fieldError("deal-ramp", this.t.between(this.t.short.ramp, "0", locale.number(1000)));
        return;
      }
      this.typed.delete("deal-ramp");
      void commit(values);
    });
    const catalogHint = h("p", { id: "deal-ramp-catalog", class: "hint" }, this.t.rampCatalog(list(catalog), gw(dealGw)));
    return this.field("deal-ramp", this.t.ramp, input, [catalogHint, total, warning]);
  }

  private assumptionSection(scenario: ScenarioData): HTMLElement {
    const c = this.controller;
    const locale = this.locale;
    const update = (patch: Partial<ScenarioData>, field: string) => c.update({ ...scenario, ...patch }, field);
    const caseLabels: Record<Case, string> = { low: this.t.estimateLow, base: this.t.estimateBase, high: this.t.estimateHigh };
    const caseSelect = h("select", { id: "scenario-case", disabled: c.readOnly, onchange: (e) => void update({ case: (e.target as HTMLSelectElement).value as Case }, "scenario-case") },
      ...CASES.map((value) => option(value, caseLabels[value], value === scenario.case)));
    const fields = ASSUMPTIONS.map((a) => {
      const key = a.key as AssumptionKey;
      const id = `ov-${a.key}`;
      return this.numberField(id, this.t.assumption[a.key] ?? a.description, this.t.short[a.key] ?? a.key, scenario.overrides[key],
        this.t.catalogDefault(locale.number(a[scenario.case], 4)), OVERRIDE_BOUNDS[key],
        (value) => update({ overrides: withEntry(scenario.overrides as Record<string, number>, a.key, value) }, id));
    });
    return h("section", { "aria-labelledby": "assumptions-heading" },
      h("h2", { id: "assumptions-heading" }, this.t.assumptions),
      this.field("scenario-case", this.t.estimate, caseSelect),
      ...fields);
  }

  /** Year, or the period's first day written in the pane's locale. */
  private periodText(value: number): string {
    if (this.controller.period === "year" || value < 3000) return String(value);
    const { year, month, day } = ymdFromSerial(value);
    return new Intl.DateTimeFormat(this.locale.tag, { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
  }

  private resultSection(): HTMLElement {
    const c = this.controller;
    const locale = this.locale;
    const t = this.t;
    let rows: PreviewRow[] = [];
    let failure: string | undefined;
    try {
      rows = c.preview();
    } catch (error) {
      failure = (error as Error).message;
    }
    const mw = usesMegawatts(rows);
    const gwUnit = mw ? "MW" : "GW";
    const power = (value: number) => locale.number(mw ? value * 1000 : value, mw ? 1 : 2);
    const measures = h("fieldset", { class: "segmented", id: "chart-measure" }, h("legend", {}, t.chartMeasure),
      ...MEASURE_VIEWS.map((m) => {
        const off = m.available !== undefined && !m.available(rows);
        const input = h("input", { type: "radio", name: "chart-measure", id: `measure-${m.key}`, value: m.key, disabled: off, onchange: () => c.setMeasure(m.key) });
        input.checked = c.measure === m.key && !off;
        return h("label", { for: `measure-${m.key}` }, input, m.label(t, mw));
      }));
    const total = rows.reduce((sum, r) => ({ gw: sum.gw + r.gwAdded, acc: sum.acc + r.acceleratorsAdded, capex: sum.capex + r.capexUsd }), { gw: 0, acc: 0, capex: 0 });
    const table = rows.length === 0 ? null : h("table", { id: "preview-table" },
      h("caption", { class: "sr-only" }, this.subjectLine()),
      h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, t.year), h("th", { scope: "col" }, t.added(gwUnit)), h("th", { scope: "col" }, t.accelerators), h("th", { scope: "col" }, t.capexBn))),
      h("tbody", {}, ...rows.map((r) => h("tr", {},
        h("th", { scope: "row" }, this.periodText(r.year)), h("td", {}, power(r.gwAdded)), h("td", {}, locale.number(r.acceleratorsAdded, 0)), h("td", {}, locale.number(r.capexUsd / 1e9, 1))))),
      h("tfoot", {}, h("tr", {},
        h("th", { scope: "row" }, t.total), h("td", {}, power(rows[rows.length - 1].gwCumulative)), h("td", {}, locale.number(total.acc, 0)), h("td", {}, locale.number(total.capex / 1e9, 1)))));
    return h("section", { class: "result", id: "result", "aria-labelledby": "result-heading" },
      h("h2", { id: "result-heading", class: "sr-only" }, t.result),
      h("div", { id: "messages", role: "status", "aria-live": "polite" },
        ...c.messages.map((m) => h("p", { class: `msg msg-${m.kind}` }, m.text))),
      h("p", { class: "subject-line", id: "subject-line" }, this.subjectLine()),
      failure !== undefined ? h("p", { class: "msg msg-error" }, failure) : null,
      rows.length > 0 ? measures : null,
      rows.length > 0 ? this.uncertaintyToggle() : null,
      rows.length > 0 ? h("figure", { class: "chart-box", id: "chart-box", "data-percentiles": this.percentiles.mode }) : null,
      rows.length > 0 ? h("p", { id: "fan-status", class: "sr-only", role: "status", "aria-live": "polite" }) : null,
      table);
  }

  private uncertaintyToggle(): HTMLElement {
    const c = this.controller;
    const input = h("input", { type: "checkbox", id: "show-uncertainty", onchange: (e) => c.setUncertainty((e.target as HTMLInputElement).checked) });
    input.checked = c.uncertainty;
    return h("div", { class: "check uncertainty" }, h("label", { for: "show-uncertainty" }, input, this.t.uncertainty));
  }

  private subjectLine(): string {
    const c = this.controller;
    return c.selected ? `${c.subjectName()} · ${c.selected}` : `${c.subjectName()} · ${this.t.noScenario}`;
  }

  /** At pane width the result sticks to the top: focusing an input scrolls it below the result, not under it. */
  private keepInputsClearOfResult(): void {
    const result = document.getElementById("result");
    const sticky = result !== null && window.matchMedia?.("(max-width: 759px)").matches;
    document.documentElement.style.setProperty("--sticky-height", sticky ? `${result.offsetHeight + 40}px` : "0px");
  }

  /**
   * At pane width, a field reached from the keyboard (or a text field, however reached) lines up its
   * top with the sticky result's bottom edge. Scrolled anywhere else, the line above the field (a
   * radio's "… in every deal", say) was half under the result, its lower half peeking out. A radio,
   * checkbox or list focused by the mouse stays put: the click must land where it was pressed.
   */
  private alignUnderResult(target: EventTarget | null): void {
    if (!(target instanceof HTMLElement) || !target.closest(".inputs")) return;
    const typing = target instanceof HTMLInputElement && target.type === "text";
    if (!typing && !target.matches(":focus-visible")) return;
    if (!window.matchMedia?.("(max-width: 759px)").matches) return;
    const field = target.closest(".field, fieldset") ?? target;
    requestAnimationFrame(() => {
      const result = document.getElementById("result");
      if (result === null || document.activeElement !== target) return;
      // 4 px below the edge: inside the field's own top margin, so nothing of the element above shows.
      // Scrolling down sticks the result to the top (its bottom then moves up to its height).
      const top = field.getBoundingClientRect().top;
      const edge = result.getBoundingClientRect();
      const stuck = top - edge.height - 4;
      const offset = edge.top - stuck <= 0 ? stuck : top - edge.bottom - 4;
      if (Math.abs(offset) > 0.5) window.scrollBy(0, offset);
    });
  }

  /** Draws the chart at the width its box has now (after layout), so its text is never scaled. */
  private drawChart(): void {
    const box = document.getElementById("chart-box");
    if (box === null) return;
    let rows: PreviewRow[];
    try {
      rows = this.controller.preview();
    } catch {
      return;
    }
    const mw = usesMegawatts(rows);
    const chosen = MEASURE_VIEWS.find((m) => m.key === this.controller.measure);
    const measure = chosen !== undefined && (chosen.available === undefined || chosen.available(rows)) ? chosen : MEASURE_VIEWS[0];
    const unit = measure.unit(this.t, mw);
    const digits = measure.digits(mw);
    const data: ChartData = {
      title: this.t.chartTitle(measure.name(this.t), unit, this.controller.subjectName(true)),
      unit,
      points: rows.map((r) => ({ label: this.periodText(r.year), value: measure.value(r, mw) })),
      format: (value) => this.locale.number(value, digits),
    };
    const width = Math.max(240, Math.floor(box.clientWidth));
    if (!this.controller.uncertainty) {
      box.replaceChildren(CHART_KINDS.bar(data, { width, id: "chart" }));
      return;
    }
    box.replaceChildren(this.fanChart(measure, mw, width));
  }

  /**
   * The fan: the announced path at once (exact, cheap), the percentiles when the worker has them.
   * Every render asks for the current inputs' percentiles; the client answers from its cache, or
   * computes and calls back, and a result for inputs that have changed since is never drawn.
   */
  private fanChart(measure: MeasureView, mw: boolean, width: number): SVGSVGElement {
    const c = this.controller;
    const t = this.t;
    const request: FanRequest = c.fanRequest(measure.fan, "year");
    const key = JSON.stringify(request);
    const result = this.percentiles.cached(request);
    if (result === undefined && this.fanFailure?.request !== key) {
      this.percentiles.request(request).then(
        (answer) => {
          if (answer !== undefined) this.drawChart();
        },
        (error: Error) => {
          this.fanFailure = { request: key, message: error.message };
          this.drawChart();
        });
    }
    const failed = result === undefined && this.fanFailure?.request === key ? t.percentilesFailed(this.fanFailure.message) : undefined;
    // The announced path is exact and cheap (no sampling): drawn here at once while the percentiles compute.
    let announced: { labels: number[]; values: number[] };
    if (result !== undefined) announced = { labels: [...result.labels], values: [...result.base] };
    else {
      try {
        announced = fanColumn(request, "base");
      } catch {
        announced = { labels: [], values: [] }; // the percentiles' request reports the functions' message
      }
    }
    const series = result !== undefined ? fanSeries(result, measure, mw) : undefined;
    const k = measure.scale(mw);
    const unit = measure.unit(t, mw);
    const digits = measure.digits(mw);
    const status = document.getElementById("fan-status");
    if (status !== null) status.textContent = failed ?? (result === undefined ? t.computingPercentiles : "");
    const chartBox = document.getElementById("chart-box");
    chartBox?.setAttribute("aria-busy", result === undefined && failed === undefined ? "true" : "false");
    const data: ChartData = {
      title: t.fanTitle(measure.name(t), unit, c.subjectName(true)),
      unit,
      points: announced.labels.map((label, i) => ({ label: this.periodText(label), value: series ? series.base[i] : announced.values[i] * k })),
      format: (value) => this.locale.number(value, digits),
      fan: series,
      fanText: {
        band: t.fanBand, median: t.fanMedian, announced: t.fanAnnounced, computing: failed ?? t.computingPercentiles,
        meaning: t.fanMeaning, point: t.fanPoint, announcedPoint: t.fanAnnouncedPoint,
      },
    };
    return CHART_KINDS.fan(data, { width, id: "chart" });
  }

  private insertSection(): HTMLElement {
    const c = this.controller;
    const periods: Array<[Period, string]> = [["year", this.t.periodYear], ["quarter", this.t.periodQuarter], ["month", this.t.periodMonth]];
    const periodSelect = h("select", { id: "insert-period", onchange: (e) => c.setPeriod((e.target as HTMLSelectElement).value as Period) },
      ...periods.map(([value, label]) => option(value, label, c.period === value)));
    return h("section", { "aria-labelledby": "insert-heading" },
      h("h2", { id: "insert-heading" }, this.t.insert),
      this.field("insert-period", this.t.period, periodSelect),
      this.percentileColumnsToggle(),
      h("div", { class: "row wrap" },
        this.asyncButton("insert-table", this.t.insertTable, () => c.insertTable()),
        this.asyncButton("insert-formulas", this.t.insertFormulas, () => c.insertFormulas()),
        this.asyncButton("insert-deals", this.t.insertDeals, () => c.insertDeals()),
        this.asyncButton("new-plan", this.t.newPlan, () => c.newPlan()),
        this.asyncButton("values-selection", this.t.valuesSelection, () => c.valuesOnly("selection")),
        this.asyncButton("values-sheet", this.t.valuesSheet, () => c.valuesOnly("sheet-copy")),
        this.asyncButton("repair-formulas", this.t.repair, () => c.repair())));
  }

  private percentileColumnsToggle(): HTMLElement {
    const c = this.controller;
    const input = h("input", { type: "checkbox", id: "insert-percentiles", onchange: (e) => c.setTablePercentiles((e.target as HTMLInputElement).checked) });
    input.checked = c.tablePercentiles;
    return h("div", { class: "check" }, h("label", { for: "insert-percentiles" }, input, this.t.insertPercentiles));
  }

  private previewWorkbookSection(workbook: PreviewWorkbook): HTMLElement {
    const locale = this.locale;
    return h("section", { id: "preview-workbook", "aria-label": this.t.insert },
      ...workbook.sheets.map((sheet) => h("details", {},
        h("summary", {}, sheet.name),
        h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": sheet.name },
          h("table", {}, h("thead", {}, h("tr", {}, ...sheet.spec.header.map((x) => h("th", { scope: "col" }, x)))),
            h("tbody", {}, ...sheet.spec.rows.map((row) => h("tr", {}, ...row.map((cell, i) => h("td", {}, formatCell(cell, sheet.spec.numberFormats[i], locale)))))))))),
      ...workbook.formulas.map((f) => h("p", { class: "formula" }, h("code", {}, f))));
  }
}


