/** The preview's bar chart as SVG: GW added per year, labelled for screen readers. */
import { svg } from "./dom";
import type { PreviewRow } from "./controller";
import type { Locale } from "./strings";

const WIDTH = 280;
const HEIGHT = 120;
const AXIS = 18;

export function barChart(rows: readonly PreviewRow[], locale: Locale): SVGElement {
  const max = Math.max(...rows.map((r) => r.gwAdded), 1e-9);
  const slot = (WIDTH - 8) / Math.max(rows.length, 1);
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "chart", "aria-labelledby": "chart-title" },
    svg("title", { id: "chart-title" }, `${locale.text.gwAdded}: ${rows.map((r) => `${r.year} ${locale.number(r.gwAdded)}`).join(", ")}`));
  rows.forEach((row, i) => {
    const height = ((HEIGHT - AXIS - 6) * row.gwAdded) / max;
    const x = 4 + i * slot + slot * 0.15;
    chart.appendChild(svg("rect", { x: x.toFixed(1), y: (HEIGHT - AXIS - height).toFixed(1), width: (slot * 0.7).toFixed(1), height: height.toFixed(1), class: "bar" },
      svg("title", {}, `${row.year}: ${locale.number(row.gwAdded)} GW`)));
    chart.appendChild(svg("text", { x: (x + slot * 0.35).toFixed(1), y: HEIGHT - 4, "text-anchor": "middle", class: "axis" }, String(row.year)));
  });
  return chart;
}
