// The rules of a bundle that look across records (bundle-format.md, "Validation rules"): unique codes,
// references to the bundle or to the project in the database, capacity, attendance and feedback.
// They are checked against the state after the import: the database's records overlaid with the bundle's.
import type { BundleProblem } from "./bundle-problem";
import type { BundleEvent, BundleFeedback, BundleListName, BundleRegistration } from "./bundle-schema";
import { pairKey, type ProjectState } from "./load-project-state";

/** Each list as given (raw records) and as parsed (null where the record itself is invalid). */
export type CheckedLists = { [K in BundleListName]: { raw: unknown[]; parsed: (unknown | null)[] } };

/** (event, participant) → value, as nested maps: a million composite string keys would be far slower. */
class PairMap<V> {
  private readonly byEvent = new Map<string, Map<string, V>>();
  get(eventCode: string, participantCode: string): V | undefined {
    return this.byEvent.get(eventCode)?.get(participantCode);
  }
  set(eventCode: string, participantCode: string, value: V): void {
    let inner = this.byEvent.get(eventCode);
    if (!inner) this.byEvent.set(eventCode, (inner = new Map()));
    inner.set(participantCode, value);
  }
}

const str = (record: unknown, field: string): string | undefined => {
  const value = record && typeof record === "object" ? (record as Record<string, unknown>)[field] : undefined;
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

export function checkBundleRules(lists: CheckedLists, state: ProjectState): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  const eventOf = (key: string) => key.slice(0, key.indexOf("\u0000"));

  // codes unique within their list; the set of codes each list defines
  const defined = (list: BundleListName): Set<string> => {
    const seen = new Map<string, number>();
    lists[list].raw.forEach((record, i) => {
      const code = str(record, "code");
      if (code === undefined) return;
      const first = seen.get(code);
      if (first === undefined) seen.set(code, i);
      else report(`${list}[${i}].code`, `код "${code}" повторяется (уже есть в ${list}[${first}])`);
    });
    return new Set(seen.keys());
  };
  const union = (a: Set<string>, b: Set<string>) => (b.size ? new Set([...a, ...b]) : a);
  const regions = union(defined("regions"), state.regionCodes);
  const categories = union(defined("categories"), state.categoryCodes);
  const directions = union(defined("directions"), state.directionCodes);
  const experts = union(defined("experts"), state.expertCodes);
  const participants = union(defined("participants"), state.participantCodes);
  const events = union(defined("events"), new Set(state.events.keys()));
  const resources = union(defined("informationResources"), state.resourceCodes);

  const ref = (list: BundleListName, i: number, field: string, known: Set<string>, what: string) => {
    const parsed = lists[list].parsed[i] as Record<string, unknown> | null;
    const code = parsed ? (parsed[field] as string | undefined) : str(lists[list].raw[i], field);
    if (code !== undefined && !known.has(code)) report(`${list}[${i}].${field}`, `неизвестный ${what} "${code}"`);
  };
  lists.experts.raw.forEach((_, i) => ref("experts", i, "regionCode", regions, "регион"));
  lists.participants.raw.forEach((_, i) => {
    ref("participants", i, "categoryCode", categories, "код категории участников");
    ref("participants", i, "regionCode", regions, "регион");
  });
  lists.events.raw.forEach((record, i) => {
    ref("events", i, "regionCode", regions, "регион");
    ref("events", i, "directionCode", directions, "код направления");
    const codes = record && typeof record === "object" ? (record as Record<string, unknown>).expertCodes : undefined;
    if (Array.isArray(codes)) {
      codes.forEach((c, k) => {
        if (typeof c === "string" && c.trim() && !experts.has(c.trim()))
          report(`events[${i}].expertCodes[${k}]`, `неизвестный эксперт "${c.trim()}"`);
      });
    }
    const event = lists.events.parsed[i] as BundleEvent | null;
    if (event && event.endsAt < event.startsAt) report(`events[${i}].endsAt`, "окончание раньше начала мероприятия");
  });
  lists.publications.raw.forEach((_, i) => {
    ref("publications", i, "resourceCode", resources, "информационный ресурс");
    ref("publications", i, "regionCode", regions, "регион");
    ref("publications", i, "eventCode", events, "код мероприятия");
  });
  const publicationKeys = new Map<string, number>();
  lists.publications.raw.forEach((record, i) => {
    const [r, g, u] = [str(record, "resourceCode"), str(record, "regionCode"), str(record, "url")];
    if (!r || !g || !u) return;
    const key = `${r}\u0000${g}\u0000${u}`;
    const first = publicationKeys.get(key);
    if (first === undefined) publicationKeys.set(key, i);
    else
      report(
        `publications[${i}].url`,
        `публикация "${u}" ресурса "${r}" для региона "${g}" повторяется (уже есть в publications[${first}])`,
      );
  });

  // the state after import: events' status and capacity, registrations by (event, participant)
  const bundleEventIndex = new Map<string, number>();
  const finalEvent = new Map(state.events);
  lists.events.parsed.forEach((e, i) => {
    const event = e as BundleEvent | null;
    if (!event) return;
    if (!bundleEventIndex.has(event.code)) bundleEventIndex.set(event.code, i);
    finalEvent.set(event.code, { status: event.status, capacity: event.capacity ?? null });
  });
  const registrations = lists.registrations.parsed as (BundleRegistration | null)[];
  const bundleRegistrationIndex = new PairMap<number>();
  const firstOfPair = new Uint8Array(registrations.length);
  const seats = new Map<string, number>(); // registered (not cancelled, not wait-listed) seats after import
  const overflowAt = new Map<string, number>(); // the first registration beyond an event's capacity
  lists.registrations.raw.forEach((_, i) => {
    ref("registrations", i, "eventCode", events, "код мероприятия");
    ref("registrations", i, "participantCode", participants, "код участника");
  });
  registrations.forEach((reg, i) => {
    if (!reg) return;
    const first = bundleRegistrationIndex.get(reg.eventCode, reg.participantCode);
    if (first !== undefined) {
      report(
        `registrations[${i}]`,
        `регистрация участника "${reg.participantCode}" на мероприятие "${reg.eventCode}" повторяется (уже есть в registrations[${first}])`,
      );
      return;
    }
    bundleRegistrationIndex.set(reg.eventCode, reg.participantCode, i);
    firstOfPair[i] = 1;
    if (reg.attended && reg.status !== "registered") {
      report(`registrations[${i}].attended`, `посещение отмечается только при статусе "registered", а не "${reg.status}"`);
    }
    const event = finalEvent.get(reg.eventCode);
    if (reg.attended && event && event.status !== "held") {
      report(
        `registrations[${i}].attended`,
        `мероприятие "${reg.eventCode}" не проведено (статус "${event.status}"): посещение не отмечается`,
      );
    }
  });
  const inBundle = (key: string) => {
    const cut = key.indexOf("\u0000");
    return bundleRegistrationIndex.get(key.slice(0, cut), key.slice(cut + 1));
  };
  for (const [key, reg] of state.registrations) {
    if (reg.status === "registered" && inBundle(key) === undefined) seats.set(eventOf(key), (seats.get(eventOf(key)) ?? 0) + 1);
  }
  registrations.forEach((reg, i) => {
    if (!reg || reg.status !== "registered" || !firstOfPair[i]) return;
    const seat = (seats.get(reg.eventCode) ?? 0) + 1;
    seats.set(reg.eventCode, seat);
    const capacity = finalEvent.get(reg.eventCode)?.capacity;
    if (capacity != null && seat > capacity && !overflowAt.has(reg.eventCode)) overflowAt.set(reg.eventCode, i);
  });
  for (const [code, i] of overflowAt) {
    report(
      `registrations[${i}].status`,
      `мероприятие "${code}": зарегистрировано ${seats.get(code)} участников при вместимости ${finalEvent.get(code)?.capacity}`,
    );
  }
  for (const [code, i] of bundleEventIndex) {
    const capacity = finalEvent.get(code)?.capacity;
    const count = seats.get(code) ?? 0;
    if (capacity != null && count > capacity && !overflowAt.has(code)) {
      report(`events[${i}].capacity`, `вместимость ${capacity} меньше числа уже зарегистрированных участников (${count})`);
    }
  }
  const finalRegistration = (eventCode: string, participantCode: string) => {
    const i = bundleRegistrationIndex.get(eventCode, participantCode);
    return i === undefined ? state.registrations.get(pairKey(eventCode, participantCode)) : registrations[i]!;
  };

  // feedback: one per (event, participant), only from an attendee of a held event
  const bundleFeedback = new PairMap<number>();
  lists.feedback.raw.forEach((_, i) => {
    ref("feedback", i, "eventCode", events, "код мероприятия");
    ref("feedback", i, "participantCode", participants, "код участника");
    const fb = lists.feedback.parsed[i] as BundleFeedback | null;
    if (!fb) return;
    const first = bundleFeedback.get(fb.eventCode, fb.participantCode);
    if (first !== undefined) {
      report(
        `feedback[${i}]`,
        `отзыв участника "${fb.participantCode}" о мероприятии "${fb.eventCode}" повторяется (уже есть в feedback[${first}])`,
      );
      return;
    }
    bundleFeedback.set(fb.eventCode, fb.participantCode, i);
    const event = finalEvent.get(fb.eventCode);
    if (event && event.status !== "held") {
      report(
        `feedback[${i}].eventCode`,
        `мероприятие "${fb.eventCode}" не проведено (статус "${event.status}"): отзывы принимаются только о проведённых`,
      );
    }
    const reg = finalRegistration(fb.eventCode, fb.participantCode);
    if (participants.has(fb.participantCode) && events.has(fb.eventCode) && !reg?.attended) {
      report(
        `feedback[${i}].participantCode`,
        `участник "${fb.participantCode}" не отмечен как посетивший мероприятие "${fb.eventCode}"`,
      );
    }
  });

  // records already in the database that a change in the bundle would leave breaking the rules
  for (const key of state.feedback) {
    const i = inBundle(key);
    if (i !== undefined && !registrations[i]!.attended) {
      report(`registrations[${i}].attended`, "у участника уже есть отзыв об этом мероприятии: посещение нельзя снять");
    }
  }
  const attendedOrRated = new Set<string>();
  for (const [key, reg] of state.registrations)
    if (reg.attended && inBundle(key) === undefined) attendedOrRated.add(eventOf(key));
  for (const key of state.feedback) attendedOrRated.add(eventOf(key));
  for (const [code, i] of bundleEventIndex) {
    if (finalEvent.get(code)?.status !== "held" && attendedOrRated.has(code)) {
      report(`events[${i}].status`, 'у мероприятия уже есть отметки о посещении или отзывы: статус должен быть "held"');
    }
  }
  return problems;
}
