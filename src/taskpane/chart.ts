/**
 * The pane's charts as SVG. Each kind is a function from one data shape to an `svg` with role="img"
 * and an accessible name that carries the unit; `CHART_KINDS` lists them, so another kind (a fan of
 * low/base/high, say) is one more entry. Charts are drawn at the pixel width they get (no scaling),
 * so their text stays the body's size at 350 px and at 1200 px.
 */
import { svg } from "./dom";

export interface ChartPoint {
  /** Tick label on the category axis, e.g. "2027". */
  readonly label: string;
  readonly value: number;
}

export interface ChartData {
  /** Visible title; also the start of the accessible name. It names the unit. */
  readonly title: string;
  /** Unit shown at the value axis, e.g. "GW", "MW", "USD bn". */
  readonly unit: string;
  readonly points: readonly ChartPoint[];
  /** A value in the pane's locale (tick and data labels, tooltips). */
  readonly format: (value: number) => string;
}

export interface ChartOptions {
  /** Width in CSS pixels the chart is drawn at. */
  readonly width: number;
  /** Prefix for element ids (title, description), unique in the page. */
  readonly id: string;
}

export type ChartRenderer = (data: ChartData, options: ChartOptions) => SVGSVGElement;

const FONT = 12;
const CHAR = 6.6; // average glyph width at 12 px of the pane's sans-serif, for layout only

/** 1, 2, 2.5 or 5 × 10^n: the step of at most `count` ticks covering `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return step;
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / 10 ** Math.floor(Math.log10(step)) === 2.5 ? 1 : 0));
}

export const barChart: ChartRenderer = (data, { width, id }) => {
  const points = data.points;
  const max = Math.max(0, ...points.map((p) => p.value));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const tickLabels = ticks.map((t) => data.format(Number(t.toFixed(decimalsOf(step) + 2))));
  const left = Math.ceil(Math.max(...tickLabels.map((l) => l.length), data.unit.length) * CHAR) + 10;
  const height = Math.round(Math.min(280, Math.max(190, width * 0.5)));
  const plot = { x: left, y: 48, w: Math.max(40, width - left - 8), h: height - 48 - 24 };
  const y = (v: number) => plot.y + plot.h - (plot.h * v) / top;
  const slot = plot.w / Math.max(points.length, 1);
  const barWidth = Math.min(slot * 0.7, 64);
  const labelEvery = Math.max(1, Math.ceil((Math.max(...points.map((p) => p.label.length), 1) * CHAR + 6) / slot));
  const valueLabels = points.map((p) => data.format(p.value));
  const showValues = Math.max(...valueLabels.map((l) => l.length), 0) * CHAR <= slot - 2;

  const chart = svg("svg", {
    role: "img", class: "chart", width, height, viewBox: `0 0 ${width} ${height}`,
    "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc`,
  }) as SVGSVGElement;
  chart.append(
    svg("title", { id: `${id}-title` }, data.title),
    svg("desc", { id: `${id}-desc` }, points.map((p, i) => `${p.label}: ${valueLabels[i]} ${data.unit}`).join("; ")),
    svg("text", { x: 0, y: 14, class: "chart-title", "aria-hidden": "true" }, data.title),
    svg("text", { x: left - 6, y: 34, "text-anchor": "end", class: "axis-unit", "aria-hidden": "true" }, data.unit),
  );
  ticks.forEach((t, i) => {
    chart.append(
      svg("line", { x1: plot.x, x2: plot.x + plot.w, y1: y(t).toFixed(1), y2: y(t).toFixed(1), class: i === 0 ? "axis-line" : "grid" }),
      svg("text", { x: left - 6, y: (y(t) + FONT / 3).toFixed(1), "text-anchor": "end", class: "axis", "aria-hidden": "true" }, tickLabels[i]));
  });
  points.forEach((p, i) => {
    const cx = plot.x + slot * (i + 0.5);
    const barTop = y(p.value);
    chart.append(svg("rect", {
      x: (cx - barWidth / 2).toFixed(1), y: barTop.toFixed(1), width: barWidth.toFixed(1), height: Math.max(0, plot.y + plot.h - barTop).toFixed(1), class: "bar",
    }, svg("title", {}, `${p.label}: ${valueLabels[i]} ${data.unit}`)));
    if (showValues) chart.append(svg("text", { x: cx.toFixed(1), y: (barTop - 4).toFixed(1), "text-anchor": "middle", class: "value", "aria-hidden": "true" }, valueLabels[i]));
    if (i % labelEvery === 0) chart.append(svg("text", { x: cx.toFixed(1), y: height - 6, "text-anchor": "middle", class: "axis", "aria-hidden": "true" }, p.label));
  });
  return chart;
};

/** The chart kinds the pane can draw, by name. */
export const CHART_KINDS: Readonly<Record<string, ChartRenderer>> = { bar: barChart };
