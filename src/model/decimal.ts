import DecimalBase from "decimal.js";

/**
 * The project's one Decimal: a private clone, so nothing else in the page (or another add-in in the
 * same shared runtime) can change our precision or rounding. 34 significant digits (IEEE decimal128)
 * leave 19 guard digits above the 15 that Excel keeps; half-even avoids drift when money is summed.
 */
export const Dec = DecimalBase.clone({
  precision: 34,
  rounding: DecimalBase.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
