/**
 * Turns one raw Excel argument into a scalar, the way every GW function reads its arguments:
 * `null`/`undefined` (omitted), a 1×1 range unwrapped, an error value passed through, German
 * decimal commas accepted in numeric text. The typed parameters in params.ts build on these.
 */
import { messages } from "../i18n/messages";
import { GwError, incomingErrorCode, numError, valueError } from "./errors";

export type Scalar = number | string | boolean;

/** The omitted marker: Excel passes null for an omitted optional argument; an empty cell or "" is the same to us. */
export const OMITTED = undefined;

export function scalarOf(raw: unknown, arg: string): Scalar | undefined {
  let value = raw;
  if (Array.isArray(value)) {
    if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) throw valueError(messages().notOneCell(arg));
    value = value[0][0];
  }
  if (value === null || value === undefined) return OMITTED;
  switch (typeof value) {
    case "number":
    case "boolean":
      return value;
    case "string":
      return value.trim() === "" ? OMITTED : value;
    case "object": {
      const code = incomingErrorCode(value);
      throw new GwError(code ?? "#VALUE!", `${arg}: the argument is an error value (${code}).`);
    }
    default:
      throw valueError(messages().notANumber(arg, typeof value));
  }
}

// Numeric text: "1.5", "1,5" (German), "1.000,5", "1,000.5", "1.000.000", "1e9", "-2".
const NUMERIC_TEXT = /^[+-]?(\d+|\d{1,3}([.,\s\u00a0\u202f]\d{3})+)?([.,]\d+)?([eE][+-]?\d+)?$/;

export function numberFromText(text: string): number | undefined {
  const t = text.trim();
  if (t === "" || !NUMERIC_TEXT.test(t) || !/\d/.test(t)) return undefined;
  const commas = t.split(",").length - 1;
  const dots = t.split(".").length - 1;
  // A separator that repeats groups thousands; a single one is the decimal mark, and where both
  // appear once, the later one is ("1.000,5" German, "1,000.5" English).
  if (commas > 1 && dots > 1) return undefined;
  let group: "," | "." | null = null;
  if (commas > 1) group = ",";
  else if (dots > 1) group = ".";
  else if (commas === 1 && dots === 1) group = t.lastIndexOf(",") > t.lastIndexOf(".") ? "." : ",";
  let normal = t.replace(/[\s\u00a0\u202f]/g, "");
  if (group !== null) normal = normal.split(group).join("");
  normal = normal.replace(",", ".");
  const value = Number(normal);
  return Number.isNaN(value) ? undefined : value;
}

export function describe(value: Scalar): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A finite number from a scalar; booleans are refused (a TRUE where gigawatts belong is a mistake). */
export function toNumber(value: Scalar, arg: string): number {
  let n: number | undefined;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") n = numberFromText(value);
  if (n === undefined) throw valueError(messages().notANumber(arg, describe(value)));
  if (!Number.isFinite(n)) throw numError(messages().notFinite(arg));
  return flushTiny(n);
}

/** Excel's smallest positive number is 2.2251E-308; below it (IEEE subnormals) Excel stores 0, and so do we. */
export const SMALLEST_NORMAL = 2.2250738585072014e-308;

export function flushTiny(n: number): number {
  return Math.abs(n) < SMALLEST_NORMAL ? 0 : n;
}
