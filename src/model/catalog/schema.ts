/**
 * The catalog's types. catalog.schema.json is the one source of truth: `npm run catalog` generates
 * types.generated.ts from it and validates every data file against it. Every figure is a range with
 * a provenance, after the convention of Epoch AI's chip tables (p5 / median / p95 there; low / base /
 * high here) — see SCHEMA.md.
 */
import { ENUMS, type Case } from "./types.generated";

export type {
  Assumption, Case, CatalogRelease, DateFigure, DealSpec, DealStatus, Figure, FigureKind, IsoDate, IsoDay, ModelledMeasure,
  MoneyEvent, Payment, ReportedMoney, Source, SystemField, SystemSpec, Tranche, Unit, Warrant,
} from "./types.generated";

export const CASES: readonly Case[] = ENUMS.Case;
