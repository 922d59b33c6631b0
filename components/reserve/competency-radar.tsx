"use client";
// Профиль компетенций as a radar: one line per rater kind. The same numbers are in the table beside it,
// so the chart is one labelled image.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import { SERIES_COLOURS } from "@/components/kpi/charts/chart-palette";

export type RadarProps = {
  rows: Record<string, string | number | null>[];
  series: { key: string; name: string }[];
  max: number;
  summary: string;
};

export function CompetencyRadar({ rows, series, max, summary }: RadarProps) {
  return (
    <div role="img" aria-label={summary} className="h-80 w-full max-w-2xl">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 400, height: 320 }}>
        <RadarChart data={rows} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="name" tick={{ fontSize: 11 }} />
          <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Radar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              fillOpacity={0.15}
              isAnimationActive={false}
            />
          ))}
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
