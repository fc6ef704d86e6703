/**
 * One pane's view of the workbook's scenarios, kept in step with co-authors: it reloads and merges
 * before every save and whenever the workbook says its settings changed (Office's SettingsChanged;
 * where the host cannot tell, a periodic reload), and saves again, as copies, its own versions that a
 * co-author's save replaced unseen. Every step runs in order, one at a time, so a change event never
 * interleaves with a save of the same pane.
 */
import { type ScenarioData } from "../model/scenario";
import { type ScenarioText } from "../model/scenario-text";
import { type Ack, type Author, type Conflict, type Op, merge, reconcile } from "../model/scenario-merge";
import { type Settings, type StoreView, readStore } from "../model/scenario-store";
import type { Workbook } from "../office/workbook";

export interface SaveOutcome {
  readonly ok: boolean;
  /** Why nothing was saved (a refused size, a read-only store, a failed write). */
  readonly error?: string;
  readonly conflicts: readonly Conflict[];
}

function randomId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID().replace(/-/g, "").slice(0, 20);
  return (Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 20);
}

export interface SessionOptions {
  /** This pane's author id (random per session by default). */
  readonly clientId?: string;
  readonly newId?: () => string;
  readonly now?: () => number;
}

export class ScenarioSession {
  view: StoreView;
  /** Every conflict this pane resolved, oldest first (the pane shows the latest). */
  readonly conflicts: Conflict[] = [];
  private acks: Ack[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  readonly author: Author;

  constructor(private readonly workbook: Workbook, private readonly catalogVersion: string, private readonly text: ScenarioText, options: SessionOptions = {}) {
    this.author = { me: options.clientId ?? randomId(), newId: options.newId ?? randomId, now: options.now ?? Date.now };
    this.view = readStore({}, catalogVersion, text);
  }

  /** Runs `task` after every earlier one has finished (a failure does not block the next). */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private read(settings: Settings): StoreView {
    return readStore(settings, this.catalogVersion, this.text);
  }

  /** Reloads; saves again (as copies) our versions a co-author replaced unseen. Call inside serial(). */
  async reload(): Promise<SaveOutcome> {
    const fresh = this.read(await this.workbook.loadSettings());
    this.view = fresh;
    if (fresh.readOnly) return { ok: true, conflicts: [] };
    const { ops, keep } = reconcile(fresh, this.acks);
    this.acks = keep;
    return ops.length === 0 ? { ok: true, conflicts: [] } : this.write(fresh, ops);
  }

  /** Saves edits made on `this.view`: reload, merge, write once. Call inside serial(). */
  async save(ops: readonly Op[]): Promise<SaveOutcome> {
    const fresh = this.read(await this.workbook.loadSettings());
    this.view = fresh;
    if (fresh.readOnly) return { ok: false, error: fresh.fatal, conflicts: [] };
    const { ops: restore, keep } = reconcile(fresh, this.acks);
    this.acks = keep;
    return this.write(fresh, [...restore, ...ops]);
  }

  private async write(fresh: StoreView, ops: readonly Op[]): Promise<SaveOutcome> {
    const result = merge(fresh, ops, this.author, this.catalogVersion, this.text);
    if (result.refused !== undefined) return { ok: false, error: result.refused, conflicts: [] };
    if (Object.keys(result.writes).length > 0) await this.workbook.saveSettings(result.writes);
    const written = new Set(result.acks.map((a) => a.id));
    this.acks = [...this.acks.filter((a) => !written.has(a.id)), ...result.acks];
    this.conflicts.push(...result.conflicts);
    this.view = this.read({ ...fresh.settings, ...result.writes });
    return { ok: true, conflicts: result.conflicts };
  }

  /** The id and current version of a visible scenario, for an edit based on it. */
  locate(name: string): { id: string; base: { rev: number; by: string } } | undefined {
    const entry = this.view.visible.find((v) => v.data.name === name);
    const version = entry && this.view.versions.get(entry.id);
    return version && { id: version.id, base: { rev: version.rev, by: version.by } };
  }

  /** The name a scenario item has now (after a merge may have renamed it). */
  nameOf(id: string): string | undefined {
    return this.view.visible.find((v) => v.id === id)?.data.name;
  }

  newId(): string {
    return this.author.newId();
  }

  get scenarios(): readonly ScenarioData[] {
    return this.view.visible.map((v) => v.data);
  }
}
