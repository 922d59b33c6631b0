"use client";
// The dashboard's charts are drawn in the browser only when scrolled near: recharts is the heaviest script
// of the page, and on an old office laptop loading and drawing it at once blocked input for most of a
// second. Until then the labelled image holds the chart's place (no layout shift); its numbers are in the
// table beside it from the start.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { EventsByQuarterChartProps } from "./events-by-quarter-chart";
import type { SatisfactionTrendChartProps } from "./satisfaction-trend-chart";

const EventsByQuarterChart = dynamic(() => import("./events-by-quarter-chart").then((m) => m.EventsByQuarterChart), {
  ssr: false,
});
const SatisfactionTrendChart = dynamic(() => import("./satisfaction-trend-chart").then((m) => m.SatisfactionTrendChart), {
  ssr: false,
});

function useNearViewport() {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, near };
}

export function LazyEventsByQuarterChart(props: EventsByQuarterChartProps) {
  const { ref, near } = useNearViewport();
  return (
    <div ref={ref} role="img" aria-label={props.summary} className="h-72 w-full">
      {near && <EventsByQuarterChart {...props} />}
    </div>
  );
}

export function LazySatisfactionTrendChart(props: SatisfactionTrendChartProps) {
  const { ref, near } = useNearViewport();
  return (
    <div ref={ref} role="img" aria-label={props.summary} className="h-64 w-full">
      {near && <SatisfactionTrendChart {...props} />}
    </div>
  );
}
