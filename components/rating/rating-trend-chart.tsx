"use client";
// Each region's share of on-time fulfilment month by month; months without counted assignments are gaps.
// The same numbers are in the table under the chart.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ruNumber, SERIES_COLOURS } from "@/components/kpi/charts/chart-palette";

type Props = {
  regions: { id: string; name: string }[];
  rows: ({ label: string } & Record<string, number | null | string>)[];
  summary: string;
};

export function RatingTrendChart({ regions, rows, summary }: Props) {
  return (
    <div role="img" aria-label={summary} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height: 288 }}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 0, left: -8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v} %`} />
          <Tooltip
            formatter={(value) => (value === null || value === undefined ? "нет поручений" : `${ruNumber(Number(value), 1)} %`)}
          />
          <Legend />
          {regions.map((r, i) => (
            <Line
              key={r.id}
              type="linear"
              dataKey={r.id}
              name={r.name}
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
