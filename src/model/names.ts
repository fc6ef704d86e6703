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
  /** The closest display name, for "did you mean" messages; undefined when nothing is close. */
  suggest(name: string): string | undefined;
}

/**
 * Builds a lookup from every name (key and aliases) to its entry. Throws on a name that maps to
 * two entries: an ambiguous alias is a data bug, caught at start-up and by the catalog tests.
 */
export function buildNameIndex<T>(entries: readonly T[], namesOf: (entry: T) => readonly string[], displayName: (entry: T) => string): NameIndex<T> {
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
    suggest(name) {
      const normal = normalizeName(name);
      if (normal.length === 0) return undefined;
      const limit = Math.max(2, Math.floor(normal.length / 3));
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const candidate of byName.keys()) {
        const distance = candidate.startsWith(normal) || normal.startsWith(candidate) ? 1 : editDistance(normal, candidate, limit);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = display.get(candidate);
        }
      }
      return best;
    },
  };
}
