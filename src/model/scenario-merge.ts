/**
 * Merging one author's scenario edits into what the workbook holds now (reloaded just before the
 * save). Rules, per scenario item:
 * - unchanged since the edit began: the edit is written as the next revision;
 * - changed by a co-author meanwhile: their version stays under the name; ours is written as a new
 *   scenario named "… (copy)", and a conflict says so (nothing is dropped silently);
 * - deleted by a co-author while we edited: ours is written as a new scenario, reported;
 * - deleted by us while a co-author edited: their version stays, reported;
 * - a name a co-author took meanwhile: ours gets the copy name, reported.
 * After a save lands, a later reload can show that a co-author's save (made without seeing ours)
 * replaced it: `reconcile` finds such versions by their trail and saves them again as copies.
 */
import { MAX_NAME_LENGTH, type ScenarioData, scenarioKey } from "./scenario";
import { SCENARIO_TEXT_EN, type ScenarioText } from "./scenario-text";
import {
  HEADER_KEY, LEGACY_AUTHOR, MAX_STORE_CHARS, type Settings, type StoreView, type Version, entryKey, headerJson, storeSize, tag, writeItem,
} from "./scenario-store";

export interface VersionRef {
  readonly rev: number;
  readonly by: string;
}

export type Op =
  /** Write a scenario: `base` is the version the edit started from (none for a new scenario). */
  | { readonly kind: "put"; readonly id: string; readonly base?: VersionRef; readonly data: ScenarioData }
  | { readonly kind: "delete"; readonly id: string; readonly base: VersionRef; /** As the pane showed it, for the message when a co-author's version has no readable name. */ readonly name: string }
  /** Save again, as a copy, a version of ours that a co-author's save replaced unseen (see reconcile). */
  | { readonly kind: "restore"; readonly ack: Ack };

export type ConflictKind = "edited" | "overwritten" | "deleted" | "deleteLost" | "nameTaken";

export interface Conflict {
  readonly kind: ConflictKind;
  /** The scenario's name as the co-author left it (or as we had it); none when neither is readable. */
  readonly name?: string;
  /** The id and name our version was saved under, when it was kept as a copy. */
  readonly copyId?: string;
  readonly copyName?: string;
  readonly message: string;
}

/** A version this author saved and the store acknowledged; watched until a later version includes it. */
export interface Ack {
  readonly id: string;
  readonly rev: number;
  readonly by: string;
  readonly deleted: boolean;
  readonly data?: ScenarioData;
  /** The name the item had (for a deletion, the name it had before). */
  readonly name?: string;
}

export interface MergeResult {
  /** Settings to write in one batch (every item this save changes, and the header when it changes). */
  readonly writes: Record<string, string>;
  readonly conflicts: readonly Conflict[];
  /** The versions written, to watch (see reconcile). */
  readonly acks: readonly Ack[];
  /** Refused before anything is written: the result would exceed the settings size limit. */
  readonly refused?: string;
}

export interface Author {
  /** This pane's id, recorded as the author of its versions. */
  readonly me: string;
  readonly newId: () => string;
  readonly now: () => number;
}

function sameRef(v: Version | undefined, ref: VersionRef): boolean {
  return v !== undefined && v.rev === ref.rev && v.by === ref.by;
}

function sameScenario(a: ScenarioData | undefined, b: ScenarioData): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** A name no visible scenario (nor one written in this merge) has: "X (copy)", "X (copy 2)", …, within 64 characters. */
function freeName(name: string, taken: Set<string>, text: ScenarioText): string {
  for (let n = 1; ; n++) {
    const suffix = text.copyName("", n);
    const candidate = text.copyName(name.slice(0, MAX_NAME_LENGTH - suffix.length), n);
    if (!taken.has(scenarioKey(candidate))) return candidate;
  }
}

/**
 * Merges `ops` (edits made on an older view) into `fresh` (the store as reloaded now). Returns the
 * settings to write, or `refused` when the result would be too large (then nothing may be written).
 */
export function merge(fresh: StoreView, ops: readonly Op[], author: Author, catalogVersion: string, text: ScenarioText = SCENARIO_TEXT_EN): MergeResult {
  const writes: Record<string, string> = {};
  const conflicts: Conflict[] = [];
  const acks: Ack[] = [];
  const current = new Map(fresh.versions);
  // Names in use by a scenario that is not the one being written (visible or hidden), by id.
  const nameOwner = new Map<string, string>();
  for (const v of fresh.versions.values()) if (v.data !== undefined && !v.deleted && !nameOwner.has(scenarioKey(v.data.name))) nameOwner.set(scenarioKey(v.data.name), v.id);
  for (const { id, data } of fresh.visible) nameOwner.set(scenarioKey(data.name), id);

  const write = (id: string, content: { data: ScenarioData } | { deleted: true }, extra?: Record<string, unknown>) => {
    const previous = current.get(id);
    const { json, version } = writeItem(previous, id, author.me, author.now(), content, extra);
    current.set(id, version);
    writes[entryKey(id)] = json;
    if ("data" in content) nameOwner.set(scenarioKey(content.data.name), id);
    acks.push({ id, rev: version.rev, by: version.by, deleted: version.deleted, data: version.data, name: version.name });
  };
  /** Writes `data` as a new scenario (under a copy name if its own is taken); `copyOf` records which version it preserves. */
  const writeCopy = (data: ScenarioData, copyOf: string): { id: string; name: string } => {
    const id = author.newId();
    const name = nameOwner.has(scenarioKey(data.name)) ? freeName(data.name, new Set(nameOwner.keys()), text) : data.name;
    write(id, { data: { ...data, name } }, { copyOf });
    return { id, name };
  };
  const nameTakenByOther = (name: string, id: string) => {
    const owner = nameOwner.get(scenarioKey(name));
    return owner !== undefined && owner !== id;
  };

  for (const op of ops) {
    if (op.kind === "restore") {
      const { ack } = op;
      const stored = current.get(ack.id);
      if (ack.data === undefined) {
        // Our deletion (only deletions are acknowledged without data) was replaced unseen. Said only when
        // a co-author's version is there to keep; an item deleted or gone meanwhile is what we asked for.
        if (stored === undefined || stored.deleted) continue;
        const name = stored.name ?? ack.name;
        conflicts.push({ kind: "deleteLost", name, message: text.conflictDeleteLost(name) });
        continue;
      }
      if (stored !== undefined && !stored.deleted && sameScenario(stored.data, ack.data)) continue; // they wrote the same
      const name = stored?.name ?? ack.data.name;
      const copy = writeCopy(ack.data, `${ack.id}@${tag(ack.by, ack.rev)}`);
      conflicts.push({ kind: "overwritten", name, copyId: copy.id, copyName: copy.name, message: text.conflictOverwritten(name, copy.name) });
      continue;
    }
    const stored = current.get(op.id);
    if (op.kind === "delete") {
      if (stored === undefined || stored.deleted) continue; // already gone
      if (sameRef(stored, op.base)) {
        if (stored.data && nameOwner.get(scenarioKey(stored.data.name)) === op.id) nameOwner.delete(scenarioKey(stored.data.name));
        write(op.id, { deleted: true });
      } else {
        const name = stored.name ?? op.name;
        conflicts.push({ kind: "deleteLost", name, message: text.conflictDeleteLost(name) });
      }
      continue;
    }
    if (op.base === undefined || sameRef(stored, op.base)) {
      if (op.base === undefined && stored !== undefined) continue; // an id is never reused
      const previousName = stored?.data?.name;
      if (previousName !== undefined && nameOwner.get(scenarioKey(previousName)) === op.id) nameOwner.delete(scenarioKey(previousName));
      if (nameTakenByOther(op.data.name, op.id)) {
        // A co-author took the name meanwhile (or took it first in a race): ours keeps its item, renamed.
        const name = freeName(op.data.name, new Set(nameOwner.keys()), text);
        write(op.id, { data: { ...op.data, name } });
        conflicts.push({ kind: "nameTaken", name: op.data.name, copyId: op.id, copyName: name, message: text.conflictNameTaken(op.data.name, name) });
        continue;
      }
      write(op.id, { data: op.data });
      continue;
    }
    if (stored !== undefined && !stored.deleted && sameScenario(stored.data, op.data)) continue; // the same edit twice
    const copyOf = `${op.id}@${tag(op.base.by, op.base.rev)}`;
    const copy = writeCopy(op.data, copyOf);
    if (stored === undefined || stored.deleted) {
      const name = stored?.name ?? op.data.name;
      conflicts.push({ kind: "deleted", name, copyId: copy.id, copyName: copy.name, message: text.conflictDeleted(name, copy.name) });
    } else {
      const name = stored.name ?? op.data.name;
      conflicts.push({ kind: "edited", name, copyId: copy.id, copyName: copy.name, message: text.conflictEdited(name, copy.name) });
    }
  }

  if (Object.keys(writes).length > 0 && fresh.layout !== "items") {
    // The first save by this version: split an older whole document into items (deterministic ids,
    // so two panes doing it at once write the same), and mark the layout in the header.
    for (const v of fresh.versions.values()) {
      if (v.by === LEGACY_AUTHOR && v.rev === 1 && writes[entryKey(v.id)] === undefined) writes[entryKey(v.id)] = JSON.stringify(v.wrapper);
    }
    // The header keeps the version the stored scenarios were made with: scenarios saved without a pin
    // read it (src/model/scenario.ts, unpinnedVersion), so splitting must not move them to our catalog.
    writes[HEADER_KEY] = headerJson(fresh.layout === "legacy" ? fresh.catalogVersion : catalogVersion);
  }
  const after: Settings = { ...fresh.settings, ...writes };
  const size = storeSize(after);
  if (size > MAX_STORE_CHARS) return { writes: {}, conflicts: [], acks: [], refused: text.storeTooLarge(size, MAX_STORE_CHARS) };
  return { writes, conflicts, acks };
}

/**
 * After a reload: which of this author's saved versions a co-author's save replaced without having
 * seen them (not in the stored item's trail), and versions hidden behind a co-author's same-named
 * scenario. Returns the edits that save them again (merge turns them into copies and conflicts);
 * `keep` are the acknowledgements still worth watching.
 */
export function reconcile(fresh: StoreView, acks: readonly Ack[]): { ops: Op[]; keep: Ack[] } {
  const ops: Op[] = [];
  const keep: Ack[] = [];
  for (const ack of acks) {
    const stored = fresh.versions.get(ack.id);
    if (stored !== undefined && stored.rev === ack.rev && stored.by === ack.by) {
      if (fresh.hidden.has(ack.id) && ack.data) {
        // Two panes created one name at once; the older kept it. Ours is renamed by re-saving it.
        ops.push({ kind: "put", id: ack.id, base: { rev: ack.rev, by: ack.by }, data: ack.data });
      }
      keep.push(ack);
      continue;
    }
    if (stored !== undefined && stored.trail.includes(tag(ack.by, ack.rev))) continue; // written on top of ours
    if (ack.deleted && stored === undefined) continue; // our deletion replaced by the item's removal: what we asked for
    if (ack.deleted && stored!.deleted) {
      keep.push(ack); // a co-author's deletion replaced ours: deleted all the same, but a later save could still undo it
      continue;
    }
    ops.push({ kind: "restore", ack });
  }
  return { ops, keep };
}
