/**
 * The `system` argument: a catalog key or alias, a two-column range of field/value rows (a custom
 * system: `based_on` plus any GW.SPEC field, src/model/custom-system.ts), or the name of a custom system
 * defined in the formula's scenario. That last one is only known once the scenario argument is read,
 * so the parameter hands back a NamedSystem and invoke() resolves it against the scenario.
 */
import { type Catalog, CURRENT_CATALOG, type SystemSpec } from "../model/catalog";
import { BASED_ON, CUSTOM_FIELD_NAMES, CUSTOM_NAME, buildCustomSystem, normalizeField, type CustomProblem } from "../model/custom-system";
import { normalizeName } from "../model/names";
import { messages } from "../i18n/messages";
import { describe, scalarOf, toNumber } from "./coerce";
import { GwError, notAvailable, numError, valueError } from "./errors";
import { catalogOf, type Scenario } from "./scenarios";
import { unknownSystemText } from "./unknown-name";

/** A system name not in the catalog, to be looked up among the scenario's custom systems. */
export class NamedSystem {
  constructor(readonly text: string, readonly arg: string) {}
}

/** Whether Excel passed a range of several cells (a custom system) rather than one value. */
export function isRange(raw: unknown): raw is unknown[][] {
  return Array.isArray(raw) && (raw.length > 1 || (Array.isArray(raw[0]) && raw[0].length > 1));
}

function problemMessage(arg: string, problem: CustomProblem, catalog: Catalog): GwError {
  switch (problem.code) {
    case "noBase": return valueError(messages().customNoBase(arg));
    case "unknownBase": return notAvailable(messages().customIn(arg, unknownSystemText(problem.value, catalog.systemIndex)));
    case "unknownField": return valueError(messages().customUnknownField(arg, problem.field, CUSTOM_FIELD_NAMES));
    case "outOfRange": return numError(messages().customOutOfRange(arg, problem.field, problem.min, problem.max, problem.positive));
  }
}

/** A custom system from a two-column range: blank rows skipped, field names as in GW.SPEC (case and spaces ignored). */
export function systemFromRange(rows: readonly unknown[][], arg: string, catalog: Catalog = CURRENT_CATALOG): SystemSpec {
  if (!rows.every((row) => Array.isArray(row) && row.length === 2)) throw valueError(messages().customNotTwoColumns(arg));
  let basedOn: string | undefined;
  let name: string | undefined;
  const fields = new Map<string, number>();
  const seen = new Set<string>();
  for (const [rawField, rawValue] of rows) {
    const fieldCell = scalarOf(rawField, arg);
    const value = scalarOf(rawValue, arg);
    if (fieldCell === undefined && value === undefined) continue;
    if (typeof fieldCell !== "string") throw valueError(messages().customNotTwoColumns(arg));
    const field = normalizeField(fieldCell);
    if (seen.has(field)) throw valueError(messages().customDuplicate(arg, field));
    seen.add(field);
    const label = `${arg}: ${field}`; // as the range messages read: "system: system_kw must be …"
    if (value === undefined) throw valueError(messages().missing(label));
    if (field === BASED_ON || field === CUSTOM_NAME) {
      if (typeof value !== "string") throw valueError(messages().notText(label, describe(value)));
      if (field === BASED_ON) basedOn = value;
      else name = value.trim();
      continue;
    }
    if (!CUSTOM_FIELD_NAMES.includes(field)) throw valueError(messages().customUnknownField(arg, fieldCell.trim(), CUSTOM_FIELD_NAMES));
    fields.set(field, toNumber(value, label));
  }
  const built = buildCustomSystem(basedOn, fields, name, (text) => catalog.systemIndex.find(text));
  if (built.problem !== undefined) throw problemMessage(arg, built.problem, catalog);
  return built.system;
}

/** A custom system a scenario defines, by name; undefined when it defines none of that name. */
export function scenarioSystem(scenario: Scenario, text: string, arg: string): SystemSpec | undefined {
  const defined = scenario.customSystems;
  if (defined === undefined) return undefined;
  const key = normalizeName(text);
  const catalog = catalogOf(scenario);
  for (const [name, record] of Object.entries(defined)) {
    if (normalizeName(name) !== key) continue;
    const fields = new Map(Object.entries(record).filter(([f]) => f !== BASED_ON).map(([f, v]) => [f, v as number]));
    const built = buildCustomSystem(record[BASED_ON] as string, fields, name, (t) => catalog.systemIndex.find(t));
    if (built.problem !== undefined) throw problemMessage(arg, built.problem, catalog); // validated on load; kept for safety
    return built.system;
  }
  return undefined;
}

/** The catalog's system for a name, else the scenario's custom system of that name, else #N/A with a suggestion. */
export function resolveNamedSystem(named: NamedSystem, scenario: Scenario | undefined): SystemSpec {
  const found = scenario === undefined ? undefined : scenarioSystem(scenario, named.text, named.arg);
  if (found !== undefined) return found;
  const catalog = scenario === undefined ? CURRENT_CATALOG : catalogOf(scenario);
  throw notAvailable(unknownSystemText(named.text, catalog.systemIndex));
}
