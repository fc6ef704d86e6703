import { type AssumptionKey, type Case, type Catalog, CURRENT_CATALOG, type Figure } from "./catalog";
import { Dec } from "./decimal";

/** Values a scenario sets instead of the catalog's range (validated before they get here). */
export type Overrides = Readonly<Partial<Record<AssumptionKey, number>>>;

export const NO_OVERRIDES: Overrides = Object.freeze({});

/** The other end of the range: a figure in a denominator moves the result the other way. */
export function opposite(c: Case): Case {
  return c === "low" ? "high" : c === "high" ? "low" : "base";
}

export function pick(figure: Figure, c: Case): Dec {
  return new Dec(figure[c]);
}

/**
 * An assumption's value: the scenario's override when set, else the figure for the case in `catalog`
 * (the version the scenario pins; the current one when no scenario is named).
 */
export function assumed(key: AssumptionKey, c: Case, overrides: Overrides, catalog: Catalog = CURRENT_CATALOG): Dec {
  const override = overrides[key];
  return new Dec(override !== undefined ? override : catalog.assumption(key)[c]);
}
