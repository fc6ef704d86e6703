/**
 * A simulated workbook settings store shared by several panes (co-authors). Each pane gets its own
 * Workbook; a save replaces the items it names (one batch) and, like Excel's SettingsChanged, later
 * tells every other pane that watches. `deliver` decides when a notification arrives (immediately by
 * default; the property test schedules them).
 */
import type { TableSpec, ValuesScope, Workbook } from "../../src/office/workbook";

export class SettingsStore {
  settings: Record<string, string> = {};
  /** Every state the store passed through, for invariants. */
  readonly history: Array<Record<string, string>> = [];
  private watchers: Array<{ client: FakeWorkbook; listener: () => void }> = [];
  deliver: (notify: () => void) => void = (notify) => notify();

  constructor(initial: Record<string, string> = {}) {
    this.settings = { ...initial };
  }

  write(from: FakeWorkbook, changes: Readonly<Record<string, string | null>>): void {
    const next = { ...this.settings };
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete next[key];
      else next[key] = value;
    }
    this.settings = next;
    this.history.push(next);
    for (const w of this.watchers) if (w.client !== from) this.deliver(w.listener);
  }

  watch(client: FakeWorkbook, listener: () => void): void {
    this.watchers.push({ client, listener });
  }
}

export class FakeWorkbook implements Workbook {
  readonly kind = "excel" as const;
  saves: Array<Readonly<Record<string, string | null>>> = [];
  recalcs = 0;
  tables: TableSpec[] = [];
  formulas: string[] = [];
  failSave = false;
  /** Whether the host reports co-authors' saves (Office's SettingsChanged). */
  evented = true;
  /** Lets a test (or fast-check's scheduler) decide when a load or save completes. */
  gate: <T>(label: string, value: () => T) => Promise<T> = async (_label, value) => value();

  constructor(readonly store: SettingsStore = new SettingsStore(), readonly name = "pane") {}

  /** Shortcut for the tests of one pane: the stored header / old document. */
  get stored(): string | undefined {
    return this.store.settings["gigawatt.scenarios"];
  }

  loadSettings(): Promise<Record<string, string>> {
    return this.gate(`${this.name} load`, () => ({ ...this.store.settings }));
  }

  saveSettings(changes: Readonly<Record<string, string | null>>): Promise<void> {
    return this.gate(`${this.name} save`, () => {
      if (this.failSave) throw new Error("The workbook is read-only.");
      this.saves.push(changes);
      this.store.write(this, changes);
    });
  }

  async watchSettings(listener: () => void): Promise<boolean> {
    if (!this.evented) return false;
    this.store.watch(this, listener);
    return true;
  }

  async insertTable(spec: TableSpec) { this.tables.push(spec); return "'T'!A1:D5"; }
  async insertFormula(formula: string) { this.formulas.push(formula); return "Sheet1!A1"; }
  async valuesOnly(_scope: ValuesScope, _note: string) { return 4; }
  async repairFormulas() { return 2; }
  async recalculate() { this.recalcs++; }
}

/** A store holding a whole document as an older add-in saved it (or any text under "gigawatt.scenarios"). */
export function legacyStore(document: unknown): SettingsStore {
  return new SettingsStore({ "gigawatt.scenarios": typeof document === "string" ? document : JSON.stringify(document) });
}
