// The KPI indicators in Russian, as the dashboard cards and the downloadable reports name them.
import type { KpiReport } from "./compute-kpi-report";

export const KPI_INDICATOR_NAMES: Record<keyof KpiReport["indicators"], string> = {
  eventsHeld: "Проведено мероприятий",
  categoriesCovered: "Охвачено категорий участников",
  directionsCovered: "Охвачено направлений деятельности",
  expertsPerRegion: "Независимых экспертов в каждом регионе (минимум)",
  infoResourcesPerRegion: "Информационных ресурсов в каждом регионе (минимум)",
  satisfactionAvg: "Средняя удовлетворённость участников",
};
