-- Mentoring (meetings with next steps, the mentee's yearly rating of the mentor), the cyclogram (owners,
-- archived activities, tasks that copy the title and owner) and the reason a plan item was cancelled.
-- The per-pair rating columns move to MentorRating.

-- AlterTable
ALTER TABLE "DevelopmentPlanItem" ADD COLUMN     "cancelReason" TEXT;

-- AlterTable
ALTER TABLE "MentorPair" DROP COLUMN "menteeComment",
DROP COLUMN "menteeRating";

-- AlterTable
ALTER TABLE "MentorMeeting" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "nextSteps" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "CyclogramActivity" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "ownerUserId" TEXT,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "CyclogramTask" ADD COLUMN     "doneById" TEXT,
ADD COLUMN     "owner" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ownerUserId" TEXT,
ADD COLUMN     "remindDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "MentorRating" (
    "id" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MentorRating_pairId_year_key" ON "MentorRating"("pairId", "year");

-- CreateIndex
CREATE INDEX "CyclogramActivity_ownerUserId_idx" ON "CyclogramActivity"("ownerUserId");

-- CreateIndex
CREATE INDEX "CyclogramTask_ownerUserId_idx" ON "CyclogramTask"("ownerUserId");

-- AddForeignKey
ALTER TABLE "MentorRating" ADD CONSTRAINT "MentorRating_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentorPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclogramActivity" ADD CONSTRAINT "CyclogramActivity_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclogramTask" ADD CONSTRAINT "CyclogramTask_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

