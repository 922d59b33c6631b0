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

export function SatisfactionTrendChart({ rows, target, summary }: SatisfactionTrendChartProps) {
  return (
    <div role="img" aria-label={summary} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 256 }}>
        <LineChart data={rows} margin={{ top: 24, right: 16, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" padding={{ left: 16, right: 16 }} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? "нет оценок" : ruNumber(Number(value)))} />
          <ReferenceLine
            y={target}
            stroke={TARGET_COLOUR}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: `цель ${ruNumber(target)}`, position: "insideBottomRight", fill: TARGET_COLOUR, fontSize: 12 }}
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
    </div>
  );
}
