// Reserve records of one side for the authorization matrix: a reserve with an included candidate (the
// world's participant on the own side), a plan with an item, a competition with a stage, a criterion and
// an entry juried by the world's expert (own side), and the expert as the candidate's mentor (own side).
import { nominateCandidate } from "../../lib/reserve/nominate-candidate";
import { saveReserve } from "../../lib/reserve/save-reserve";
import { reserveSchema } from "../../lib/reserve/schemas";
import { createPlan } from "../../lib/reserve/plans/create-plan";
import { addPlanItem } from "../../lib/reserve/plans/add-plan-item";
import { assignMentor } from "../../lib/reserve/assign-mentor";
import { saveCompetency } from "../../lib/reserve/competencies/save-competency";
import { competencySchema, mentorSchema, planItemSchema } from "../../lib/reserve/schemas";
import { createCompetition } from "../../lib/reserve/competition/create-competition";
import { addStage } from "../../lib/reserve/competition/add-stage";
import { addCriterion } from "../../lib/reserve/competition/add-criterion";
import { enterCandidate } from "../../lib/reserve/competition/enter-candidate";
import { assignJuror } from "../../lib/reserve/competition/assign-juror";
import { eventIn, next, participantIn, regionOf, type Side, type World } from "./authorization-world";

export async function reserveIn(w: World, side: Side) {
  const admin = w.users.ADMIN;
  const reserve = await saveReserve(
    w.db,
    admin,
    reserveSchema.parse({
      projectId: w.project.id,
      regionId: regionOf(w, side).id,
      code: `R-${next()}`,
      targetPosition: "Руководитель организации",
      capacity: "10",
      termMonths: "36",
    }),
  );
  const person = side === "own" ? w.member : await participantIn(w, side);
  const candidate = await nominateCandidate(w.db, admin, {
    reserveId: reserve.id,
    participantCode: person.code,
    source: "employer",
    reason: null,
  });
  await w.db.reserveCandidate.update({ where: { id: candidate.id }, data: { status: "included" } });
  const plan = await createPlan(w.db, admin, { candidateId: candidate.id, year: 2026, goals: "" });
  const event = await eventIn(w, side);
  const item = await addPlanItem(
    w.db,
    admin,
    planItemSchema.parse({ planId: plan.id, kind: "event", title: "Семинар", eventId: event.id, dueDate: "2026-12-31" }),
  );
  const mentor =
    side === "own"
      ? w.expert
      : await w.db.expert.create({
          data: { projectId: w.project.id, code: `EXP-${next()}`, fullName: "Наставник Чужой", regionId: regionOf(w, side).id },
        });
  await assignMentor(
    w.db,
    admin,
    mentorSchema.parse({ candidateId: candidate.id, expertCode: mentor.code, startedOn: "2026-01-15" }),
  );
  const competency = await saveCompetency(
    w.db,
    admin,
    competencySchema.parse({
      projectId: w.project.id,
      area: "Управление",
      name: `Лидерство ${next()}`,
      levels: "Базовый\nРабочий\nУверенный\nЭкспертный",
    }),
  );
  const competition = await createCompetition(w.db, admin, { reserveId: reserve.id, title: "Конкурс", year: 2026 });
  const stage = await addStage(w.db, admin, { competitionId: competition.id, name: "Собеседование", passThreshold: 50 });
  const criterion = await addCriterion(w.db, admin, { stageId: stage.id, name: "Опыт", weight: 1, maxScore: 10 });
  const entry = await enterCandidate(w.db, admin, { competitionId: competition.id, candidateId: candidate.id });
  await assignJuror(w.db, admin, { entryId: entry.id, expertCode: mentor.code });
  return { reserve, candidate, plan, item, competency, competition, stage, criterion, entry, mentor, event };
}
