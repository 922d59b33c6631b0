// Series colours of the dashboard charts: dark enough for 3:1 against white (WCAG 1.4.11) and apart from
// each other; the legend and the table under every chart carry the same meaning in words and numbers.
export const SERIES_COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

export const TARGET_COLOUR = "#991b1b";

export const ruNumber = (value: number, digits = 2) => value.toLocaleString("ru-RU", { maximumFractionDigits: digits });
