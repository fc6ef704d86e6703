/**
 * Task pane entry. Inside Excel it works on the workbook through Office.js and asks Office to load the
 * add-in with the document (so formulas compute when a colleague opens it); outside Office — a plain
 * browser, `npm start` on Linux — it runs the same pane against an in-browser preview workbook.
 */
import { ExcelWorkbook } from "../office/excel-workbook";
import { PaneController } from "./controller";
import { PreviewWorkbook } from "./preview-workbook";
import { localeFor } from "./strings";
import { PaneView } from "./view";
import { setMessages } from "../i18n/messages";
import { MESSAGES_DE } from "../i18n/messages.de";

function officeTheme(): "dark" | "light" | undefined {
  const background = (typeof Office !== "undefined" && Office.context?.officeTheme?.bodyBackgroundColor) || "";
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

function queryLanguage(): string | undefined {
  return new URLSearchParams(window.location.search).get("lang") ?? undefined;
}

async function start(inExcel: boolean): Promise<void> {
  const root = document.getElementById("app");
  if (root === null) return;
  const displayLanguage = queryLanguage() ?? (inExcel ? Office.context.displayLanguage : navigator.language);
  const locale = localeFor(displayLanguage);
  document.documentElement.lang = locale.tag;
  if (locale.language === "de") setMessages(MESSAGES_DE);
  const theme = new URLSearchParams(window.location.search).get("theme") ?? officeTheme() ??
    (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  document.documentElement.dataset.theme = theme;

  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const previewWorkbook = inExcel ? undefined : new PreviewWorkbook(storage);
  const controller = new PaneController(previewWorkbook ?? new ExcelWorkbook(), locale);
  const view = new PaneView(root, controller, previewWorkbook);
  if (previewWorkbook) previewWorkbook.onChange = () => view.render();
  if (inExcel) {
    try {
      await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    } catch {
      // Older hosts without SharedRuntime 1.1 setStartupBehavior: the add-in still works when opened.
    }
  }
  await controller.load();
}

const officeAvailable = typeof Office !== "undefined" && typeof Office.onReady === "function";
if (officeAvailable) {
  Office.onReady((info) => void start(info.host === Office.HostType.Excel));
} else {
  void start(false);
}
