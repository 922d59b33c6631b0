// Reserve records of one side for the authorization matrix: a reserve with an included candidate (the
// world's participant on the own side), a plan with an item, a competition with a stage, a criterion and
// an entry juried by the world's expert (own side), and the expert as the candidate's mentor (own side);
// on the peer side the same with the own region's second participant and expert (another person);
// lighter builders for a mentored plan, a cyclogram task and a stored plan item file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
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
import { saveCyclogramActivity } from "../../lib/reserve/cyclogram/save-cyclogram-activity";
import { generateCyclogramYear } from "../../lib/reserve/cyclogram/generate-cyclogram-year";
import { activitySchema } from "../../lib/reserve/cyclogram/schemas";
import { storeUploads } from "../../lib/files/store-uploads";
import { eventIn, expertIn, next, participantIn, regionOf, type Side, type World } from "./authorization-world";

/** A reserve of the side's region with nobody in it yet. */
export async function emptyReserveIn(w: World, side: Side) {
  return saveReserve(
    w.db,
    w.users.ADMIN,
    reserveSchema.parse({
      projectId: w.project.id,
      regionId: regionOf(w, side).id,
      code: `R-${next()}`,
      targetPosition: "Руководитель организации",
      capacity: "10",
      termMonths: "36",
    }),
  );
}

/** An included candidate of a fresh reserve: the world's participant on the own side. */
async function includedCandidateIn(w: World, side: Side) {
  const reserve = await emptyReserveIn(w, side);
  const person = side === "own" ? w.member : side === "peer" ? w.peerMember : await participantIn(w, side);
  const candidate = await nominateCandidate(w.db, w.users.ADMIN, {
    reserveId: reserve.id,
    participantCode: person.code,
    source: "employer",
    reason: null,
  });
  await w.db.reserveCandidate.update({ where: { id: candidate.id }, data: { status: "included" } });
  return { reserve, candidate };
}

export async function reserveIn(w: World, side: Side) {
  const admin = w.users.ADMIN;
  const { reserve, candidate } = await includedCandidateIn(w, side);
  const plan = await createPlan(w.db, admin, { candidateId: candidate.id, year: 2026, goals: "" });
  const event = await eventIn(w, side);
  const item = await addPlanItem(
    w.db,
    admin,
    planItemSchema.parse({ planId: plan.id, kind: "event", title: "Семинар", eventId: event.id, dueDate: "2026-12-31" }),
  );
  const mentor =
    side !== "other"
      ? side === "own"
        ? w.expert
        : w.peerExpert
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

/**
 * A candidate (the world's participant on the own side) with a plan of one task item and an active mentor
 * pair since 2026-01-15 (the world's expert on the own side) — lighter than reserveIn.
 */
export async function menteeIn(w: World, side: Side) {
  const admin = w.users.ADMIN;
  const { reserve, candidate } = await includedCandidateIn(w, side);
  const plan = await createPlan(w.db, admin, { candidateId: candidate.id, year: 2026, goals: "" });
  const item = await addPlanItem(
    w.db,
    admin,
    planItemSchema.parse({ planId: plan.id, kind: "task", title: "Проект", dueDate: "2026-12-31" }),
  );
  const mentor = side === "own" ? w.expert : side === "peer" ? w.peerExpert : await expertIn(w, side);
  const pair = await assignMentor(
    w.db,
    admin,
    mentorSchema.parse({ candidateId: candidate.id, expertCode: mentor.code, startedOn: "2026-01-15" }),
  );
  return { reserve, candidate, plan, item, mentor, pair };
}

/** A cyclogram activity of the side's region and its generated task of 2026. */
export async function cyclogramTaskIn(w: World, side: Side) {
  const regionId = regionOf(w, side).id;
  const activity = await saveCyclogramActivity(
    w.db,
    w.users.ADMIN,
    activitySchema.parse({
      projectId: w.project.id,
      regionId,
      title: `Мониторинг ИОМ ${next()}`,
      startMonth: "3",
      endMonth: "4",
      owner: "Куратор резерва",
      remindDays: "14",
    }),
  );
  await generateCyclogramYear(w.db, w.users.ADMIN, { projectId: w.project.id, regionId, year: 2026 });
  const task = await w.db.cyclogramTask.findFirstOrThrow({ where: { activityId: activity.id, year: 2026 } });
  return { activity, task };
}

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
let uploads: string | undefined;

/**
 * A PDF stored as the evidence of a mentored plan item (menteeIn). Blobs go to a temporary UPLOAD_DIR (never
 * the app's .data/uploads), removed when the calling test finishes.
 */
export async function planEvidenceIn(w: World, side: Side) {
  if (!uploads) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-matrix-uploads-"));
    const previous = process.env.UPLOAD_DIR;
    uploads = process.env.UPLOAD_DIR = dir;
    onTestFinished(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      uploads = undefined;
      if (previous === undefined) delete process.env.UPLOAD_DIR;
      else process.env.UPLOAD_DIR = previous;
    });
  }
  const { item } = await menteeIn(w, side);
  const file = new File([PDF as BlobPart], "Удостоверение.pdf", { type: "application/pdf" });
  return storeUploads([file], "files", ([staged]) =>
    w.db.storedFile.create({ data: { ...staged, planItemId: item.id, uploadedById: w.users.PARTICIPANT.id } }),
  );
}
