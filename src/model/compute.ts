/**
 * Compute per gigawatt: dense peak PFLOPS at a precision, or H100-equivalents, exact in decimal.
 *
 * Convention for H100-equivalents (unit "h100e"): one H100e is the dense BF16 peak of one NVIDIA H100
 * SXM, 989.4 TFLOPS (NVIDIA's datasheet gives 1,979 TFLOPS BF16 *with* 2:4 sparsity; dense is half).
 * An accelerator counts as (its dense BF16 PFLOPS) ÷ 0.9894 H100e. Why BF16 and dense: frontier
 * training runs in 16-bit with FP8 only in parts, so BF16 is the precision in which "H100-equivalents
 * of training capacity" compare like with like; FP8 or FP4 ratios would credit newer chips with
 * low-precision speed-ups that training cannot fully use, and sparse figures are peaks nobody reaches.
 * The reference is a fixed number, not the catalog's H100 range, so an H100e means the same thing in
 * every catalog version and every estimate.
 */
import type { Case, Figure, SystemSpec } from "./catalog";
import { pick } from "./assumptions";
import { acceleratorsPerGigawatt, type Basis, type ModelOptions } from "./capacity";
import { Dec } from "./decimal";

export type ComputeUnit = "fp8_pflops" | "fp4_pflops" | "bf16_pflops" | "h100e";
export const COMPUTE_UNITS: readonly ComputeUnit[] = ["fp8_pflops", "fp4_pflops", "bf16_pflops", "h100e"];

/** H100 SXM dense BF16 peak in PFLOPS: the denominator of one H100-equivalent (see above). */
export const H100E_BF16_PFLOPS = new Dec("0.9894");

/** The catalog field (GW.SPEC name) a unit reads: H100e is computed from BF16. */
export const COMPUTE_FIELD: Readonly<Record<ComputeUnit, "fp8_pflops" | "fp4_pflops" | "bf16_pflops">> = {
  fp8_pflops: "fp8_pflops", fp4_pflops: "fp4_pflops", bf16_pflops: "bf16_pflops", h100e: "bf16_pflops",
};

/** Dense peak PFLOPS per accelerator at the unit's precision; null when the catalog publishes none. */
export function pflopsFigure(system: SystemSpec, unit: ComputeUnit): Figure | null {
  switch (unit) {
    case "fp8_pflops": return system.fp8Pflops;
    case "fp4_pflops": return system.fp4Pflops;
    case "bf16_pflops":
    case "h100e": return system.bf16Pflops;
  }
}

/** Whether a system has the figure a unit needs. */
export function hasCompute(system: SystemSpec, unit: ComputeUnit): boolean {
  return pflopsFigure(system, unit) !== null;
}

/** Compute of one accelerator in the unit. More FLOPS raise the result, so the figure is taken at the case itself. */
export function computePerAccelerator(system: SystemSpec, unit: ComputeUnit, c: Case): Dec {
  const figure = pflopsFigure(system, unit);
  if (figure === null) throw new Error(`${system.key} has no ${COMPUTE_FIELD[unit]} figure`);
  const pflops = pick(figure, c);
  return unit === "h100e" ? pflops.div(H100E_BF16_PFLOPS) : pflops;
}

/** Compute per GW: accelerators per GW (power at the opposite case) × compute per accelerator. */
export function computePerGigawatt(system: SystemSpec, unit: ComputeUnit, basis: Basis, options: ModelOptions): Dec {
  return acceleratorsPerGigawatt(system, basis, options).times(computePerAccelerator(system, unit, options.case));
}
