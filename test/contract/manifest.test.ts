/** The built manifest against the build output, offline (see scripts/manifest-check.js). */
import fs from "fs";
import os from "os";
import path from "path";
import { DIST } from "../helpers/bundle";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-check");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicUrl } = require("../../scripts/urls");

test("the production manifest passes every offline check", () => {
  expect(checkManifest(DIST, publicUrl(true))).toEqual([]);
});

test("the production manifest has no development URL left", () => {
  expect(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8")).not.toContain("localhost");
});

describe("the checks catch what they claim to", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gw-manifest-"));
    fs.cpSync(DIST, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function mutate(from: string | RegExp, to: string): string[] {
    const file = path.join(dir, "manifest.xml");
    const text = fs.readFileSync(file, "utf8");
    const next = text.replace(from, to);
    expect(next).not.toBe(text);
    fs.writeFileSync(file, next);
    return checkManifest(dir, publicUrl(true));
  }

  test("malformed XML", () => expect(mutate("</OfficeApp>", "</OfficeAp>").join()).toMatch(/XML/));
  test("a dangling resid", () => expect(mutate('resid="Group.Label"', 'resid="Group.Lable"').join()).toMatch(/Group\.Lable.*has no resource/));
  test("a URL outside the build", () => expect(mutate("functions.json\"", "functions-old.json\"").join()).toMatch(/did not produce/));
  test("a different namespace", () => expect(mutate('DefaultValue="GW"', 'DefaultValue="CAPACITY"').join()).toMatch(/namespace is CAPACITY/));
  test("a short-lived runtime", () => expect(mutate('lifetime="long"', 'lifetime="short"').join()).toMatch(/lifetime/));
  test("a pane outside the shared runtime", () => {
    const problems = mutate(/(<Action xsi:type="ShowTaskpane">[\s\S]*?)resid="Taskpane.Url"/, '$1resid="GetStarted.LearnMoreUrl"');
    expect(problems.join()).toMatch(/ShowTaskpane .* is not the shared runtime/);
  });
  test("a page that does not load the functions", () => {
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<html><script src=taskpane.js></script></html>");
    expect(checkManifest(dir, publicUrl(true)).join()).toMatch(/does not load the functions script functions\.js/);
  });
});
