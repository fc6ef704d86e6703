/**
 * Excel's "Help on this function" opens the function's helpUrl, and the manifest's SupportUrl is the
 * support page: every one of those URLs must be a page the build produced, with that function's help in
 * that language, and their links must lead somewhere.
 */
import fs from "fs";
import path from "path";
import { DIST, readMetadata } from "../helpers/bundle";
import germanTable from "../../src/i18n/functions.de.json";
import { FUNCTION_DEFS } from "../../src/functions/registry";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicUrl } = require("../../scripts/urls");

const BASE: string = publicUrl(true);

/** The file in dist/ a URL of the production build points at, or undefined when it points elsewhere. */
function fileOf(url: string): string | undefined {
  return url.startsWith(BASE) ? path.join(DIST, url.slice(BASE.length)) : undefined;
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe.each([["functions.json", "en"], ["functions.de.json", "de"]])("%s", (file, lang) => {
  const metadata = readMetadata(file) as ReturnType<typeof readMetadata> & { functions: Array<{ helpUrl?: string }> };

  test("every function has a helpUrl whose page exists in the build, in this language, about this function", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(FUNCTION_DEFS.map((d) => d.id).sort());
    for (const f of metadata.functions) {
      const page = fileOf(f.helpUrl ?? "");
      expect({ id: f.id, page: page !== undefined && fs.existsSync(page) }).toEqual({ id: f.id, page: true });
      const html = fs.readFileSync(page!, "utf8");
      expect(html).toMatch(new RegExp(`<html lang="?${lang}"?`));
      expect(html).toContain(`<h1>GW.${f.id}</h1>`);
      const words = text(html);
      expect(words).toContain(f.description);
      for (const p of f.parameters) expect(words).toContain(p.description);
    }
  });

  test("each page's links lead to pages in the build", () => {
    for (const f of metadata.functions) {
      const page = fileOf(f.helpUrl!)!;
      const html = fs.readFileSync(page, "utf8");
      const links = [...html.matchAll(/href="?([^" >]+)/g)].map((m) => m[1]);
      expect(links.length).toBeGreaterThanOrEqual(2);
      for (const link of links) expect({ from: f.id, link, exists: fs.existsSync(path.resolve(path.dirname(page), link)) }).toEqual({ from: f.id, link, exists: true });
    }
  });
});

test("the German pages carry the German result line from the translation table", () => {
  const html = fs.readFileSync(path.join(DIST, "help/de/CAPEX.html"), "utf8");
  expect(text(html)).toContain(germanTable.functions.CAPEX.returns.text);
  expect(text(html)).toContain("Beispiele");
});

test("the manifest's SupportUrl is the support page, which links every function's help in both languages", () => {
  const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  const url = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
  const page = fileOf(url);
  expect(page).toBe(path.join(DIST, "support.html"));
  const html = fs.readFileSync(page!, "utf8");
  for (const def of FUNCTION_DEFS) {
    for (const href of [`help/${def.id}.html`, `help/de/${def.id}.html`]) {
      expect(html).toContain(href);
      expect(fs.existsSync(path.join(DIST, href))).toBe(true);
    }
  }
  for (const code of ["#N/A", "#NUM!", "#VALUE!"]) expect(html).toContain(code);
});
