// A bar chart drawn with pdfkit's vector primitives for the PDF report: the numbers printed on the bars
// (colour is never the only carrier), a dashed target line and a legend.
import { contentWidth, ensureSpace, FONT, FONT_BOLD, INK, left, MUTED, SERIES, TARGET, type Doc } from "./pdf-layout";

export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((m) => m >= value)!;
}

export type BarChart = {
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  target: number;
  targetLabel: string;
  /** the value axis ends here at least */
  max?: number;
  format: (v: number) => string;
  /** printed where a value is missing */
  missing: string;
};

/** Grouped bars with the value printed on each bar, a dashed target line and a legend. */
export function barChart(doc: Doc, chart: BarChart) {
  const height = 170;
  const axisWidth = 28;
  const x0 = left(doc) + axisWidth;
  const plotWidth = contentWidth(doc) - axisWidth;
  ensureSpace(doc, height + 40 + 14 * Math.ceil(chart.series.length / 3));
  const top = doc.y + 10;
  const base = top + height;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(chart.max ?? 0, chart.target * 1.1, ...values));
  const y = (v: number) => base - (v / max) * height;

  // value axis: five ticks with light grid lines
  doc.font(FONT).fontSize(7).fillColor(MUTED);
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    doc
      .moveTo(x0, y(v))
      .lineTo(x0 + plotWidth, y(v))
      .lineWidth(0.3)
      .strokeColor(i === 0 ? INK : "#d1d5db")
      .stroke();
    doc.text(chart.format(v), left(doc), y(v) - 4, { width: axisWidth - 4, align: "right", lineBreak: false });
  }

  const groupWidth = plotWidth / chart.categories.length;
  const barWidth = Math.min(40, (groupWidth * 0.8) / chart.series.length);
  const labelSize = Math.max(5, Math.min(8, barWidth * 0.6));
  const bars = chart.categories.flatMap((_, c) => {
    const groupX = x0 + c * groupWidth + (groupWidth - barWidth * chart.series.length) / 2;
    return chart.series.map((series, s) => ({ x: groupX + s * barWidth, s, value: series.values[c] }));
  });
  for (const { x, s, value } of bars) {
    if (value !== null && value > 0) doc.rect(x + 0.5, y(value), barWidth - 1, base - y(value)).fill(SERIES[s % SERIES.length]);
  }
  for (const [c, category] of chart.categories.entries()) {
    doc
      .font(FONT_BOLD)
      .fontSize(8)
      .fillColor(INK)
      .text(category, x0 + c * groupWidth, base + 4, { width: groupWidth, align: "center", lineBreak: false });
  }

  // the target line over the bars, the values over the line (on white, so the dashes never cross a number)
  doc
    .moveTo(x0, y(chart.target))
    .lineTo(x0 + plotWidth, y(chart.target))
    .lineWidth(1.2)
    .dash(5, { space: 3 })
    .strokeColor(TARGET)
    .stroke()
    .undash();
  for (const { x, value } of bars) {
    const label = value === null ? chart.missing : chart.format(value);
    const size = value === null ? Math.max(5, labelSize - 1) : labelSize;
    const labelY = (value === null ? base : y(value)) - size - 3;
    doc.font(FONT).fontSize(size);
    const w = doc.widthOfString(label);
    doc.rect(x + barWidth / 2 - w / 2 - 1, labelY - 0.5, w + 2, size + 2).fill("#ffffff");
    doc.fillColor(INK).text(label, x + barWidth / 2 - w / 2, labelY, { lineBreak: false });
  }

  // legend: a swatch and a name per series, then the dashed target
  let lx = left(doc);
  let ly = base + 18;
  const item = (width: number, draw: (x: number, y: number) => void, text: string) => {
    doc.font(FONT).fontSize(7.5);
    const w = width + 4 + doc.widthOfString(text) + 12;
    if (lx + w > left(doc) + contentWidth(doc)) {
      lx = left(doc);
      ly += 12;
    }
    draw(lx, ly);
    doc.fillColor(INK).text(text, lx + width + 4, ly, { lineBreak: false });
    lx += w;
  };
  for (const [s, series] of chart.series.entries()) {
    item(9, (x, yy) => doc.rect(x, yy + 1, 9, 7).fill(SERIES[s % SERIES.length]), series.label);
  }
  item(
    18,
    (x, yy) =>
      doc
        .moveTo(x, yy + 4.5)
        .lineTo(x + 18, yy + 4.5)
        .lineWidth(1.2)
        .dash(5, { space: 3 })
        .strokeColor(TARGET)
        .stroke()
        .undash(),
    chart.targetLabel,
  );
  doc.x = left(doc);
  doc.y = ly + 16;
  doc.fillColor(INK);
}

// ——— sections ———
