// The demo participants: ~150 generated people with Russian names, organisations and positions across
// the ten categories and four regions, plus the participant the demo PARTICIPANT account signs in as.
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_EXPERTS } from "./data/experts";
import { FEMALE_NAMES, MALE_NAMES, PATRONYMICS, SURNAMES, feminineSurname, transliterate } from "./data/names";
import {
  AREA_CODES,
  INSTITUTIONS,
  MUNICIPALITIES,
  POSITIONS,
  UNIVERSITIES,
  authoritiesOf,
  volunteerCentresOf,
} from "./data/organizations";
import { DEMO_CATEGORIES, DEMO_REGIONS, type CategoryCode, type RegionCode } from "./data/reference";
import type { Random } from "./prng";

export type DemoParticipant = {
  code: string;
  fullName: string;
  email: string;
  categoryCode: CategoryCode;
  regionCode: RegionCode;
  organization: string;
  position: string;
  phone: string | null;
};

export const DEMO_PARTICIPANT_COUNT = 150;
export const DEMO_PARTICIPANT_CODE = "P-DEMO";

function demoAccountEmail(): string {
  const account = DEMO_ACCOUNTS.find((a) => a.participantCode === DEMO_PARTICIPANT_CODE);
  if (!account) throw new Error(`demo-accounts.json: нет учётной записи участника ${DEMO_PARTICIPANT_CODE}`);
  return account.email;
}

/** The participant behind participant@kadry.local: a Yaroslavl civil servant with a history in the project. */
export function demoAccountParticipant(): DemoParticipant {
  return {
    code: DEMO_PARTICIPANT_CODE,
    fullName: "Смирнова Анна Сергеевна",
    email: demoAccountEmail(),
    categoryCode: "civil-servant",
    regionCode: "YAR",
    organization: "Министерство образования Ярославской области",
    position: "консультант отдела государственной службы и кадров",
    phone: "+7 (4852) 40-18-27",
  };
}

function organizationOf(random: Random, category: CategoryCode, region: RegionCode): string {
  switch (category) {
    case "civil-servant":
      return random.pick(authoritiesOf(region));
    case "municipal-servant":
    case "municipal-team":
      return random.pick(MUNICIPALITIES[region]);
    case "management-reserve":
    case "youth-reserve":
      return random.pick([...authoritiesOf(region), ...MUNICIPALITIES[region], ...INSTITUTIONS[region]]);
    case "other-reserve":
    case "presidential-program":
      return random.pick(INSTITUTIONS[region]);
    case "students":
      return random.pick(UNIVERSITIES[region]);
    case "volunteers":
      return random.pick([...volunteerCentresOf(region), ...UNIVERSITIES[region]]);
    case "experts":
      return random.pick(DEMO_EXPERTS.filter((e) => e.independent && e.regionCode === region).map((e) => e.organization));
  }
}

function phoneOf(random: Random, region: RegionCode): string {
  const two = () => String(random.int(10, 99));
  return `+7 (${AREA_CODES[region]}) ${random.int(20, 79)}-${two()}-${two()}`;
}

/** Categories for the generated people in proportion to their weights (largest remainder), shuffled. */
function categoryQuotas(random: Random): CategoryCode[] {
  const total = DEMO_CATEGORIES.reduce((sum, c) => sum + c.weight, 0);
  const shares = DEMO_CATEGORIES.map((c) => ({ code: c.code, exact: (c.weight / total) * DEMO_PARTICIPANT_COUNT }));
  const counts = new Map(shares.map((s) => [s.code, Math.floor(s.exact)]));
  let left = DEMO_PARTICIPANT_COUNT - [...counts.values()].reduce((a, b) => a + b, 0);
  for (const s of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left-- <= 0) break;
    counts.set(s.code, counts.get(s.code)! + 1);
  }
  return random.shuffle([...counts].flatMap(([code, n]) => Array<CategoryCode>(n).fill(code)));
}

export function generateParticipants(random: Random): DemoParticipant[] {
  const taken = new Set<string>([demoAccountParticipant().fullName]);
  const emails = new Set<string>();
  const categories = categoryQuotas(random);
  const participants: DemoParticipant[] = [];
  while (participants.length < DEMO_PARTICIPANT_COUNT) {
    const female = random.chance(0.58); // women are the majority of Russian civil servants
    const surname = random.pick(SURNAMES);
    const name = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const patronymic = random.pick(PATRONYMICS)[female ? 1 : 0];
    const fullName = `${female ? feminineSurname(surname) : surname} ${name} ${patronymic}`;
    if (taken.has(fullName)) continue; // namesakes would only confuse the demo
    taken.add(fullName);

    // regions take turns so that each has about a quarter of the people
    const regionCode = DEMO_REGIONS[participants.length % DEMO_REGIONS.length].code;
    const categoryCode = categories[participants.length];
    const local = `${transliterate(fullName.split(" ")[0])}.${transliterate(name[0])}${transliterate(patronymic[0])}`;
    let email = `${local}@example.ru`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@example.ru`;
    emails.add(email);

    const position = random.pick(POSITIONS[categoryCode]);
    participants.push({
      code: `P-${String(participants.length + 1).padStart(4, "0")}`,
      fullName,
      email,
      categoryCode,
      regionCode,
      organization: organizationOf(random, categoryCode, regionCode),
      position: typeof position === "string" ? position : position[female ? 1 : 0],
      phone: random.chance(0.6) ? phoneOf(random, regionCode) : null,
    });
  }
  return participants;
}
