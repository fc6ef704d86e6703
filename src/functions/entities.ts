/**
 * The cards GW.SYSTEM and GW.DEAL return where Excel supports data types: every catalog field with its
 * unit, its low–high range and its source (shown as the property's sublabel and attribution), and for a
 * deal its tranches and the reported money it reconciles against. Shapes are Excel.EntityCellValue
 * from @types/office-js, so the compiler checks them. The "Key" property is what other functions read
 * when a card is passed where a system or deal belongs (cell-values.ts).
 */
import { CATALOG_VERSION, type Case, type DateFigure, type DealSpec, type Figure, type Source, sourceOf, type SystemSpec } from "../model/catalog";
import { Dec } from "../model/decimal";
import { type SpecField, SPEC_FIELDS, citation, isTextField, notApplicable, serialFromCatalogDate, specFigure, specValue } from "../model/spec";
import { CUSTOM_CARD_KEY_PREFIX, ENTITY_KEY_PROPERTY, formatted } from "./cell-values";
import { flowsOf, spanOf } from "./deal-models";
import { DEFAULT_SCENARIO } from "./scenarios";

type Property = Excel.EntityPropertyType;

const PROVIDER: Excel.CellValueProviderAttributes = { description: `Gigawatt catalog ${CATALOG_VERSION}` };

/** Card labels of the SPEC fields (the field name is the key users type; the label is what the card shows). */
const LABELS: Readonly<Record<SpecField, string>> = {
  key: ENTITY_KEY_PROPERTY, name: "Name", vendor: "Vendor", family: "Family", accelerator_unit: "Accelerator",
  accelerators_per_system: "Accelerators per system", chip_tdp_kw: "Chip TDP", system_kw: "System power",
  hbm_gb: "HBM", sram_gb: "SRAM", fp8_pflops: "FP8 dense", fp4_pflops: "FP4 dense", bf16_pflops: "BF16 dense",
  price_per_accelerator: "Price per accelerator", price_per_system: "Price per system", available: "Available",
};

/** Number formats by catalog unit (en-US syntax). */
const UNIT_FORMATS: Readonly<Record<string, string>> = {
  count: "#,##0", kW: '#,##0.0##" kW"', GB: '#,##0" GB"', PFLOPS: '#,##0.0##" PFLOPS"', USD: '"$"#,##0', GW: '#,##0.0##" GW"', date: "yyyy-mm-dd",
};

const text = (value: string): Property => ({ type: "String", basicValue: value });

function number(value: number, unit: string): Excel.DoubleCellValue {
  const numberFormat = UNIT_FORMATS[unit];
  return numberFormat === undefined ? { type: "Double", basicValue: value } : { type: "Double", basicValue: value, numberFormat };
}

/** "Title (date)"; a source whose page shows no date (date null) is "(undated)", as GW.SOURCE names it. */
const sourceName = (source: Source): string => `${source.title} (${source.date ?? "undated"})`;

function attribution(sourceId: string): Excel.CellValueAttributionAttributes[] {
  const source = sourceOf(sourceId);
  return source === undefined ? [{ sourceText: sourceId }] : [{ sourceText: sourceName(source), ...(source.url ? { sourceAddress: source.url } : {}) }];
}

const rangeText = (low: string, high: string) => (low === high ? "" : `range ${low} to ${high}; `);

/** A figure as a formatted number whose sublabel gives its range and source. */
function figureProperty(figure: Figure | DateFigure, base: number): Property {
  const isDate = figure.unit === "date";
  const low = isDate ? String(figure.low) : (figure.low as number).toLocaleString("en-US");
  const high = isDate ? String(figure.high) : (figure.high as number).toLocaleString("en-US");
  return {
    ...number(base, figure.unit),
    propertyMetadata: { sublabel: `${rangeText(low, high)}${citation(figure)}`, attribution: attribution(figure.source) },
  };
}

export function systemEntity(system: SystemSpec): Excel.EntityCellValue {
  const properties: Record<string, Property> = {};
  // A custom system's figures are set in the workbook (source "custom", src/model/custom-system.ts).
  const custom = SPEC_FIELDS.some((field) => !isTextField(field) && specFigure(system, field)?.source === "custom");
  for (const field of SPEC_FIELDS) {
    const label = LABELS[field];
    if (isTextField(field)) {
      const value = String(specValue(system, field, "base"));
      properties[label] = text(field === "key" && custom ? `${CUSTOM_CARD_KEY_PREFIX}${value}` : value);
      continue;
    }
    const figure = specFigure(system, field);
    const base = specValue(system, field, "base");
    if (figure === null || typeof base !== "number") {
      const why = notApplicable(system, field);
      properties[label] = text(why !== undefined ? `n/a: ${why}` : "not published");
    } else {
      properties[label] = figureProperty(figure, base);
    }
  }
  const figures = SPEC_FIELDS.filter((f) => !isTextField(f)).map((f) => LABELS[f]);
  return {
    type: "Entity",
    text: system.name,
    properties,
    layouts: {
      card: {
        title: { property: LABELS.name },
        sections: [
          { layout: "List", properties: [LABELS.key, LABELS.vendor, LABELS.family, LABELS.accelerator_unit] },
          { layout: "List", title: "Figures (base; range and source below each)", properties: figures },
        ],
      },
    },
    provider: PROVIDER,
  };
}

const dateValue = (iso: string): Excel.CellValue => {
  const serial = serialFromCatalogDate(iso);
  return serial === undefined ? { type: "String", basicValue: iso } : (formatted("date", serial) as Excel.DoubleCellValue);
};

/** Total GW of a deal in a case (the sum of its tranches as modelled). */
function totalGw(deal: DealSpec, c: Case): number {
  return flowsOf([deal], c, DEFAULT_SCENARIO).reduce((sum, f) => sum.plus(f.gigawatts), new Dec(0)).toNumber();
}

export function dealEntity(deal: DealSpec): Excel.EntityCellValue {
  const span = spanOf([deal], "base", DEFAULT_SCENARIO);
  const source = sourceOf(deal.source);
  const [low, base, high] = (["low", "base", "high"] as const).map((c) => totalGw(deal, c));
  const properties: Record<string, Property> = {
    [ENTITY_KEY_PROPERTY]: text(deal.key),
    Name: text(deal.name),
    Buyer: text(deal.buyer),
    Vendor: text(deal.vendor),
    Status: text(deal.status),
    Announced: dateValue(deal.announced),
    GW: { ...number(base, "GW"), propertyMetadata: { sublabel: `${rangeText(low.toLocaleString("en-US"), high.toLocaleString("en-US"))}sum of the tranches` } },
    Systems: text([...new Set(deal.tranches.map((t) => t.system))].join(", ") || "none (no capacity)"),
    Source: { ...text(source ? sourceName(source) : deal.source), propertyMetadata: { attribution: attribution(deal.source) } },
  };
  if (span !== undefined) {
    properties.Start = formatted("date", span.from) as Excel.DoubleCellValue;
    properties.End = formatted("date", span.to) as Excel.DoubleCellValue;
  }
  if (deal.payment !== undefined) properties.Payment = text(deal.payment);
  if (deal.mechanics) properties.Mechanics = text(deal.mechanics);
  if (deal.note) properties.Note = text(deal.note);
  if (deal.tranches.length > 0) {
    const header: Excel.CellValue[] = ["Start", "End", "GW (base)", "System", "Status"].map((h) => ({ type: "String", basicValue: h }));
    properties.Tranches = {
      type: "Array",
      elements: [header, ...deal.tranches.map((t): Excel.CellValue[] => [
        dateValue(t.start), dateValue(t.end), number(t.gigawatts.base, "GW"), { type: "String", basicValue: t.system }, { type: "String", basicValue: t.status },
      ])],
    };
  }
  if (deal.reported !== undefined && deal.reported.length > 0) {
    const header: Excel.CellValue[] = ["Reported", "USD (base)", "Date", "Modelled as", "Explanation"].map((h) => ({ type: "String", basicValue: h }));
    properties.Reconciliation = {
      type: "Array",
      elements: [header, ...deal.reported.map((r): Excel.CellValue[] => [
        { type: "String", basicValue: r.what }, number(r.usd.base, "USD"), dateValue(r.date),
        { type: "String", basicValue: r.modelled }, { type: "String", basicValue: r.explanation ?? "" },
      ])],
    };
  }
  const order = [ENTITY_KEY_PROPERTY, "Buyer", "Vendor", "Status", "Announced", "Start", "End", "GW", "Systems", "Payment", "Tranches", "Reconciliation", "Mechanics", "Note", "Source"];
  return {
    type: "Entity",
    text: deal.name,
    properties,
    layouts: { card: { title: { property: "Name" }, sections: [{ layout: "List", properties: order.filter((p) => p in properties) }] } },
    provider: PROVIDER,
  };
}
