// Information resources that cover the project (seed 000: «сопровождение СМИ, размещение информации
// на информационных порталах ОГВ и социальных сетях»): regional TV and newspapers, government portals,
// VK groups and Telegram channels. `regionCode` is the region a resource writes about (the bundle does
// not carry it; the seed uses it to pick resources for a region's publications). Links: example.ru.
import type { RegionCode } from "./reference";

export type DemoResource = {
  code: string;
  name: string;
  kind: "media" | "portal" | "social";
  url: string;
  regionCode: RegionCode | null;
};

const resource = (
  code: string,
  name: string,
  kind: DemoResource["kind"],
  slug: string,
  regionCode: RegionCode | null,
): DemoResource => ({
  code,
  name,
  kind,
  url: `https://${slug}.example.ru`,
  regionCode,
});

export const DEMO_RESOURCES: DemoResource[] = [
  resource("IR-GR-1", "Сайт проекта «Золотое кольцо: экспресс профессионалов»", "portal", "zolotoe-koltso", null),

  resource("IR-YAR-1", "ГТРК «Ярославия»", "media", "gtrk-yaroslavia", "YAR"),
  resource("IR-YAR-2", "Портал Правительства Ярославской области", "portal", "yarregion", "YAR"),
  resource("IR-YAR-3", "Газета «Северный край»", "media", "sevkray", "YAR"),
  resource("IR-YAR-4", "ВКонтакте: «Госслужба Ярославской области»", "social", "vk-gossluzhba76", "YAR"),
  resource("IR-YAR-5", "Telegram-канал «Кадры Ярославии»", "social", "t-kadry76", "YAR"),

  resource("IR-VLA-1", "ГТРК «Владимир»", "media", "gtrk-vladimir", "VLA"),
  resource("IR-VLA-2", "Портал Администрации Владимирской области", "portal", "avo", "VLA"),
  resource("IR-VLA-3", "Газета «Призыв»", "media", "prizyv", "VLA"),
  resource("IR-VLA-4", "ВКонтакте: «Молодёжь Владимирской области»", "social", "vk-molodezh33", "VLA"),

  resource("IR-IVA-1", "ГТРК «Иваново»", "media", "gtrk-ivanovo", "IVA"),
  resource("IR-IVA-2", "Портал Правительства Ивановской области", "portal", "ivanovoobl", "IVA"),
  resource("IR-IVA-3", "Газета «Рабочий край»", "media", "rabochiy-kray", "IVA"),
  resource("IR-IVA-4", "ВКонтакте: «Кадровый резерв Ивановской области»", "social", "vk-rezerv37", "IVA"),

  resource("IR-KOS-1", "ГТРК «Кострома»", "media", "gtrk-kostroma", "KOS"),
  resource("IR-KOS-2", "Портал Администрации Костромской области", "portal", "adm44", "KOS"),
  resource("IR-KOS-3", "Газета «Северная правда»", "media", "sevpravda", "KOS"),
  resource("IR-KOS-4", "ВКонтакте: «Молодёжь Костромской области»", "social", "vk-molodezh44", "KOS"),
  resource("IR-KOS-5", "Telegram-канал «Кострома. Госслужба»", "social", "t-gossluzhba44", "KOS"),
];

/** Headlines of event coverage; `{title}` is the event's title. */
export const HEADLINES = [
  "{title}: как это было",
  "Проект «Золотое кольцо» — {title}",
  "Участники межрегионального проекта: {title}",
  "{title} — фоторепортаж",
  "Итоги: {title}",
];

/** Announcements of the project in each region, in January and after the summer. */
export const ANNOUNCEMENTS = [
  {
    date: "2026-01-15T12:00:00+03:00",
    title: "Стартовал межрегиональный кадровый проект «Золотое кольцо: экспресс профессионалов» — 2026",
  },
  { date: "2026-09-01T12:00:00+03:00", title: "«Золотое кольцо: экспресс профессионалов»: план мероприятий на осень" },
];
