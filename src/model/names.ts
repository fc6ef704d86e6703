/**
 * Name matching shared by systems, deals and assumptions: case-, space- and punctuation-insensitive,
 * so "GB300 NVL72", "gb300-nvl72" and "Gb300Nvl72" are one name.
 */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.–—/()]+/g, "");
}

/** Levenshtein distance, bounded: stops early once every path exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

export interface NameIndex<T> {
  find(name: string): T | undefined;
  /**
   * The keys of every entry that declares `name` as a shared alias ("Stargate" for three deals), sorted;
   * empty when none does. Such a name finds nothing: it names several entries, so the caller lists them.
   */
  sharedBy(name: string): readonly string[];
  /**
   * For a name that finds nothing, what it is nearest to: the closest display name when one entry is
   * nearest, the keys of every entry when several are equally near (sorted), nothing when none is close.
   */
  suggestions(name: string): readonly string[];
}

/**
 * Builds a lookup from every name (key and aliases) to its entry. Throws on a name that maps to
 * two entries: an ambiguous alias is a data bug, caught at start-up and by the catalog tests. A name
 * people use for several entries is declared as a shared alias by each of them (`sharedNamesOf`): it
 * finds nothing, and `sharedBy` lists the entries, so a message can ask which one was meant. `displayName`
 * is what messages list (the key).
 */
export function buildNameIndex<T>(
  entries: readonly T[], namesOf: (entry: T) => readonly string[], displayName: (entry: T) => string,
  sharedNamesOf: (entry: T) => readonly string[] = () => [],
): NameIndex<T> {
  const byName = new Map<string, T>();
  const display = new Map<string, string>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const normal = normalizeName(name);
      const existing = byName.get(normal);
      if (existing !== undefined && existing !== entry) {
        throw new Error(`Name "${name}" is ambiguous: it names both ${displayName(existing)} and ${displayName(entry)}.`);
      }
      byName.set(normal, entry);
      if (!display.has(normal)) display.set(normal, name);
    }
  }
  const shared = new Map<string, { name: string; keys: string[] }>();
  for (const entry of entries) {
    for (const name of sharedNamesOf(entry)) {
      const normal = normalizeName(name);
      const owner = byName.get(normal);
      if (owner !== undefined) throw new Error(`Shared alias "${name}" of ${displayName(entry)} is also a name of ${displayName(owner)}: a name either finds one entry or is shared.`);
      const declared = shared.get(normal) ?? { name, keys: [] };
      if (!declared.keys.includes(displayName(entry))) declared.keys.push(displayName(entry));
      shared.set(normal, declared);
    }
  }
  for (const { name, keys } of shared.values()) {
    if (keys.length < 2) throw new Error(`Shared alias "${name}" is declared only by ${keys[0]}: a name of one entry is an alias.`);
    keys.sort();
  }
  // Excel passes the same few names over and over: remember raw spellings to skip normalising them.
  const bySpelling = new Map<string, T | undefined>();
  return {
    find(name) {
      if (bySpelling.has(name)) return bySpelling.get(name);
      const found = byName.get(normalizeName(name));
      if (bySpelling.size >= 4096) bySpelling.clear();
      bySpelling.set(name, found);
      return found;
    },
    sharedBy(name) {
      return shared.get(normalizeName(name))?.keys ?? [];
    },
    suggestions(name) {
      const normal = normalizeName(name);
      if (normal.length === 0) return [];
      const limit = Math.max(2, Math.floor(normal.length / 3));
      let nearest: T[] = [];
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const [candidate, entry] of byName) {
        const distance = candidate.startsWith(normal) || normal.startsWith(candidate) ? 1 : editDistance(normal, candidate, limit);
        if (distance < bestDistance) {
          bestDistance = distance;
          nearest = [entry];
          best = display.get(candidate);
        } else if (distance === bestDistance && distance <= limit && !nearest.includes(entry)) {
          nearest.push(entry);
        }
      }
      if (nearest.length === 0) return [];
      return nearest.length === 1 ? [best!] : nearest.map(displayName).sort();
    },
  };
}
