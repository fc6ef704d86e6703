/**
 * Gigawatts ↔ accelerators, power per accelerator and capex, exact in decimal.
 *
 * Convention for `case`: the result's low / base / high. Each input figure is taken at the end of its
 * range that moves the result that way — a figure in a denominator at the opposite end — so that
 * low ≤ base ≤ high always holds for every result.
 */
import { type Case, type Catalog, type SystemSpec } from "./catalog";
import { assumed, opposite, pick, type Overrides } from "./assumptions";
import { Dec, ONE } from "./decimal";
import { KW_PER_GW, MW_PER_GW } from "./units";

/** Which power a gigawatt figure means. The deals' GW are read as facility power (see README). */
export type Basis = "facility" | "it";
export const BASES: readonly Basis[] = ["facility", "it"];

/** chip: the accelerator's TDP; system: its share of the system's power; it: plus network, storage and
 *  hosts outside the system figure; facility: IT power × PUE. */
export type PowerLevel = "chip" | "system" | "it" | "facility";
export const POWER_LEVELS: readonly PowerLevel[] = ["chip", "system", "it", "facility"];

export type CapexScope = "accelerators" | "systems" | "network" | "facility" | "total";
export const CAPEX_SCOPES: readonly CapexScope[] = ["accelerators", "systems", "network", "facility", "total"];

export interface ModelOptions {
  readonly case: Case;
  readonly overrides: Overrides;
  /** An explicit PUE (from a formula argument) wins over scenario and catalog. */
  readonly pue?: number;
  /** A scenario's price per system (USD) by system key, replacing the catalog's range. */
  readonly prices?: Readonly<Record<string, number>>;
  /** The catalog version whose assumptions apply (a scenario's pinned version); default the current one. */
  readonly catalog?: Catalog;
}

/** Price of one system: the scenario's where it sets one, else the catalog's for the case. */
export function systemPrice(system: SystemSpec, c: Case, prices: Readonly<Record<string, number>> | undefined): Dec {
  const override = prices?.[system.key];
  return override !== undefined ? new Dec(override) : pick(system.pricePerSystemUsd, c);
}

function pueFor(c: Case, options: ModelOptions): Dec {
  return options.pue !== undefined ? new Dec(options.pue) : assumed("pue", c, options.overrides, options.catalog);
}

/** kW of one accelerator's share of its system. */
export function systemKwPerAccelerator(system: SystemSpec, c: Case): Dec {
  return pick(system.systemKw, c).div(pick(system.acceleratorsPerSystem, opposite(c)));
}

/** kW per accelerator with the IT overhead outside the system figure. */
export function itKwPerAccelerator(system: SystemSpec, c: Case, overrides: Overrides, catalog?: Catalog): Dec {
  return systemKwPerAccelerator(system, c).times(ONE.plus(assumed("it_overhead", c, overrides, catalog)));
}

export function powerKwPerAccelerator(system: SystemSpec, level: PowerLevel, options: ModelOptions): Dec {
  const c = options.case;
  switch (level) {
    case "chip": return pick(system.chipTdpKw, c);
    case "system": return systemKwPerAccelerator(system, c);
    case "it": return itKwPerAccelerator(system, c, options.overrides, options.catalog);
    case "facility": return itKwPerAccelerator(system, c, options.overrides, options.catalog).times(pueFor(c, options));
  }
}

/** Accelerators per GW. Power sits in the denominator, so it is taken at the opposite case. */
export function acceleratorsPerGigawatt(system: SystemSpec, basis: Basis, options: ModelOptions): Dec {
  const powerCase = opposite(options.case);
  const itKw = itKwPerAccelerator(system, powerCase, options.overrides, options.catalog);
  const kwPerAccelerator = basis === "facility" ? itKw.times(pueFor(powerCase, options)) : itKw;
  return KW_PER_GW.div(kwPerAccelerator);
}

/** GW per accelerator: the inverse, with power at the same case as the result. */
export function gigawattsPerAccelerator(system: SystemSpec, basis: Basis, options: ModelOptions): Dec {
  const c = options.case;
  const itKw = itKwPerAccelerator(system, c, options.overrides, options.catalog);
  const kwPerAccelerator = basis === "facility" ? itKw.times(pueFor(c, options)) : itKw;
  return kwPerAccelerator.div(KW_PER_GW);
}

/** USD of capex per GW of facility power, by scope; total = systems + network + facility. */
export function capexPerGigawatt(system: SystemSpec, scope: CapexScope, options: ModelOptions): Dec {
  const c = options.case;
  const accelerators = (): Dec => acceleratorsPerGigawatt(system, "facility", options);
  const systems = (): Dec =>
    accelerators().div(pick(system.acceleratorsPerSystem, opposite(c))).times(systemPrice(system, c, options.prices));
  const network = (): Dec => systems().times(assumed("network_capex_share", c, options.overrides, options.catalog));
  const facility = (): Dec => MW_PER_GW.times(assumed("facility_capex_per_mw", c, options.overrides, options.catalog));
  switch (scope) {
    case "accelerators": return accelerators().times(pick(system.pricePerAcceleratorUsd, c));
    case "systems": return systems();
    case "network": return network();
    case "facility": return facility();
    case "total": {
      const s = systems();
      return s.plus(s.times(assumed("network_capex_share", c, options.overrides, options.catalog))).plus(facility());
    }
  }
}
