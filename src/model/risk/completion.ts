/**
 * Deal risk: the probability that a tranche is delivered at all, by the status of the tranche (or of
 * its deal, where the tranche's status only says its ramp is our assumption). The figures are catalog
 * assumption data with notes and sources (catalog/completion.json); a scenario may override them per deal.
 */
import type { Assumption, DealSpec } from "../catalog";
import COMPLETION from "../catalog/completion.json";

/** A completion probability as the catalog lists it: an assumption row with the status it applies to. */
export interface CompletionAssumption extends Assumption {
  readonly status: string;
}

export const COMPLETION_ASSUMPTIONS: readonly CompletionAssumption[] = Object.freeze(
  (COMPLETION as CompletionAssumption[]).map((row) => Object.freeze({ ...row })),
);

const BY_STATUS = new Map(COMPLETION_ASSUMPTIONS.map((row) => [row.status, row.base]));

/** Probability that a tranche of this status is delivered; undefined for a status that says nothing about completion. */
export function statusProbability(status: string): number | undefined {
  return BY_STATUS.get(status);
}

/** The probability each tranche of a deal completes: the scenario's for the deal, else its tranche's or deal's status. */
export function trancheProbability(deal: DealSpec, index: number, override: number | undefined): number {
  if (override !== undefined) return override;
  const tranche = deal.tranches[index];
  const own = tranche === undefined ? undefined : statusProbability(tranche.status);
  // A status the table does not know (e.g. "assumption") falls back to the deal's, and an unknown deal status to "announced".
  return own ?? statusProbability(deal.status) ?? BY_STATUS.get("announced")!;
}
