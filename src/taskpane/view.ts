/**
 * Renders the pane from the controller's state. Everything from the workbook is inserted as text
 * (dom.ts has no HTML path). Focus and caret survive re-rendering, so keyboard users keep their place.
 */
import { ASSUMPTIONS, CASES, CATALOG_VERSION, DEALS, SYSTEMS, systemByKey, type AssumptionKey, type Case } from "../model/catalog";
import type { ScenarioData } from "../model/scenario";
import { barChart } from "./chart";
import { PREVIEW_DEALS, type PaneController } from "./controller";
import { h } from "./dom";
import type { PreviewWorkbook } from "./preview-workbook";

type NameAction = "create" | "duplicate" | "rename" | undefined;

/** After a re-render, puts back what the user typed into a field the pane could not read, marked invalid. */
function keepInvalid(id: string, typed: string): void {
  const input = document.getElementById(id);
  if (input instanceof HTMLInputElement) {
    input.value = typed;
    input.setAttribute("aria-invalid", "true");
  }
}

/** A copy of `record` with `key` set to `value`, or without `key` when the value is cleared. */
function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V | undefined): Record<string, V> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export class PaneView {
  private nameAction: NameAction;
  private confirmingDelete = false;

  constructor(private readonly root: HTMLElement, private readonly controller: PaneController, private readonly previewWorkbook?: PreviewWorkbook) {
    controller.onChange(() => this.render());
  }

  render(): void {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
    const caret = document.activeElement instanceof HTMLInputElement ? document.activeElement.selectionStart : null;
    this.root.replaceChildren(...this.sections());
    const again = focused ? document.getElementById(focused) : null;
    if (again) {
      again.focus();
      if (again instanceof HTMLInputElement && caret !== null) again.setSelectionRange(caret, caret);
    }
  }

  private get t() {
    return this.controller.locale.text;
  }

  private sections(): HTMLElement[] {
    const c = this.controller;
    return [
      h("header", { class: "header" },
        h("h1", {}, this.t.title),
        h("span", { class: "muted", id: "catalog-version" }, this.t.catalog(CATALOG_VERSION)),
        h("button", { type: "button", id: "theme-toggle", class: "link", "aria-pressed": String(document.documentElement.dataset.theme === "dark"), onclick: () => this.toggleTheme() }, this.t.theme)),
      c.workbook.kind === "preview" ? h("p", { class: "notice" }, this.t.previewMode) : null,
      h("div", { id: "messages", role: "status", "aria-live": "polite" },
        ...c.messages.map((m) => h("p", { class: `msg msg-${m.kind}` }, m.text))),
      this.scenarioSection(),
      c.scenario ? this.assumptionSection(c.scenario) : null,
      this.previewSection(),
      this.insertSection(),
      this.previewWorkbook ? this.previewWorkbookSection(this.previewWorkbook) : null,
    ].filter((e): e is HTMLElement => e !== null);
  }

  private toggleTheme(): void {
    const root = document.documentElement;
    root.dataset.theme = root.dataset.theme === "dark" ? "light" : "dark";
    this.render();
  }

  private scenarioSection(): HTMLElement {
    const c = this.controller;
    const select = h("select", { id: "scenario-select", "aria-label": this.t.scenario, onchange: (e) => c.select((e.target as HTMLSelectElement).value) },
      ...c.document.scenarios.map((s) => {
        const option = h("option", { value: s.name }, s.name);
        option.selected = s.name === c.selected;
        return option;
      }));
    const button = (id: string, label: string, action: () => void, disabled = false) =>
      h("button", { type: "button", id, onclick: action, disabled: disabled || c.readOnly }, label);
    const none = c.scenario === undefined;
    return h("section", { "aria-labelledby": "scenarios-heading" },
      h("h2", { id: "scenarios-heading" }, this.t.scenarios),
      c.document.scenarios.length > 0 ? h("label", { class: "field" }, this.t.scenario, select) : h("p", { class: "muted" }, this.t.noScenarios),
      h("div", { class: "row" },
        button("scenario-new", this.t.create, () => this.askName("create")),
        button("scenario-duplicate", this.t.duplicate, () => this.askName("duplicate"), none),
        button("scenario-rename", this.t.rename, () => this.askName("rename"), none),
        button("scenario-delete", this.t.delete, () => { this.confirmingDelete = true; this.render(); }, none)),
      this.nameAction ? this.nameForm() : null,
      this.confirmingDelete && c.selected ? this.deleteConfirm(c.selected) : null);
  }

  private askName(action: NameAction): void {
    this.nameAction = action;
    this.confirmingDelete = false;
    this.render();
    document.getElementById("scenario-name")?.focus();
  }

  private nameForm(): HTMLElement {
    const c = this.controller;
    const input = h("input", { id: "scenario-name", type: "text", maxlength: 64, autocomplete: "off", value: this.nameAction === "rename" ? c.selected ?? "" : "" });
    const submit = async (event: Event) => {
      event.preventDefault();
      const action = this.nameAction;
      const ok = action === "create" ? await c.create(input.value) : action === "duplicate" ? await c.duplicate(input.value) : await c.rename(input.value);
      if (ok) {
        this.nameAction = undefined;
        this.render();
      }
    };
    return h("form", { class: "row", id: "name-form", onsubmit: submit },
      h("label", { class: "field grow" }, this.t.namePrompt, input),
      h("button", { type: "submit", id: "scenario-name-ok", class: "primary" }, "OK"),
      h("button", { type: "button", onclick: () => { this.nameAction = undefined; this.render(); } }, "✕"));
  }

  private deleteConfirm(name: string): HTMLElement {
    return h("div", { class: "row confirm", role: "alertdialog", "aria-label": this.t.delete },
      h("p", {}, this.t.confirmDelete(name)),
      h("button", { type: "button", id: "scenario-delete-confirm", class: "danger", onclick: async () => { this.confirmingDelete = false; await this.controller.remove(); } }, this.t.delete),
      h("button", { type: "button", onclick: () => { this.confirmingDelete = false; this.render(); } }, "✕"));
  }

  private assumptionSection(scenario: ScenarioData): HTMLElement {
    const c = this.controller;
    const locale = c.locale;
    const update = (patch: Partial<ScenarioData>) => c.update({ ...scenario, ...patch });
    const caseLabels: Record<Case, string> = { low: this.t.estimateLow, base: this.t.estimateBase, high: this.t.estimateHigh };
    const caseSelect = h("select", { id: "scenario-case", onchange: (e) => update({ case: (e.target as HTMLSelectElement).value as Case }), disabled: c.readOnly },
      ...CASES.map((value) => {
        const option = h("option", { value }, caseLabels[value]);
        option.selected = value === scenario.case;
        return option;
      }));
    const numberInput = (id: string, label: string, current: number | undefined, placeholder: string, commit: (value: number | undefined) => void) => {
      const input = h("input", { id, type: "text", inputmode: "decimal", autocomplete: "off", placeholder, value: current === undefined ? "" : locale.number(current, 12), disabled: c.readOnly });
      input.addEventListener("change", () => {
        const parsed = locale.parse(input.value);
        if (input.value.trim() !== "" && parsed === undefined) {
          c.report("error", this.t.invalid(label));
          keepInvalid(id, input.value);
          return;
        }
        commit(parsed);
      });
      return h("label", { class: "field" }, label, input);
    };
    const assumptionFields = ASSUMPTIONS.map((a) => numberInput(`ov-${a.key}`, this.t.assumption[a.key] ?? a.description, scenario.overrides[a.key as AssumptionKey],
      this.t.catalogDefault(locale.number(a[scenario.case], 4)), (value) => void update({ overrides: withEntry(scenario.overrides as Record<string, number>, a.key, value) })));
    const deal = DEALS.find((d) => d.key === c.deal)!;
    const mixSelect = h("select", { id: "deal-mix", disabled: c.readOnly, onchange: (e) => {
      const value = (e.target as HTMLSelectElement).value;
      void update({ systemOverrides: withEntry(scenario.systemOverrides, deal.key, value === "" ? undefined : value) });
    } }, h("option", { value: "" }, this.t.mixDefault), ...SYSTEMS.map((s) => {
      const option = h("option", { value: s.key }, s.name);
      option.selected = scenario.systemOverrides[deal.key] === s.key;
      return option;
    }));
    const system = systemByKey(scenario.systemOverrides[deal.key] ?? deal.tranches[0].system);
    const separator = locale.language === "de" ? "; " : ", ";
    const rampInput = h("input", { id: "deal-ramp", type: "text", autocomplete: "off", disabled: c.readOnly,
      value: (scenario.rampOverrides[deal.key] ?? []).map((v) => locale.number(v, 6)).join(separator) });
    rampInput.addEventListener("change", () => {
      const parts = rampInput.value.split(locale.language === "de" ? /;/ : /[;,]/).map((p) => p.trim()).filter((p) => p !== "");
      const values = parts.map((p) => locale.parse(p));
      if (values.some((v) => v === undefined)) {
        c.report("error", this.t.invalid(this.t.ramp));
        keepInvalid("deal-ramp", rampInput.value);
        return;
      }
      void update({ rampOverrides: withEntry(scenario.rampOverrides, deal.key, values.length === 0 ? undefined : (values as number[])) });
    });
    return h("section", { "aria-labelledby": "assumptions-heading" },
      h("h2", { id: "assumptions-heading" }, this.t.assumptions),
      h("label", { class: "field" }, this.t.estimate, caseSelect),
      ...assumptionFields,
      h("h3", {}, deal.name),
      h("label", { class: "field" }, this.t.mix, mixSelect),
      numberInput("system-price", `${this.t.price}: ${system.name}`, scenario.priceOverrides[system.key],
        this.t.catalogDefault(locale.number(system.pricePerSystemUsd[scenario.case], 0)),
        (value) => void update({ priceOverrides: withEntry(scenario.priceOverrides, system.key, value) })),
      h("label", { class: "field" }, this.t.ramp, rampInput));
  }

  private previewSection(): HTMLElement {
    const c = this.controller;
    const locale = c.locale;
    const dealSelect = h("select", { id: "preview-deal", onchange: (e) => c.selectDeal((e.target as HTMLSelectElement).value) },
      ...PREVIEW_DEALS.map((d) => {
        const option = h("option", { value: d.key }, d.name);
        option.selected = d.key === c.deal;
        return option;
      }));
    let content: HTMLElement[];
    try {
      const rows = c.preview();
      content = [
        h("table", { id: "preview-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, this.t.year), h("th", { scope: "col" }, this.t.gwAdded), h("th", { scope: "col" }, this.t.capexBn))),
          h("tbody", {}, ...rows.map((r) => h("tr", {}, h("td", {}, String(r.year)), h("td", {}, locale.number(r.gwAdded)), h("td", {}, locale.number(r.capexUsd / 1e9, 1)))))),
        h("figure", { class: "chart-box" }, barChart(rows, locale) as unknown as HTMLElement),
      ];
    } catch (error) {
      content = [h("p", { class: "msg msg-error" }, (error as Error).message)];
    }
    return h("section", { "aria-labelledby": "preview-heading" },
      h("h2", { id: "preview-heading" }, this.t.previewTitle),
      h("label", { class: "field" }, this.t.deal, dealSelect),
      ...content);
  }

  private insertSection(): HTMLElement {
    const c = this.controller;
    const button = (id: string, label: string, action: () => Promise<void>) => h("button", { type: "button", id, onclick: () => void action() }, label);
    return h("section", { "aria-labelledby": "insert-heading" },
      h("h2", { id: "insert-heading" }, this.t.insert),
      h("div", { class: "row wrap" },
        button("insert-table", this.t.insertTable, () => c.insertTable()),
        button("insert-formulas", this.t.insertFormulas, () => c.insertFormulas()),
        button("values-selection", this.t.valuesSelection, () => c.valuesOnly("selection")),
        button("values-sheet", this.t.valuesSheet, () => c.valuesOnly("sheet-copy")),
        button("repair-formulas", this.t.repair, () => c.repair())));
  }

  private previewWorkbookSection(workbook: PreviewWorkbook): HTMLElement {
    return h("section", { id: "preview-workbook", "aria-label": "Preview workbook" },
      ...workbook.sheets.map((sheet) => h("details", {},
        h("summary", {}, sheet.name),
        h("table", {}, h("thead", {}, h("tr", {}, ...sheet.spec.header.map((x) => h("th", { scope: "col" }, x)))),
          h("tbody", {}, ...sheet.spec.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", {}, typeof cell === "number" ? this.controller.locale.number(cell) : cell)))))))),
      ...workbook.formulas.map((f) => h("p", { class: "formula" }, h("code", {}, f))));
  }
}
