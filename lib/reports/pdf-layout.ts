// Layout of the PDF reports (pdfkit): the embedded fonts, print colours, page helpers, headings, paragraphs
// and a table that repeats its header on every page it runs to.
import path from "node:path";

// fonts are named by their paths: pdfkit caches a font under the name it was first asked by, and a second
// name for an already loaded face would re-read and re-parse the file on every switch
export const FONT = path.join(process.cwd(), "assets/fonts/DejaVuSans.ttf");
export const FONT_BOLD = path.join(process.cwd(), "assets/fonts/DejaVuSans-Bold.ttf");

// print colours: dark enough on white, told apart by the legend and the printed numbers as well
export const SERIES = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];
export const TARGET = "#991b1b";
export const INK = "#111827";
export const MUTED = "#4b5563";
export const LINE = "#9ca3af";
export const HEAD_FILL = "#e5e7eb";

export const MARGINS = { top: 40, bottom: 50, left: 40, right: 40 };

export type Doc = PDFKit.PDFDocument;
export type Align = "left" | "right" | "center";
export type Column = { header: string; width: number; align?: Align };
export type Row = { cells: string[]; bold?: boolean; shaded?: boolean[] };

export const ru = (value: number, digits = 2) => value.toLocaleString("ru-RU", { maximumFractionDigits: digits });

export const left = (doc: Doc) => doc.page.margins.left;
export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page in the current page's orientation. */
export const nextPage = (doc: Doc) =>
  doc.addPage({ size: "A4", margins: MARGINS, layout: doc.page.layout === "landscape" ? "landscape" : "portrait" });

/** A new page unless `height` still fits below the cursor. */
export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) nextPage(doc);
}

export function heading(doc: Doc, text: string) {
  ensureSpace(doc, 60);
  doc.x = left(doc);
  doc
    .moveDown(0.8)
    .font(FONT_BOLD)
    .fontSize(12)
    .fillColor(INK)
    .text(text, { width: contentWidth(doc) });
  doc.outline.addItem(text);
  doc.moveDown(0.3).font(FONT).fontSize(9);
}

export function paragraph(doc: Doc, text: string, options: { size?: number; color?: string; bold?: boolean } = {}) {
  doc.x = left(doc);
  doc
    .font(options.bold ? FONT_BOLD : FONT)
    .fontSize(options.size ?? 9)
    .fillColor(options.color ?? INK)
    .text(text, { width: contentWidth(doc) });
  doc.fillColor(INK).font(FONT);
}

/** A table with a repeated header on every page it runs to; cells wrap, rows never split. */
export function table(doc: Doc, columns: Column[], rows: Row[], fontSize = 8) {
  const pad = 3;
  const x0 = left(doc);
  const cellHeight = (texts: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...texts.map((t, i) => doc.heightOfString(t || " ", { width: columns[i].width - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (texts: string[], font: string, fill: (i: number) => string | undefined, height: number) => {
    let x = x0;
    const y = doc.y;
    for (const [i, column] of columns.entries()) {
      const colour = fill(i);
      if (colour) doc.rect(x, y, column.width, height).fill(colour);
      doc.rect(x, y, column.width, height).lineWidth(0.5).strokeColor(LINE).stroke();
      doc
        .font(font)
        .fontSize(fontSize)
        .fillColor(INK)
        .text(texts[i] ?? "", x + pad, y + pad, { width: column.width - 2 * pad, align: column.align ?? "left" });
      x += column.width;
    }
    doc.x = x0;
    doc.y = y + height;
  };
  const header = columns.map((c) => c.header);
  const headerHeight = cellHeight(header, FONT_BOLD);
  const drawHeader = () => drawRow(header, FONT_BOLD, () => HEAD_FILL, headerHeight);

  ensureSpace(doc, headerHeight + 20);
  drawHeader();
  for (const row of rows) {
    const font = row.bold ? FONT_BOLD : FONT;
    const height = cellHeight(row.cells, font);
    if (doc.y + height > bottom(doc)) {
      nextPage(doc);
      drawHeader();
    }
    drawRow(row.cells, font, (i) => (row.shaded?.[i] ? HEAD_FILL : undefined), height);
  }
  doc.moveDown(0.5);
}

/** Column widths: `fixed` as given, the rest share what is left of the content width. */
export function widths(doc: Doc, fixed: (number | null)[]): number[] {
  const free = contentWidth(doc) - fixed.reduce<number>((s, w) => s + (w ?? 0), 0);
  const flexible = fixed.filter((w) => w === null).length;
  return fixed.map((w) => w ?? free / flexible);
}
