/**
 * The pane's charts as SVG. Each kind is a function from one data shape to an `svg` with role="img"
 * and an accessible name that carries the unit; `CHART_KINDS` lists them (bars per period; the fan of
 * simulated outcomes), so another kind is one more entry. Charts are drawn at the pixel width they get (no scaling),
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
  /** The fan's percentiles per point (points are then the announced path); absent while they compute. */
  readonly fan?: FanSeries;
  /** The fan's legend and its explanation for assistive technology. */
  readonly fanText?: FanText;
}

export interface FanSeries {
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
}

export interface FanText {
  readonly band: string;
  readonly median: string;
  readonly announced: string;
  /** Shown in place of the band's and median's legend while they compute. */
  readonly computing: string;
  /** What P10, P50 and P90 mean: the start of the chart's description. */
  readonly meaning: string;
  /** One point in the description: label, P10, P50, P90, announced (values formatted, with unit). */
  readonly point: (label: string, p10: string, p50: string, p90: string, announced: string) => string;
  readonly announcedPoint: (label: string, announced: string) => string;
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

/** A value axis from 0 covering max: its ticks, their labels and the room they need at the left. */
function valueAxis(max: number, data: ChartData): { top: number; ticks: number[]; tickLabels: string[]; left: number } {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const tickLabels = ticks.map((t) => data.format(Number(t.toFixed(decimalsOf(step) + 2))));
  const left = Math.ceil(Math.max(...tickLabels.map((l) => l.length), data.unit.length) * CHAR) + 10;
  return { top, ticks, tickLabels, left };
}

export const barChart: ChartRenderer = (data, { width, id }) => {
  const points = data.points;
  const max = Math.max(0, ...points.map((p) => p.value));
  const { top, ticks, tickLabels, left } = valueAxis(max, data);
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
    // The unit starts at the left edge: right-aligned to the ticks, a wide unit ("GW") ran out of the box.
    svg("text", { x: 0, y: 34, class: "axis-unit", "aria-hidden": "true" }, data.unit),
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

/** Words of `text` in lines of at most `chars` characters (a word longer than that stands alone). */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The fan chart: what has arrived by the end of each period, as simulated. A filled band from P10
 * to P90 (eight in ten simulated outcomes inside it), the P50 line, and the announced path dashed
 * (base figures, every deal delivered). While the percentiles compute, the announced path stands
 * alone and the legend says they are computing, so nothing moves when they arrive.
 */
export const fanChart: ChartRenderer = (data, { width, id }) => {
  const points = data.points;
  const fan = data.fan;
  const text = data.fanText!;
  const values = [...points.map((p) => p.value), ...(fan ? [...fan.p10, ...fan.p50, ...fan.p90] : [])];
  const { top, ticks, tickLabels, left } = valueAxis(Math.max(0, ...values), data);
  const titleLines = wrap(data.title, Math.max(20, Math.floor(width / (CHAR + 0.4))));
  // Legend: swatch (24 px) + gap + text per item, items wrapped to the width.
  const items: Array<{ kind: "band" | "median" | "announced" | "computing"; label: string }> = fan
    ? [{ kind: "band", label: text.band }, { kind: "median", label: text.median }, { kind: "announced", label: text.announced }]
    : [{ kind: "announced", label: text.announced }, { kind: "computing", label: text.computing }];
  const layout = (list: typeof items) => {
    const placed: Array<{ kind: string; label: string; x: number; row: number }> = [];
    let x = 0;
    let row = 0;
    for (const item of list) {
      const itemWidth = (item.kind === "computing" ? 0 : 30) + item.label.length * CHAR;
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        row++;
      }
      placed.push({ ...item, x, row });
      x += itemWidth + 14;
    }
    return { placed, rows: row + 1 };
  };
  const { placed } = layout(items);
  // The legend takes as many rows computing as drawn, so nothing below it moves when the percentiles arrive.
  const row = Math.max(layout([{ kind: "band", label: text.band }, { kind: "median", label: text.median }, { kind: "announced", label: text.announced }]).rows,
    layout([{ kind: "announced", label: text.announced }, { kind: "computing", label: text.computing }]).rows) - 1;
  const titleHeight = titleLines.length * 18;
  const legendTop = titleHeight + 4;
  const legendHeight = (row + 1) * 18;
  const plotTop = legendTop + legendHeight + 24;
  const plotHeight = Math.round(Math.min(220, Math.max(130, width * 0.4)));
  const height = plotTop + plotHeight + 24;
  const plot = { x: left, y: plotTop, w: Math.max(40, width - left - 12), h: plotHeight };
  const y = (v: number) => plot.y + plot.h - (plot.h * v) / top;
  const n = points.length;
  // One point is a short flat segment (a level, not a trend); more are spread over the plot's width.
  const xs = n === 1 ? [plot.x + plot.w * 0.3, plot.x + plot.w * 0.7] : points.map((_, i) => plot.x + (plot.w * i) / Math.max(n - 1, 1));
  const series = (v: readonly number[]) => (n === 1 ? [v[0], v[0]] : v);
  const line = (v: readonly number[]) => series(v).map((value, i) => `${xs[i].toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  const label = (i: number) => points[i].label;
  const f = (value: number) => `${data.format(value)} ${data.unit}`;
  const description = fan
    ? `${text.meaning} ${points.map((p, i) => text.point(p.label, f(fan.p10[i]), f(fan.p50[i]), f(fan.p90[i]), f(p.value))).join("; ")}.`
    : `${text.computing} ${points.map((p) => text.announcedPoint(p.label, f(p.value))).join("; ")}.`;

  const chart = svg("svg", {
    role: "img", class: "chart fan", width, height, viewBox: `0 0 ${width} ${height}`,
    "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc`, "aria-busy": fan ? "false" : "true",
  }) as SVGSVGElement;
  chart.append(
    svg("title", { id: `${id}-title` }, data.title),
    svg("desc", { id: `${id}-desc` }, description),
    svg("text", { x: 0, y: 14, class: "chart-title", "aria-hidden": "true" },
      ...titleLines.map((t, i) => svg("tspan", { x: 0, dy: i === 0 ? 0 : 18 }, t))),
    svg("text", { x: 0, y: plotTop - 10, class: "axis-unit", "aria-hidden": "true" }, data.unit),
  );
  const legend = svg("g", { class: "legend", "aria-hidden": "true" });
  for (const item of placed) {
    const ly = legendTop + item.row * 18 + 9;
    const sx = item.x;
    if (item.kind === "band") legend.append(svg("rect", { x: sx, y: ly - 6, width: 24, height: 12, class: "band" }));
    if (item.kind === "median") legend.append(svg("line", { x1: sx, x2: sx + 24, y1: ly, y2: ly, class: "median" }));
    if (item.kind === "announced") legend.append(svg("line", { x1: sx, x2: sx + 24, y1: ly, y2: ly, class: "announced" }));
    legend.append(svg("text", { x: item.kind === "computing" ? sx : sx + 30, y: ly + 4, class: item.kind === "computing" ? "legend computing" : "legend" }, item.label));
  }
  chart.append(legend);
  ticks.forEach((t, i) => {
    chart.append(
      svg("line", { x1: plot.x, x2: plot.x + plot.w, y1: y(t).toFixed(1), y2: y(t).toFixed(1), class: i === 0 ? "axis-line" : "grid" }),
      svg("text", { x: left - 6, y: (y(t) + FONT / 3).toFixed(1), "text-anchor": "end", class: "axis", "aria-hidden": "true" }, tickLabels[i]));
  });
  if (fan) {
    const upper = series(fan.p90).map((v, i) => `${xs[i].toFixed(1)},${y(v).toFixed(1)}`);
    const lower = series(fan.p10).map((v, i) => `${xs[i].toFixed(1)},${y(v).toFixed(1)}`).reverse();
    chart.append(svg("polygon", { points: [...upper, ...lower].join(" "), class: "band" }));
    chart.append(svg("polyline", { points: line(fan.p50), class: "median" }));
  }
  chart.append(svg("polyline", { points: line(points.map((p) => p.value)), class: "announced" }));
  // Hover titles per period (the description carries the same for assistive technology).
  const slot = plot.w / Math.max(n, 1);
  points.forEach((p, i) => {
    const cx = n === 1 ? plot.x + plot.w / 2 : xs[i];
    const tip = fan ? text.point(p.label, f(fan.p10[i]), f(fan.p50[i]), f(fan.p90[i]), f(p.value)) : text.announcedPoint(p.label, f(p.value));
    chart.append(svg("rect", { x: (cx - slot / 2).toFixed(1), y: plot.y, width: slot.toFixed(1), height: plot.h, class: "hit" }, svg("title", {}, tip)));
  });
  // Period labels: the first starts at the axis, the last ends at it.
  const extent = (i: number) => {
    const w = label(i).length * (CHAR + 0.4);
    const cx = n === 1 ? plot.x + plot.w / 2 : xs[i];
    const anchor = n > 1 && i === 0 ? "start" : n > 1 && i === n - 1 ? "end" : "middle";
    const from = anchor === "start" ? cx : anchor === "end" ? cx - w : cx - w / 2;
    return { i, cx, anchor, from, to: from + w };
  };
  // Every k-th period, the smallest k whose labels all clear each other (the last one may displace its neighbour).
  const every = (k: number) => {
    const picked: Array<ReturnType<typeof extent>> = [];
    for (let i = 0; i < n; i += k) picked.push(extent(i));
    if ((n - 1) % k !== 0) {
      const last = extent(n - 1);
      if (picked[picked.length - 1].to + 6 > last.from) picked.pop();
      picked.push(last);
    }
    return picked.every((e, j) => j === 0 || picked[j - 1].to + 6 <= e.from) ? picked : undefined;
  };
  let shown = every(1);
  for (let k = 2; shown === undefined && k < n; k++) shown = every(k);
  shown ??= [extent(0)];
  for (const { i, cx, anchor } of shown) {
    chart.append(svg("text", { x: cx.toFixed(1), y: height - 6, "text-anchor": anchor, class: "axis", "aria-hidden": "true" }, label(i)));
  }
  return chart;
};

/** The chart kinds the pane can draw, by name. */
export const CHART_KINDS: Readonly<Record<string, ChartRenderer>> = { bar: barChart, fan: fanChart };
