-- Кадровый резерв (issue 7): reserves, candidates and their history, competency matrix, diagnostics,
-- development plans, mentoring, the competition, the cyclogram.
-- CreateEnum
CREATE TYPE "ReserveStatus" AS ENUM ('nominated', 'documents_checked', 'assessed', 'included', 'in_development', 'appointed', 'excluded');

-- CreateEnum
CREATE TYPE "NominationSource" AS ENUM ('self', 'employer', 'organizer');

-- CreateEnum
CREATE TYPE "CompetencyRater" AS ENUM ('self', 'expert', 'supervisor', 'mentor');

-- CreateEnum
CREATE TYPE "PlanItemKind" AS ENUM ('event', 'internship', 'mentoring', 'course', 'task');

-- CreateEnum
CREATE TYPE "PlanItemStatus" AS ENUM ('planned', 'done', 'cancelled');

-- CreateTable
CREATE TABLE "PersonnelReserve" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "targetPosition" TEXT NOT NULL,
    "organization" TEXT,
    "regulation" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "termMonths" INTEGER NOT NULL DEFAULT 36,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonnelReserve_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReserveCandidate" (
    "id" TEXT NOT NULL,
    "reserveId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "status" "ReserveStatus" NOT NULL DEFAULT 'nominated',
    "source" "NominationSource" NOT NULL,
    "nominatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decisionNumber" TEXT,
    "decisionDate" DATE,
    "termEndsAt" DATE,
    "appointedPosition" TEXT,
    "appointedAt" DATE,
    "exclusionReason" TEXT,
    "excludedAt" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReserveCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReserveStatusChange" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "fromStatus" "ReserveStatus",
    "toStatus" "ReserveStatus" NOT NULL,
    "reason" TEXT,
    "details" JSONB,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReserveStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "levels" TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyAssessment" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "rater" "CompetencyRater" NOT NULL,
    "raterUserId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "comment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetencyAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReserveDiagnostic" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "fileUrl" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReserveDiagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "goals" TEXT NOT NULL DEFAULT '',
    "report" TEXT,
    "reportSubmittedAt" TIMESTAMP(3),
    "curatorConclusion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" "PlanItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "competencyId" TEXT,
    "eventId" TEXT,
    "dueDate" DATE NOT NULL,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'planned',
    "evidenceUrl" TEXT,
    "memberReport" TEXT,
    "completedAt" TIMESTAMP(3),
    "mentorComment" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DevelopmentPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorPair" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "goals" TEXT NOT NULL DEFAULT '',
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "menteeRating" INTEGER,
    "menteeComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorMeeting" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MentorMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competition" (
    "id" TEXT NOT NULL,
    "reserveId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionStage" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "passThreshold" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "CompetitionStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionCriterion" (
    "id" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DECIMAL(6,2) NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 10,

    CONSTRAINT "CompetitionCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionEntry" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,

    CONSTRAINT "CompetitionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JuryAssignment" (
    "competitionId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "conflictReason" TEXT,

    CONSTRAINT "JuryAssignment_pkey" PRIMARY KEY ("entryId","expertId")
);

-- CreateTable
CREATE TABLE "CompetitionScore" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetitionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionStageResult" (
    "stageId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    "rank" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,

    CONSTRAINT "CompetitionStageResult_pkey" PRIMARY KEY ("stageId","entryId")
);

-- CreateTable
CREATE TABLE "CyclogramActivity" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "remindDays" INTEGER NOT NULL DEFAULT 14,

    CONSTRAINT "CyclogramActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CyclogramTask" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "CyclogramTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonnelReserve_regionId_idx" ON "PersonnelReserve"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonnelReserve_projectId_code_key" ON "PersonnelReserve"("projectId", "code");

-- CreateIndex
CREATE INDEX "ReserveCandidate_participantId_idx" ON "ReserveCandidate"("participantId");

-- CreateIndex
CREATE INDEX "ReserveCandidate_reserveId_status_idx" ON "ReserveCandidate"("reserveId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReserveCandidate_reserveId_participantId_key" ON "ReserveCandidate"("reserveId", "participantId");

-- CreateIndex
CREATE INDEX "ReserveStatusChange_candidateId_at_idx" ON "ReserveStatusChange"("candidateId", "at");

-- CreateIndex
CREATE INDEX "ReserveStatusChange_toStatus_at_idx" ON "ReserveStatusChange"("toStatus", "at");

-- CreateIndex
CREATE INDEX "Competency_projectId_area_position_idx" ON "Competency"("projectId", "area", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_projectId_name_key" ON "Competency"("projectId", "name");

-- CreateIndex
CREATE INDEX "CompetencyAssessment_competencyId_idx" ON "CompetencyAssessment"("competencyId");

-- CreateIndex
CREATE INDEX "CompetencyAssessment_raterUserId_idx" ON "CompetencyAssessment"("raterUserId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyAssessment_candidateId_competencyId_rater_raterUs_key" ON "CompetencyAssessment"("candidateId", "competencyId", "rater", "raterUserId");

-- CreateIndex
CREATE INDEX "ReserveDiagnostic_candidateId_heldOn_idx" ON "ReserveDiagnostic"("candidateId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlan_candidateId_year_key" ON "DevelopmentPlan"("candidateId", "year");

-- CreateIndex
CREATE INDEX "DevelopmentPlanItem_planId_status_idx" ON "DevelopmentPlanItem"("planId", "status");

-- CreateIndex
CREATE INDEX "DevelopmentPlanItem_eventId_idx" ON "DevelopmentPlanItem"("eventId");

-- CreateIndex
CREATE INDEX "DevelopmentPlanItem_competencyId_idx" ON "DevelopmentPlanItem"("competencyId");

-- CreateIndex
CREATE INDEX "MentorPair_candidateId_idx" ON "MentorPair"("candidateId");

-- CreateIndex
CREATE INDEX "MentorPair_expertId_idx" ON "MentorPair"("expertId");

-- CreateIndex
CREATE INDEX "MentorMeeting_pairId_heldOn_idx" ON "MentorMeeting"("pairId", "heldOn");

-- CreateIndex
CREATE INDEX "Competition_reserveId_idx" ON "Competition"("reserveId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionStage_competitionId_position_key" ON "CompetitionStage"("competitionId", "position");

-- CreateIndex
CREATE INDEX "CompetitionCriterion_stageId_idx" ON "CompetitionCriterion"("stageId");

-- CreateIndex
CREATE INDEX "CompetitionEntry_candidateId_idx" ON "CompetitionEntry"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionEntry_competitionId_candidateId_key" ON "CompetitionEntry"("competitionId", "candidateId");

-- CreateIndex
CREATE INDEX "JuryAssignment_expertId_idx" ON "JuryAssignment"("expertId");

-- CreateIndex
CREATE INDEX "JuryAssignment_competitionId_idx" ON "JuryAssignment"("competitionId");

-- CreateIndex
CREATE INDEX "CompetitionScore_criterionId_idx" ON "CompetitionScore"("criterionId");

-- CreateIndex
CREATE INDEX "CompetitionScore_expertId_idx" ON "CompetitionScore"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionScore_entryId_criterionId_expertId_key" ON "CompetitionScore"("entryId", "criterionId", "expertId");

-- CreateIndex
CREATE INDEX "CompetitionStageResult_entryId_idx" ON "CompetitionStageResult"("entryId");

-- CreateIndex
CREATE INDEX "CyclogramActivity_projectId_regionId_idx" ON "CyclogramActivity"("projectId", "regionId");

-- CreateIndex
CREATE INDEX "CyclogramTask_dueOn_idx" ON "CyclogramTask"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "CyclogramTask_activityId_year_key" ON "CyclogramTask"("activityId", "year");

-- AddForeignKey
ALTER TABLE "PersonnelReserve" ADD CONSTRAINT "PersonnelReserve_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonnelReserve" ADD CONSTRAINT "PersonnelReserve_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReserveCandidate" ADD CONSTRAINT "ReserveCandidate_reserveId_fkey" FOREIGN KEY ("reserveId") REFERENCES "PersonnelReserve"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReserveCandidate" ADD CONSTRAINT "ReserveCandidate_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReserveStatusChange" ADD CONSTRAINT "ReserveStatusChange_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ReserveCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReserveStatusChange" ADD CONSTRAINT "ReserveStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ReserveCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyAssessment" ADD CONSTRAINT "CompetencyAssessment_raterUserId_fkey" FOREIGN KEY ("raterUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReserveDiagnostic" ADD CONSTRAINT "ReserveDiagnostic_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ReserveCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ReserveCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlanItem" ADD CONSTRAINT "DevelopmentPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlanItem" ADD CONSTRAINT "DevelopmentPlanItem_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlanItem" ADD CONSTRAINT "DevelopmentPlanItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ReserveCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorMeeting" ADD CONSTRAINT "MentorMeeting_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentorPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_reserveId_fkey" FOREIGN KEY ("reserveId") REFERENCES "PersonnelReserve"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionStage" ADD CONSTRAINT "CompetitionStage_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionCriterion" ADD CONSTRAINT "CompetitionCriterion_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "CompetitionStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionEntry" ADD CONSTRAINT "CompetitionEntry_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionEntry" ADD CONSTRAINT "CompetitionEntry_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ReserveCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JuryAssignment" ADD CONSTRAINT "JuryAssignment_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JuryAssignment" ADD CONSTRAINT "JuryAssignment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CompetitionEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JuryAssignment" ADD CONSTRAINT "JuryAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionScore" ADD CONSTRAINT "CompetitionScore_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CompetitionEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionScore" ADD CONSTRAINT "CompetitionScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "CompetitionCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionScore" ADD CONSTRAINT "CompetitionScore_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionStageResult" ADD CONSTRAINT "CompetitionStageResult_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "CompetitionStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionStageResult" ADD CONSTRAINT "CompetitionStageResult_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CompetitionEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclogramActivity" ADD CONSTRAINT "CyclogramActivity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclogramActivity" ADD CONSTRAINT "CyclogramActivity_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclogramTask" ADD CONSTRAINT "CyclogramTask_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "CyclogramActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

