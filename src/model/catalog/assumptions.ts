import type { Assumption } from "./schema";

/**
 * Global planning assumptions. Each can be overridden per formula (an argument) or per scenario.
 * Keys are public API (scenarios stored in workbooks name them).
 */
export const ASSUMPTIONS: readonly Assumption[] = [
  {
    key: "pue", description: "Power usage effectiveness: facility power ÷ IT power",
    low: 1.1, base: 1.2, high: 1.4, unit: "ratio", kind: "assumption", source: "S54",
    note: "Uptime average 1.56–1.58 (2023–24); new large sites ≤ 1.3 (S56); liquid-cooled AI 1.05–1.20 (S58).",
  },
  {
    key: "it_overhead", description: "IT power outside the system figure (cluster network, storage, hosts) as a share of system power",
    low: 0.05, base: 0.1, high: 0.15, unit: "ratio", kind: "assumption", source: "GW",
    note: "Calibrated so that 10 GW of GB200 gives Huang's 4–5 million GPUs (S47).",
  },
  {
    key: "network_capex_share", description: "Cluster network and storage capex as a share of system capex",
    low: 0.1, base: 0.15, high: 0.2, unit: "ratio", kind: "assumption", source: "S48",
    note: "Part of the ~$15B per GW that is not NVIDIA content in Huang's $50B per GW.",
  },
  {
    key: "facility_capex_per_mw", description: "Facility capex (land, shell, power and cooling) per MW of facility power",
    low: 8e6, base: 11e6, high: 14e6, unit: "USD/MW", kind: "assumption", source: "S48",
    note: "Huang: ~$15B of every ~$50B per GW is not NVIDIA content; most of it is the facility.",
  },
  {
    key: "utilization", description: "Average power draw as a share of capacity, over a year",
    low: 0.6, base: 0.8, high: 0.9, unit: "ratio", kind: "assumption", source: "GW",
  },
  {
    key: "electricity_usd_per_mwh", description: "Electricity price paid by the facility",
    low: 40, base: 70, high: 110, unit: "USD/MWh", kind: "assumption", source: "GW",
    note: "US industrial tariffs and PPAs; set your own per site.",
  },
  {
    key: "it_life_years", description: "Depreciation life of accelerators, systems and network",
    low: 4, base: 5, high: 6, unit: "years", kind: "assumption", source: "GW",
  },
  {
    key: "facility_life_years", description: "Depreciation life of the facility",
    low: 15, base: 20, high: 25, unit: "years", kind: "assumption", source: "GW",
  },
];
