"use client";
// The satisfaction mean quarter by quarter against the target line; quarters without responses are gaps,
// not zeros. The numbers are printed at the points and repeated in the table beside the chart.
import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ruNumber, SERIES_COLOURS, TARGET_COLOUR } from "./chart-palette";

export type SatisfactionTrendChartProps = {
  rows: { label: string; value: number | null }[];
  target: number;
  summary: string;
};

export function SatisfactionTrendChart({ rows, target }: Omit<SatisfactionTrendChartProps, "summary">) {
  // the scale starts half a point below the lowest value (or the target), so that differences of tenths
  // stay visible; the axis is labelled, the values are printed at the points
  const lowest = Math.min(target, ...rows.flatMap((r) => (r.value === null ? [] : [r.value])));
  const bottom = Math.max(1, Math.floor(lowest * 2) / 2 - 0.5);
  const ticks = Array.from({ length: Math.round((5 - bottom) * 2) + 1 }, (_, i) => bottom + i / 2);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height: 256 }}>
      <LineChart data={rows} margin={{ top: 24, right: 72, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} padding={{ left: 16, right: 16 }} />
        <YAxis domain={[bottom, 5]} ticks={ticks} tickFormatter={(v: number) => ruNumber(v)} />
        <Tooltip formatter={(value) => (value === null || value === undefined ? "нет оценок" : ruNumber(Number(value)))} />
        <ReferenceLine
          y={target}
          stroke={TARGET_COLOUR}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{ value: `цель ${ruNumber(target)}`, position: "right", fill: TARGET_COLOUR, fontSize: 12 }}
        />
        <Line
          type="linear"
          dataKey="value"
          name="Средняя оценка"
          stroke={SERIES_COLOURS[0]}
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        >
          <LabelList dataKey="value" position="top" formatter={(v) => (typeof v === "number" ? ruNumber(v) : "")} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
