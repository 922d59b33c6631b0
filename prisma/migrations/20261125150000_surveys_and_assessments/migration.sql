-- Issue 5: feedback forms built from a project's question template, and quarterly assessments with
-- corrective actions (оценка результатов и корректировка).
-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('scale', 'single', 'multiple', 'text');

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSurveyQuestion" (
    "eventId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventSurveyQuestion_pkey" PRIMARY KEY ("eventId","questionId")
);

-- CreateTable
CREATE TABLE "QuarterAssessment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuarterAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectiveAction" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,

    CONSTRAINT "CorrectiveAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyQuestion_projectId_position_idx" ON "SurveyQuestion"("projectId", "position");

-- CreateIndex
CREATE INDEX "EventSurveyQuestion_questionId_idx" ON "EventSurveyQuestion"("questionId");

-- CreateIndex
CREATE INDEX "QuarterAssessment_projectId_year_quarter_createdAt_idx" ON "QuarterAssessment"("projectId", "year", "quarter", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectiveAction_assessmentId_position_idx" ON "CorrectiveAction"("assessmentId", "position");

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSurveyQuestion" ADD CONSTRAINT "EventSurveyQuestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSurveyQuestion" ADD CONSTRAINT "EventSurveyQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterAssessment" ADD CONSTRAINT "QuarterAssessment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterAssessment" ADD CONSTRAINT "QuarterAssessment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "QuarterAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

