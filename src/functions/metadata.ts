/**
 * functions.json, generated from the declarations (define.ts, params.ts) rather than from JSDoc: the
 * declaration already holds every fact Excel needs (ids, parameter names, order, optionality, ranges,
 * descriptions, result shape), so writing them a second time as JSDoc only invited the two to drift.
 * The shape is Excel's custom-functions metadata (learn.microsoft.com, "Manually create JSON metadata
 * for custom functions"); webpack.config.js writes it, test/contract/metadata.test.ts checks it.
 */
import type { AnyFunctionDef } from "./define";

export interface MetadataParameter {
  name: string;
  description: string;
  type: "any";
  dimensionality?: "matrix";
  optional?: true;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  result: { type?: "number" | "string" | "any"; dimensionality?: "matrix" };
}

export interface Metadata {
  allowCustomDataForDataTypeAny: true;
  functions: MetadataFunction[];
}

/**
 * Text stays "string"; everything else is "any" (the default when no type is given), the type Excel
 * lets carry data types (formatted numbers, entity cards) under allowCustomDataForDataTypeAny.
 */
function resultOf(def: AnyFunctionDef): MetadataFunction["result"] {
  if (def.result === "matrix") return { dimensionality: "matrix" };
  return def.returns.kind === "text" ? { type: "string" } : {}; // no type: "any", as Microsoft's generator writes it
}

/** `helpUrl(id)` gives each function's help page (omit it for no helpUrl). */
export function functionsMetadata(defs: readonly AnyFunctionDef[], helpUrl?: (id: string) => string): Metadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: defs.map((def) => ({
      description: def.description,
      id: def.id,
      name: def.id,
      ...(helpUrl ? { helpUrl: helpUrl(def.id) } : {}),
      parameters: def.params.map((p) => ({
        description: p.description,
        ...(p.matrix ? { dimensionality: "matrix" as const } : {}),
        name: p.name,
        ...(p.optional ? { optional: true as const } : {}),
        type: "any" as const,
      })),
      result: resultOf(def),
    })),
  };
}

/** The facts the README reference and the help pages print about a parameter, beyond functions.json. */
export interface ReferenceParameter {
  name: string;
  kind: string;
  optional: boolean;
  range: boolean;
  unit?: string;
  min?: number;
  max?: number;
  allowed?: readonly string[];
  /** A fixed default (a choice), or the catalog's base value of the assumption that stands in. */
  default?: string | number;
  defaultAssumption?: string;
}

export interface ReferenceFunction {
  id: string;
  returns: { kind: string; description: string; shape: "scalar" | "matrix" };
  parameters: ReferenceParameter[];
}

export function referenceOf(defs: readonly AnyFunctionDef[], assumptionBase: (key: string) => number): ReferenceFunction[] {
  return defs.map((def) => ({
    id: def.id,
    returns: { ...def.returns, shape: def.result },
    parameters: def.params.map((p) => ({
      name: p.name,
      kind: p.kind,
      optional: p.optional,
      range: p.matrix === true,
      ...(p.unit !== undefined ? { unit: p.unit } : {}),
      ...(p.min !== undefined ? { min: p.min } : {}),
      ...(p.max !== undefined ? { max: p.max } : {}),
      ...(p.allowed !== undefined ? { allowed: p.allowed } : {}),
      ...(p.default !== undefined ? { default: p.default } : {}),
      ...(p.defaultAssumption !== undefined ? { defaultAssumption: p.defaultAssumption, default: assumptionBase(p.defaultAssumption) } : {}),
    })),
  }));
}
