#!/usr/bin/env node
// The project's bundle generator: a valid, realistic kadry-bundle/1 (docs/spec/bundle-format.md)
// for tests and benchmarks.
// Deterministic: the same options give the same bundle.
//
//   node scripts/gen-bundle.mjs [--seed 1] [--year 2026] [--regions 4] [--events 40] [--participants 300]
//                               [--experts-per-region 8] [--code golden-ring-2026] [--timezone Europe/Moscow] [--out FILE]
//
// --regions 4 gives the four Golden Ring regions; more gives numbered regions across Russia's time zones.
// Sizes for benchmarks: --regions 89 --events 20000 --participants 200000 (about 1M registrations).
import { createWriteStream } from "node:fs";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const opt = {
  seed: Number(args.seed ?? 1),
  year: Number(args.year ?? 2026),
  regions: Number(args.regions ?? 4),
  events: Number(args.events ?? 40),
  participants: Number(args.participants ?? 300),
  expertsPerRegion: Number(args["experts-per-region"] ?? 8),
  code: args.code ?? "golden-ring-2026",
  timezone: args.timezone ?? "Europe/Moscow",
  out: args.out,
};

// mulberry32
let state = opt.seed >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const pad = (n, w) => String(n).padStart(w, "0");

const GOLDEN_RING = [
  ["YAR", "Ярославская область"],
  ["VLA", "Владимирская область"],
  ["IVA", "Ивановская область"],
  ["KOS", "Костромская область"],
];
const ZONES = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Moscow",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
];
const regions =
  opt.regions === 4
    ? GOLDEN_RING.map(([code, name]) => ({ code, name, timezone: "Europe/Moscow" }))
    : Array.from({ length: opt.regions }, (_, i) => ({
        code: `R${pad(i + 1, 2)}`,
        name: `Регион ${pad(i + 1, 2)}`,
        timezone: ZONES[i % ZONES.length],
      }));

const categories = [
  ["civil-servant", "Государственные гражданские служащие"],
  ["municipal-servant", "Муниципальные служащие"],
  ["management-reserve", "Резерв управленческих кадров"],
  ["youth-reserve", "Молодёжный кадровый резерв"],
  ["other-reserve", "Иные кадровые резервы"],
  ["presidential-program", "Выпускники и участники Президентской программы"],
  ["municipal-team", "Участники проекта «Муниципальная команда»"],
  ["students", "Студенческое сообщество"],
  ["volunteers", "Волонтёры"],
  ["experts", "Независимые эксперты"],
].map(([code, name]) => ({ code, name }));
const categoryWeights = [30, 20, 10, 8, 4, 6, 6, 8, 5, 3];

const directions = [
  ["hr-policy", "Кадровая политика"],
  ["digital", "Цифровая трансформация"],
  ["project-mgmt", "Проектное управление"],
  ["education", "Образование"],
  ["health", "Здравоохранение"],
  ["housing", "ЖКХ и городская среда"],
  ["economy", "Экономическое развитие и инвестиции"],
  ["social", "Социальная защита"],
  ["culture", "Культура и туризм"],
  ["youth", "Молодёжная политика"],
  ["finance", "Бюджет и финансы"],
  ["communications", "Открытость и коммуникации"],
].map(([code, name]) => ({ code, name }));

const FORMATS = [
  "business_meeting",
  "master_class",
  "training",
  "site_visit",
  "mentoring",
  "informal_meeting",
  "expert_discussion",
  "internship",
  "seminar",
  "webinar",
  "competition",
];
const FORMAT_TITLES = {
  business_meeting: "Деловая встреча",
  master_class: "Мастер-класс",
  training: "Тренинг",
  site_visit: "Посещение площадки",
  mentoring: "Работа с наставником",
  informal_meeting: "Встреча с успешными людьми",
  expert_discussion: "Дискуссия с экспертами",
  internship: "Стажировка",
  seminar: "Семинар",
  webinar: "Вебинар",
  competition: "Конкурс",
};
const SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
  "Орлов",
  "Андреев",
  "Макаров",
  "Никитин",
  "Захаров",
  "Зайцев",
  "Соловьёв",
  "Борисов",
  "Яковлев",
  "Григорьев",
];
const MALE = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил"];
const FEMALE = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Екатерина", "Светлана", "Юлия"];
const PATR = [
  "Александров",
  "Дмитриев",
  "Сергеев",
  "Андреев",
  "Алексеев",
  "Михайлов",
  "Иванов",
  "Петров",
  "Николаев",
  "Владимиров",
];
const person = () => {
  const female = chance(0.55);
  return `${pick(SURNAMES)}${female ? "а" : ""} ${pick(female ? FEMALE : MALE)} ${pick(PATR)}${female ? "на" : "ич"}`;
};
const groupBy = (xs, key) => xs.reduce((m, x) => ((m[key(x)] ??= []).push(x), m), {});
const weighted = (items, weights) => {
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
};

const experts = regions.flatMap((r) =>
  Array.from({ length: opt.expertsPerRegion }, (_, i) => ({
    code: `E-${r.code}-${pad(i + 1, 3)}`,
    fullName: person(),
    independent: chance(0.8),
    regionCode: r.code,
  })),
);
const expertsByRegion = groupBy(experts, (e) => e.regionCode);

const participants = Array.from({ length: opt.participants }, (_, i) => ({
  code: `P${pad(i + 1, 7)}`,
  fullName: person(),
  email: `p${i + 1}@example.ru`,
  categoryCode: weighted(categories, categoryWeights).code,
  regionCode: pick(regions).code,
}));
const participantsByRegion = groupBy(participants, (p) => p.regionCode);

const yearStart = Date.UTC(opt.year, 0, 1) - 3 * 3600e3; // about local midnight across zones
const yearMs = 365 * 24 * 3600e3;
const events = Array.from({ length: opt.events }, (_, i) => {
  const region = pick(regions);
  // a few events start close to a quarter boundary, where the time zone decides the quarter
  const onEdge = chance(0.05);
  const start = onEdge
    ? Date.UTC(opt.year, pick([3, 6, 9]), 1) - int(0, 5) * 3600e3 + int(-2, 2) * 1800e3
    : yearStart + Math.floor((rand() * yearMs) / 1800e3) * 1800e3;
  const format = pick(FORMATS);
  const direction = pick(directions);
  const own = expertsByRegion[region.code] ?? [];
  const expertCodes = [
    ...new Set(
      Array.from({ length: int(0, 3) }, () => (chance(0.9) || experts.length === own.length ? pick(own) : pick(experts)).code),
    ),
  ];
  return {
    code: `EV${pad(i + 1, 6)}`,
    title: `${FORMAT_TITLES[format]}: ${direction.name.toLowerCase()}`,
    regionCode: region.code,
    format,
    directionCode: direction.code,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + int(1, 8) * 3600e3).toISOString(),
    status: weighted(["held", "planned", "cancelled"], [75, 15, 10]),
    ...(chance(0.9) ? { capacity: int(10, 60) } : {}),
    expertCodes,
  };
});

const registrations = [];
const feedback = [];
const COMMENTS = ["Очень полезно", "Хорошая организация", "Хотелось бы больше практики", "Спасибо экспертам", "Интересные кейсы"];
for (const ev of events) {
  if (ev.status === "cancelled" && chance(0.5)) continue;
  const cap = ev.capacity ?? 40;
  const want = int(Math.floor(cap * 0.5), Math.ceil(cap * 1.3));
  const local = participantsByRegion[ev.regionCode] ?? participants;
  const chosen = new Set();
  for (let k = 0; k < want * 2 && chosen.size < want; k++) chosen.add(chance(0.7) ? pick(local) : pick(participants));
  let seats = 0;
  for (const p of chosen) {
    let status;
    if (chance(0.05)) status = "cancelled";
    else if (ev.capacity === undefined || seats < ev.capacity) {
      status = "registered";
      seats++;
    } else status = "waitlisted";
    const attended = status === "registered" && ev.status === "held" && chance(0.85);
    registrations.push({ eventCode: ev.code, participantCode: p.code, status, attended });
    if (attended && chance(0.7)) {
      feedback.push({
        eventCode: ev.code,
        participantCode: p.code,
        rating: weighted([5, 4, 3, 2, 1], [55, 30, 10, 3, 2]),
        ...(chance(0.2) ? { comment: pick(COMMENTS) } : {}),
      });
    }
  }
}

const KINDS = ["media", "portal", "social"];
const informationResources = regions.flatMap((r) =>
  Array.from({ length: int(2, 5) }, (_, i) => ({
    code: `IR-${r.code}-${i + 1}`,
    name: `${["Газета", "Портал", "Канал"][i % 3]} «${r.name}» №${i + 1}`,
    kind: KINDS[i % 3],
  })),
);
const resourcesByRegion = groupBy(informationResources, (x) => x.code.split("-")[1]);
const publications = [];
for (const ev of events) {
  if (ev.status !== "held" || !chance(0.6)) continue;
  for (let k = int(1, 2); k > 0; k--) {
    publications.push({
      resourceCode: pick(resourcesByRegion[ev.regionCode]).code,
      regionCode: ev.regionCode,
      eventCode: ev.code,
      url: `https://example.ru/news/${ev.code.toLowerCase()}-${k}`,
      publishedAt: new Date(Date.parse(ev.endsAt) + int(2, 120) * 3600e3).toISOString(),
    });
  }
}

const bundle = {
  format: "kadry-bundle/1",
  project: { code: opt.code, name: "Золотое кольцо: экспресс профессионалов", year: opt.year, timezone: opt.timezone },
  regions,
  categories,
  directions,
  experts,
  participants,
  events,
  registrations,
  feedback,
  informationResources,
  publications,
};

// written list by list, so that large bundles need no single giant string
const out = opt.out ? createWriteStream(opt.out) : process.stdout;
const keys = Object.keys(bundle);
out.write("{\n");
keys.forEach((key, i) => {
  const value = bundle[key];
  const tail = i < keys.length - 1 ? ",\n" : "\n";
  if (!Array.isArray(value)) return out.write(`${JSON.stringify(key)}: ${JSON.stringify(value)}${tail}`);
  out.write(`${JSON.stringify(key)}: [\n`);
  value.forEach((item, j) => out.write(JSON.stringify(item) + (j < value.length - 1 ? ",\n" : "\n")));
  out.write(`]${tail}`);
});
out.write("}\n");
if (opt.out) out.end();
process.stderr.write(
  `regions ${regions.length}, events ${events.length}, participants ${participants.length}, ` +
    `registrations ${registrations.length}, feedback ${feedback.length}, publications ${publications.length}\n`,
);
