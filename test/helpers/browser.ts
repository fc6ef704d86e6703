/**
 * Headless Chromium (Debian's) driving the built pane: dist/ served on 127.0.0.1, office.js answered
 * from the @microsoft/office-js package (the CDN is not reachable here), every other request refused.
 */
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST } from "./bundle";

const OFFICE_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
export const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

export interface PaneHarness {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
  open(query?: string, width?: number): Promise<{ page: Page; errors: string[] }>;
}

const AXE = require.resolve("axe-core/axe.min.js");

/** axe-core's WCAG 2.0/2.1 A and AA rules over the whole page; returns each violation as "rule: target". */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} ${n.failureSummary ?? ""}`));
  });
}

export async function startHarness(): Promise<PaneHarness> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const file = path.join(DIST, path.normalize(url.pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  return {
    browser,
    baseUrl,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
    async open(query = "", width = 350) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.origin === baseUrl) return route.continue();
        const hosted = /\/lib\/1\/hosted\/(.+)$/.exec(url.pathname);
        if (url.hostname === "appsforoffice.microsoft.com" && hosted) {
          const file = path.join(OFFICE_DIST, path.normalize(hosted[1]));
          if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
        }
        return route.abort();
      });
      await page.goto(`${baseUrl}/taskpane.html${query}`);
      await page.waitForSelector("#scenario-new");
      // Animations off: screenshots and axe's contrast checks see the settled page.
      await page.emulateMedia({ reducedMotion: "reduce" });
      return { page, errors };
    },
  };
}

/** A fresh pane: no stored scenarios or pane state. */
export async function openFresh(harness: PaneHarness, query = "", width = 350): Promise<{ page: Page; errors: string[] }> {
  const opened = await harness.open(query, width);
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.reload();
  await opened.page.waitForSelector("#scenario-new");
  return opened;
}
