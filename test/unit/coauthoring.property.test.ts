/**
 * Co-authoring, as a property: two or three panes over one simulated settings store, each loading,
 * editing (create, update, rename, delete) and receiving change events, with every load, save and
 * notification released in an order fast-check chooses (so a save can land between another pane's
 * reload and its write). After everyone has caught up:
 * - no acknowledged edit is lost: every version a pane wrote is in the history (trail) of the stored
 *   item, or was saved again as a copy of it ("copyOf");
 * - every conflict is reported: each copy, and each renamed collision, appears in its author's conflicts;
 * - the stored document always parses (after every write), and the unreadable items planted at the
 *   start are byte for byte the same at the end.
 * 2 × 5,000 runs = 10,000 interleavings.
 */
import fc from "fast-check";
import { PaneController } from "../../src/taskpane/controller";
import { localeFor } from "../../src/taskpane/strings";
import { publishScenarios } from "../../src/functions/scenarios";
import { CATALOG_VERSION } from "../../src/model/catalog";
import { ENTRY_PREFIX, HEADER_KEY, readStore, tag } from "../../src/model/scenario-store";
import { validateScenario } from "../../src/model/scenario";
import { FakeWorkbook, SettingsStore } from "../helpers/settings-store";

const EN = localeFor("en-US");
// 2 × 5,000 = 10,000 interleavings in every run (about 25 s on two cores).
const RUNS = Number(process.env.GIGAWATT_COAUTHOR_RUNS ?? 5000);

type Command = { kind: "create" | "update" | "rename" | "delete" | "refresh"; pick: number; value: number };
const command = fc.record({
  kind: fc.constantFrom("create", "update", "update", "rename", "delete", "refresh"),
  pick: fc.nat(5),
  value: fc.nat(40),
}) as fc.Arbitrary<Command>;
const clients = fc.array(fc.array(command, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 3 });

const BROKEN = "{oops: not json";
const FUTURE = JSON.stringify({ schema: 4, id: "future", rev: 3, by: "z", scenario: { name: "Future" } });
const REJECTED = { name: "Odd", case: "worst", overrides: {}, notes: "keep" };

function initialSettings(legacy: boolean): Record<string, string> {
  if (legacy) {
    return { [HEADER_KEY]: JSON.stringify({ schema: 2, catalogVersion: CATALOG_VERSION, scenarios: [
      { name: "Base", case: "base", overrides: { pue: 1.2 } }, REJECTED, { name: "Other", case: "high", overrides: {} },
    ] }) };
  }
  const seed = (id: string, name: string) => JSON.stringify({ schema: 3, id, rev: 1, by: "seed", trail: ["seed:1"], since: 0, scenario: { name, case: "base", overrides: {} } });
  return {
    [HEADER_KEY]: JSON.stringify({ schema: 3, catalogVersion: CATALOG_VERSION }),
    [`${ENTRY_PREFIX}base`]: seed("base", "Base"),
    [`${ENTRY_PREFIX}other`]: seed("other", "Other"),
    [`${ENTRY_PREFIX}broken`]: BROKEN,
    [`${ENTRY_PREFIX}future`]: FUTURE,
  };
}

interface Written {
  readonly id: string;
  readonly tag: string;
  readonly content: string;
  readonly deleted: boolean;
  readonly trail: readonly string[];
}

async function perform(pane: PaneController, cmd: Command): Promise<void> {
  const names = pane.document.scenarios.map((s) => s.name);
  if (cmd.kind === "refresh") return pane.refresh();
  if (cmd.kind === "create") {
    await pane.create(`S${cmd.value % 4}`);
    return;
  }
  if (names.length === 0) return;
  pane.select(names[cmd.pick % names.length]);
  const scenario = pane.scenario!;
  if (cmd.kind === "update") await pane.update({ ...scenario, overrides: { ...scenario.overrides, pue: 1 + (cmd.value % 40) / 10 } });
  else if (cmd.kind === "rename") await pane.rename(`N${cmd.value % 3}`);
  else await pane.remove();
}

async function run(s: fc.Scheduler, plan: Command[][], legacy: boolean): Promise<void> {
  const store = new SettingsStore(initialSettings(legacy));
  const problems: string[] = [];
  const written: Written[] = [];
  const planted = legacy ? {} : { broken: BROKEN, future: FUTURE };
  store.deliver = (notify) => void s.schedule(Promise.resolve(), "notify").then(notify);
  const write = store.write.bind(store);
  store.write = (from, changes) => {
    write(from, changes);
    const view = readStore(store.settings, CATALOG_VERSION);
    if (view.fatal !== undefined || view.readOnly) problems.push(`unreadable after a write: ${view.fatal}`);
    for (const [key, json] of Object.entries(changes)) {
      if (!key.startsWith(ENTRY_PREFIX) || json === null) continue;
      const item = JSON.parse(json);
      // Compared as read: a scenario without a pin reads pinned to the store's version (CATALOG_VERSION here).
      written.push({ id: item.id, tag: tag(item.by, item.rev), content: JSON.stringify(validateScenario(item.scenario, undefined, CATALOG_VERSION).scenario ?? item.scenario ?? null), deleted: item.deleted === true, trail: item.trail });
    }
    for (const [id, text] of Object.entries(planted)) if (store.settings[ENTRY_PREFIX + id] !== text) problems.push(`planted item ${id} changed`);
  };
  let ids = 0;
  const panes = plan.map((_, i) => {
    const workbook = new FakeWorkbook(store, `p${i}`);
    workbook.gate = (label, value) => s.schedule(Promise.resolve(), label).then(value);
    return new PaneController(workbook, EN, { clientId: `p${i}`, newId: () => `p${i}x${++ids}`, now: () => 1e12 + ids });
  });
  await s.waitFor(Promise.all(panes.map(async (pane, i) => {
    await pane.load();
    for (const cmd of plan[i]) await perform(pane, cmd);
  })));
  // Everyone catches up: reload until no pane has anything left to save.
  for (let round = 0; round < 6; round++) {
    const before = store.history.length;
    await s.waitFor(Promise.all(panes.map((pane) => pane.refresh())));
    await s.waitIdle();
    if (store.history.length === before) break;
  }

  const view = readStore(store.settings, CATALOG_VERSION);
  const items = [...view.versions.values()];
  // Preserved: in the stored item's history, saved again as a copy, or built upon by a later version
  // (of anyone) that is itself preserved; or a co-author wrote the very same content and that stands.
  const memo = new Map<Written, boolean>();
  const preserved = (w: Written): boolean => {
    if (memo.has(w)) return memo.get(w)!;
    memo.set(w, false);
    const result = items.some((item) => (item.id === w.id && item.trail.includes(w.tag)) || item.wrapper.copyOf === `${w.id}@${w.tag}`) ||
      written.some((o) => o !== w && o.id === w.id && ((o.trail.includes(w.tag) && (o.deleted || preserved(o))) || (o.content === w.content && !w.deleted && preserved(o))));
    memo.set(w, result);
    return result;
  };
  for (const w of written) if (!w.deleted && !preserved(w)) problems.push(`lost: ${w.id} ${w.tag} ${w.content}`);
  const inHistory = (w: Written) => items.some((item) => item.id === w.id && item.trail.includes(w.tag)) ||
    written.some((o) => o !== w && o.id === w.id && o.trail.includes(w.tag) && !o.deleted && preserved(o));
  const conflicts = panes.flatMap((pane, i) => pane.conflicts.map((c) => ({ pane: `p${i}`, ...c })));
  for (const item of items) {
    if (typeof item.wrapper.copyOf !== "string") continue;
    const author = item.trail[0]?.split(":")[0];
    if (!conflicts.some((c) => c.pane === author && c.copyId === item.id)) problems.push(`unreported copy ${item.id} by ${author}`);
  }
  for (const c of conflicts) if (c.message === "") problems.push("a conflict without a message");
  // A deletion a co-author's save undid is reported to the one who deleted (not when the item ends
  // deleted or gone anyway: that is what they asked for).
  const undone = (id: string) => items.some((item) => item.id === id && !item.deleted);
  for (const w of written) {
    const author = w.tag.split(":")[0];
    if (w.deleted && !inHistory(w) && undone(w.id) && !conflicts.some((c) => c.pane === author && c.kind === "deleteLost")) problems.push(`unreported lost deletion ${w.id} ${w.tag}`);
  }
  // Kept verbatim: the rejected old entry is still stored as it was.
  if (legacy && !items.some((item) => JSON.stringify(item.wrapper.scenario) === JSON.stringify(REJECTED))) problems.push("rejected legacy entry lost");
  // Names stay unique for the functions once everyone has caught up.
  if (view.hidden.size > 0) problems.push(`duplicate names left: ${[...view.hidden].join(", ")}`);
  for (const pane of panes) pane.dispose();
  if (problems.length > 0) {
    const state = items.map((i) => `${i.id} ${i.by}:${i.rev} [${i.trail.join(" ")}]${i.deleted ? " deleted" : ""} copyOf=${String(i.wrapper.copyOf)} ${i.name}`);
    throw new Error([...problems, ...state, ...conflicts.map((c) => `${c.pane}: ${c.message}`), ...written.map((w) => `w ${w.id} ${w.tag} ${w.deleted}`)].join("\n"));
  }
}

afterAll(() => publishScenarios([]));

test.each([["items", false], ["an older add-in's whole document", true]] as const)(
  "co-authors over a store starting with %s: no acknowledged edit lost, every conflict reported, always readable",
  async (_start, legacy) => {
    await fc.assert(fc.asyncProperty(fc.scheduler(), clients, (s, plan) => run(s, plan, legacy)), { numRuns: RUNS });
  },
  600_000,
);
