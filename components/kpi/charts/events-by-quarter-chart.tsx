"use client";
// Held events per quarter, one bar per region, against the even-share target line. Decoration for sighted
// users: the same numbers are in the table beside it, so the chart itself is one labelled image.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ruNumber, SERIES_COLOURS, TARGET_COLOUR } from "./chart-palette";

export type EventsByQuarterChartProps = {
  /** one row per quarter: { label: "I кв.", [regionCode]: events } */
  rows: Record<string, string | number>[];
  regions: { code: string; name: string }[];
  target: number;
  summary: string;
};

export function EventsByQuarterChart({ rows, regions, target }: Omit<EventsByQuarterChartProps, "summary">) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height: 288 }}>
      <BarChart data={rows} margin={{ top: 16, right: 72, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip formatter={(value) => ruNumber(Number(value))} />
        <Legend itemSorter={null} />
        {regions.map((r, i) => (
          <Bar
            key={r.code}
            dataKey={r.code}
            name={r.name}
            fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          y={target}
          stroke={TARGET_COLOUR}
          strokeDasharray="6 4"
          strokeWidth={2}
          // the label sits in the right margin, where no bar can hide it
          label={{ value: `цель ${ruNumber(target)}`, position: "right", fill: TARGET_COLOUR, fontSize: 12 }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
