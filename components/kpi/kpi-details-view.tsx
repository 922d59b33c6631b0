import Link from "next/link";
import type { ResourceKind } from "@prisma/client";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";
import type { DashboardPeriod } from "@/lib/infra/time/dashboard-period";
import { heldEventsHref } from "@/lib/kpi/held-events-href";
import { kpiDetailsHref } from "@/lib/kpi/kpi-details-href";
import type { KpiDetails } from "@/lib/kpi/list-kpi-details";

const KIND_NAMES: Record<ResourceKind, string> = { media: "СМИ", portal: "портал", social: "социальная сеть" };

const HIDDEN = <span className="text-ink-muted">скрыто</span>;

/** Heading parts of a drill-down list: what is listed and the rule that makes it the dashboard's number. */
export function kpiDetailsTitle(details: KpiDetails): { title: string; rule: string } {
  const { names, list } = details;
  switch (list.indicator) {
    case "categories":
      return {
        title: "Охваченные категории участников",
        rule: "Категории участников, посетивших хотя бы одно проведённое мероприятие периода.",
      };
    case "directions":
      return { title: "Охваченные направления деятельности", rule: "Направления проведённых мероприятий периода." };
    case "experts":
      return {
        title: `Независимые эксперты: ${names.region}`,
        rule: "Независимые эксперты, участвовавшие в проведённых мероприятиях периода в этом регионе.",
      };
    case "resources":
      return {
        title: `Информационные ресурсы: ${names.region}`,
        rule: "Ресурсы, опубликовавшие в периоде хотя бы один материал об этом регионе.",
      };
    case "publications":
      return {
        title: `Публикации: ${names.region}${names.resource ? `, ${names.resource}` : ""}`,
        rule: "Публикации об этом регионе с датой публикации в периоде.",
      };
    case "feedback":
      return {
        title: "Оценки удовлетворённости",
        rule: "Оценки проведённых мероприятий периода от участников, отмеченных как посетившие; из них считается средняя.",
      };
    case "attendance": {
      const parts = [
        names.home && `участники из региона «${names.home}»`,
        names.host && `мероприятия в регионе «${names.host}»`,
        names.category && `категория «${names.category}»`,
      ].filter(Boolean);
      return {
        title: `Посещения мероприятий${parts.length ? `: ${parts.join(", ")}` : ""}`,
        rule: "Отметки о посещении проведённых мероприятий периода.",
      };
    }
    case "conclusions":
      return {
        title: `Экспертные заключения${names.region ? `: ${names.region}` : ""}`,
        rule: "Заключения экспертов о проведённых мероприятиях периода (координатор видит мероприятия своих регионов).",
      };
  }
}

/** The rows of one drill-down list as a table (horizontally scrollable on narrow screens). */
export function KpiDetailsTable({ details, period }: { details: KpiDetails; period: DashboardPeriod }) {
  const { title } = kpiDetailsTitle(details);
  const { list, project } = details;
  const range = { from: details.period.from, to: details.period.to };
  // column titles; "#" marks a number column (right-aligned)
  let head: string[];
  let body: React.ReactNode;
  switch (list.indicator) {
    case "categories":
      head = ["Категория", "#Посещений"];
      body = list.page.items.map((c) => (
        <tr key={c.id}>
          <td>{c.name}</td>
          <td className="text-right">
            <Link href={kpiDetailsHref(period, { indicator: "attendance", category: c.code })}>{c.attendances}</Link>
          </td>
        </tr>
      ));
      break;
    case "directions":
      head = ["Направление", "#Проведено мероприятий"];
      body = list.page.items.map((d) => (
        <tr key={d.id}>
          <td>{d.name}</td>
          <td className="text-right">
            <Link href={heldEventsHref(project.code, range, { directionId: d.id })}>{d.events}</Link>
          </td>
        </tr>
      ));
      break;
    case "experts":
      head = ["Эксперт", "Организация", "Регион эксперта", "#Мероприятий в регионе"];
      body = list.page.items.map((x) => (
        <tr key={x.id}>
          <td>{x.fullName}</td>
          <td>{x.organization ?? "—"}</td>
          <td>{x.homeRegion ?? "—"}</td>
          <td className="text-right">{x.events}</td>
        </tr>
      ));
      break;
    case "resources":
      head = ["Ресурс", "Вид", "#Публикаций в периоде"];
      body = list.page.items.map((r) => (
        <tr key={r.id}>
          <td>{r.url ? <a href={r.url}>{r.name}</a> : r.name}</td>
          <td>{KIND_NAMES[r.kind]}</td>
          <td className="text-right">
            <Link href={kpiDetailsHref(period, { indicator: "publications", region: details.filter.region, resource: r.code })}>
              {r.publications}
            </Link>
          </td>
        </tr>
      ));
      break;
    case "publications":
      head = ["Дата", "Публикация", "Ресурс", "Мероприятие"];
      body = list.page.items.map((p) => (
        <tr key={p.id}>
          <td className="whitespace-nowrap">{formatDate(p.publishedAt, project.timezone)}</td>
          <td>
            <a href={p.url}>{p.title ?? p.url}</a>
          </td>
          <td>{p.resource}</td>
          <td>{p.event ? <Link href={`/events/${p.event.id}`}>{p.event.title}</Link> : "—"}</td>
        </tr>
      ));
      break;
    case "feedback":
      head = ["Мероприятие", "Дата", "Регион мероприятия", "Участник", "Регион участника", "#Оценка"];
      body = list.page.items.map((f) => (
        <tr key={f.id}>
          <td>
            <Link href={`/events/${f.event.id}`}>{f.event.title}</Link>
          </td>
          <td className="whitespace-nowrap">{formatDateTime(f.event.startsAt, f.event.timezone)}</td>
          <td>{f.event.region}</td>
          <td>{f.participant ?? HIDDEN}</td>
          <td>{f.participantRegion}</td>
          <td className="text-right">{f.rating}</td>
        </tr>
      ));
      break;
    case "attendance":
      head = ["Мероприятие", "Дата", "Регион мероприятия", "Участник", "Регион участника", "Категория"];
      body = list.page.items.map((a) => (
        <tr key={a.id}>
          <td>
            <Link href={`/events/${a.event.id}`}>{a.event.title}</Link>
          </td>
          <td className="whitespace-nowrap">{formatDateTime(a.event.startsAt, a.event.timezone)}</td>
          <td>{a.event.region}</td>
          <td>{a.participant ?? HIDDEN}</td>
          <td>{a.participantRegion}</td>
          <td>{a.category}</td>
        </tr>
      ));
      break;
    case "conclusions":
      head = ["Мероприятие", "Дата", "Регион", "Эксперт", "#Оценка", "Что получилось", "Рекомендации"];
      body = list.page.items.map((c) => (
        <tr key={c.id}>
          <td>
            <Link href={`/events/${c.event.id}`}>{c.event.title}</Link>
          </td>
          <td className="whitespace-nowrap">{formatDate(c.event.startsAt, project.timezone)}</td>
          <td>{c.event.region}</td>
          <td>
            {c.expert.fullName}
            {c.expert.independent ? " (независимый)" : ""}
          </td>
          <td className="text-right">{c.assessment}</td>
          <td className="whitespace-pre-line">{c.whatWorked}</td>
          <td className="whitespace-pre-line">{c.recommendations}</td>
        </tr>
      ));
      break;
  }
  return (
    // focusable, so a keyboard can scroll a wide table on a narrow screen (rows may have no links)
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Таблица: ${title}`}>
      <table className="table">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className={h.startsWith("#") ? "text-right" : undefined}>
                {h.replace(/^#/, "")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
