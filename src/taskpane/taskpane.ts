/**
 * Task pane entry. Inside Excel it works on the workbook through Office.js and asks Office to load the
 * add-in with the document (so formulas compute when a colleague opens it); outside Office — a plain
 * browser, `npm start` on Linux — it runs the same pane against an in-browser preview workbook.
 */
import { ExcelWorkbook } from "../office/excel-workbook";
import { PREVIEW_DEALS, PaneController, SUBJECT_KINDS, type SubjectKind } from "./controller";
import { PreviewWorkbook } from "./preview-workbook";
import { localeFor } from "./strings";
import { MEASURE_VIEWS, PaneView } from "./view";
import { PercentileClient, type WorkerLike } from "./percentile-client";
import { createPercentileWorker } from "./worker-url";
import { setMessages } from "../i18n/messages";
import { MESSAGES_DE } from "../i18n/messages.de";

function officeTheme(): "dark" | "light" | undefined {
  const background = (typeof Office !== "undefined" && Office.context?.officeTheme?.bodyBackgroundColor) || "";
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/** The pane's own choices (not workbook data): kept per browser profile, so a reload comes back to them. */
const UI_STATE = "gigawatt.pane";
interface UiState {
  scenario?: string;
  deal?: string;
  kind?: string;
  portfolio?: string[];
  measure?: string;
  period?: string;
  uncertainty?: boolean;
  tablePercentiles?: boolean;
}

function readUiState(storage: Storage | undefined): UiState {
  try {
    const value = JSON.parse(storage?.getItem(UI_STATE) ?? "{}") as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as UiState) : {};
  } catch {
    return {};
  }
}

async function start(inExcel: boolean): Promise<void> {
  const root = document.getElementById("app");
  if (root === null) return;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const stored = (key: string) => {
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const query = new URLSearchParams(window.location.search);
  const displayLanguage = query.get("lang") ?? (inExcel ? Office.context.displayLanguage : stored("gigawatt.lang") ?? navigator.language);
  const locale = localeFor(displayLanguage);
  document.documentElement.lang = locale.tag;
  document.title = locale.text.title;
  if (locale.language === "de") setMessages(MESSAGES_DE);
  const theme = query.get("theme") ?? stored("gigawatt.theme") ?? officeTheme() ??
    (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  document.documentElement.dataset.theme = theme === "dark" ? "dark" : "light";

  const previewWorkbook = inExcel ? undefined : new PreviewWorkbook(storage);
  const controller = new PaneController(previewWorkbook ?? new ExcelWorkbook(), locale);
  const ui = readUiState(storage);
  if (PREVIEW_DEALS.some((d) => d.key === ui.deal)) controller.deal = ui.deal!;
  if (SUBJECT_KINDS.includes(ui.kind as SubjectKind)) controller.kind = ui.kind as SubjectKind;
  if (Array.isArray(ui.portfolio)) controller.portfolio = PREVIEW_DEALS.map((d) => d.key).filter((k) => ui.portfolio!.includes(k));
  if (MEASURE_VIEWS.some((m) => m.key === ui.measure)) controller.measure = ui.measure!;
  if (ui.period === "year" || ui.period === "quarter" || ui.period === "month") controller.period = ui.period;
  if (typeof ui.uncertainty === "boolean") controller.uncertainty = ui.uncertainty;
  if (typeof ui.tablePercentiles === "boolean") controller.tablePercentiles = ui.tablePercentiles;
  const switchLanguage = inExcel ? undefined : (language: "en" | "de") => {
    try {
      storage?.setItem("gigawatt.lang", language);
    } catch {
      // the query parameter below carries it anyway
    }
    const next = new URLSearchParams(window.location.search);
    next.set("lang", language);
    window.location.search = next.toString();
  };
  // The Monte Carlo runs in a worker; "?percentiles=steps" (tests of the fallback) or a host without
  // workers computes in steps on this thread instead.
  const percentiles = new PercentileClient({
    createWorker: typeof Worker === "function" && query.get("percentiles") !== "steps" ? () => createPercentileWorker() as unknown as WorkerLike : undefined,
  });
  const view = new PaneView(root, controller, { previewWorkbook, switchLanguage, percentiles });
  if (previewWorkbook) previewWorkbook.onChange = () => view.render();
  controller.onChange(() => {
    const state: UiState = {
      scenario: controller.selected, deal: controller.deal, kind: controller.kind, portfolio: controller.portfolio, measure: controller.measure, period: controller.period,
      uncertainty: controller.uncertainty, tablePercentiles: controller.tablePercentiles,
    };
    try {
      storage?.setItem(UI_STATE, JSON.stringify(state));
    } catch {
      // storage blocked: the pane starts from the defaults next time
    }
  });
  if (inExcel) {
    try {
      await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    } catch {
      // Older hosts without SharedRuntime 1.1 setStartupBehavior: the add-in still works when opened.
    }
  }
  await controller.load(ui.scenario);
}

const officeAvailable = typeof Office !== "undefined" && typeof Office.onReady === "function";
if (officeAvailable) {
  Office.onReady((info) => void start(info.host === Office.HostType.Excel));
} else {
  void start(false);
}
