/**
 * What changed between two kept catalog versions, computed from their data files (data/<version>/):
 * one row per changed field of every system, deal, assumption and source, named "system <key>",
 * "deal <key>", "assumption <key>" or "source <id>" and sorted by kind, then id. Nested fields flatten to
 * dotted paths ("systemKw.base", "tranches[0].end"). An item only in one version is one row with
 * Field "" and its name (a source: its title) in New (added) or Old (removed); a field only in one
 * version has "" on the other side; a JSON null shows as "null". The Source column names the source
 * id of the figure (an object with "base" and "source") the field belongs to, in the newer version
 * where it exists there, else "". GW.CHANGES shows these rows under CHANGES_HEADER.
 */
import { DATA } from "./data/index.generated";

export const CHANGES_HEADER = ["Item", "Field", "Old", "New", "Source"] as const;

export type ChangeRow = [item: string, field: string, old: string | number, new: string | number, source: string];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A leaf value with the source of the figure it belongs to ("" when none). */
interface Leaf {
  readonly value: string | number;
  readonly source: string;
}

function isFigure(value: { [key: string]: Json }): boolean {
  return "base" in value && typeof value.source === "string";
}

function show(value: Json): string | number {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value as string | number;
}

/** Every leaf of an item by its path, in document order. */
function flatten(value: Json, path: string, source: string, into: Map<string, Leaf>): Map<string, Leaf> {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, { value: "[]", source });
    value.forEach((inner, i) => flatten(inner, `${path}[${i}]`, source, into));
  } else if (value !== null && typeof value === "object") {
    const own = isFigure(value) ? (value.source as string) : source;
    const keys = Object.keys(value);
    if (keys.length === 0) into.set(path, { value: "{}", source: own });
    for (const key of keys) flatten(value[key], path === "" ? key : `${path}.${key}`, own, into);
  } else {
    into.set(path, { value: show(value), source });
  }
  return into;
}

interface Kind {
  readonly label: string;
  readonly items: (version: string) => readonly Json[];
  readonly id: string;
  readonly title: string;
}

const KINDS: readonly Kind[] = [
  { label: "system", items: (v) => DATA[v].systems as unknown as Json[], id: "key", title: "name" },
  { label: "deal", items: (v) => DATA[v].deals as unknown as Json[], id: "key", title: "name" },
  { label: "assumption", items: (v) => DATA[v].assumptions as unknown as Json[], id: "key", title: "description" },
  { label: "source", items: (v) => DATA[v].sources as unknown as Json[], id: "id", title: "title" },
];

function byId(items: readonly Json[], id: string): Map<string, { [key: string]: Json }> {
  const map = new Map<string, { [key: string]: Json }>();
  for (const item of items) {
    const record = item as { [key: string]: Json };
    map.set(String(record[id]), record);
  }
  return map;
}

/** The change rows from one kept version to another (both kept versions: GW.CHANGES checks them). */
export function catalogChanges(from: string, to: string): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const kind of KINDS) {
    const before = byId(kind.items(from), kind.id);
    const after = byId(kind.items(to), kind.id);
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const id of ids) {
      const item = `${kind.label} ${id}`;
      const old = before.get(id);
      const now = after.get(id);
      if (old === undefined || now === undefined) {
        const present = (old ?? now)!;
        const title = String(present[kind.title] ?? id);
        rows.push(old === undefined ? [item, "", "", title, ""] : [item, "", title, "", ""]);
        continue;
      }
      const oldLeaves = flatten(old, "", "", new Map());
      const newLeaves = flatten(now, "", "", new Map());
      const paths = [...newLeaves.keys(), ...[...oldLeaves.keys()].filter((p) => !newLeaves.has(p))];
      for (const path of paths) {
        const a = oldLeaves.get(path);
        const b = newLeaves.get(path);
        if (a !== undefined && b !== undefined && a.value === b.value) continue;
        rows.push([item, path, a?.value ?? "", b?.value ?? "", b !== undefined ? b.source : ""]);
      }
    }
  }
  return rows;
}
