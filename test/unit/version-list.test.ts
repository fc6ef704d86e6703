/**
 * GW.VERSION([list]) through the functions Excel calls: the default is the current version in one cell
 * (what =GW.VERSION() always showed), list TRUE the kept versions as a table, checked against the data
 * folders on disk (files counted by the build's scripts, not by the catalog code).
 */
import { readFileSync } from "fs";
import path from "path";
import { callRegistered, loadRegistered, valueOf } from "../helpers/registered";

const registered = loadRegistered("src");
const DATA = path.resolve(__dirname, "../../src/model/catalog/data");
const releases = JSON.parse(readFileSync(path.join(DATA, "versions.json"), "utf8")) as { version: string; released: string; note: string }[];
// Files as the build's scripts resolve them (an overlay version's folder holds only what changed).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS, shared with webpack.config.js
const { readVersion } = require("../../scripts/catalog-validate");
const count = (version: string, kind: "systems" | "deals") => (readVersion(version)[kind] as unknown[]).length;
/** Days since Excel's day 0 (1899-12-30 in the 1900 system, after its 1900-02-29). */
const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

test("the default is the current (last released) version as a 1 × 1 result, for FALSE, 0 and text too", () => {
  const current = releases[releases.length - 1].version;
  for (const list of [null, false, 0, "FALSE", " falsch "]) expect(valueOf(registered, "VERSION", list)).toEqual([[current]]);
});

test("list TRUE gives every kept version, oldest first, with its release date, files and note; the last is current", () => {
  for (const list of [true, 1, "TRUE", "wahr"]) {
    expect(valueOf(registered, "VERSION", list)).toEqual([
      ["Version", "Released", "Systems", "Deals", "Note", "Status"],
      ...releases.map((r, i) => [r.version, serial(r.released), count(r.version, "systems"), count(r.version, "deals"), r.note,
        i === releases.length - 1 ? "current" : "kept"]),
    ]);
  }
  expect(serial("2026-11-25")).toBe(46351); // the day count itself: 2026-07-01 is 46204 (formula table), + 31 + 31 + 30 + 31 + 24
});

test("anything else is #VALUE! naming the argument", () => {
  for (const bad of [2, "yes", -1]) {
    const outcome = callRegistered(registered, "VERSION", [bad]);
    expect(outcome.error?.code).toBe("#VALUE!");
    expect(outcome.error?.message).toMatch(/^list must be TRUE or FALSE; got /);
  }
});
