-- Issue 6: registries (experts' directions and competences, expert conclusions), personal data under
-- 152-FZ (consent with its text version, deletion requests and anonymisation, the access log) and the
-- editable Russian names of event formats.
-- AlterTable
ALTER TABLE "Expert" ADD COLUMN     "competences" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "consentAt" TIMESTAMP(3),
ADD COLUMN     "consentVersion" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "anonymizedAt" TIMESTAMP(3),
ADD COLUMN     "consentAt" TIMESTAMP(3),
ADD COLUMN     "consentVersion" TEXT,
ADD COLUMN     "deletionRequestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ExpertDirection" (
    "expertId" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,

    CONSTRAINT "ExpertDirection_pkey" PRIMARY KEY ("expertId","directionId")
);

-- CreateTable
CREATE TABLE "ExpertConclusion" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "whatWorked" TEXT NOT NULL,
    "recommendations" TEXT NOT NULL,
    "assessment" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertConclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalDataAccess" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "action" TEXT NOT NULL,

    CONSTRAINT "PersonalDataAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventFormatName" (
    "format" "EventFormat" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "EventFormatName_pkey" PRIMARY KEY ("format")
);

-- CreateIndex
CREATE INDEX "ExpertDirection_directionId_idx" ON "ExpertDirection"("directionId");

-- CreateIndex
CREATE INDEX "ExpertConclusion_expertId_idx" ON "ExpertConclusion"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertConclusion_eventId_expertId_key" ON "ExpertConclusion"("eventId", "expertId");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_subjectType_subjectId_at_idx" ON "PersonalDataAccess"("subjectType", "subjectId", "at");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_userId_at_idx" ON "PersonalDataAccess"("userId", "at");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_at_idx" ON "PersonalDataAccess"("at");

-- AddForeignKey
ALTER TABLE "ExpertDirection" ADD CONSTRAINT "ExpertDirection_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertDirection" ADD CONSTRAINT "ExpertDirection_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertConclusion" ADD CONSTRAINT "ExpertConclusion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertConclusion" ADD CONSTRAINT "ExpertConclusion_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDataAccess" ADD CONSTRAINT "PersonalDataAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- the names the portal showed so far (lib/events/labels.ts)
INSERT INTO "EventFormatName" (format, name) VALUES
  ('business_meeting', 'Деловая встреча'),
  ('master_class', 'Мастер-класс'),
  ('training', 'Тренинг'),
  ('site_visit', 'Посещение производственной площадки / социально значимого объекта'),
  ('mentoring', 'Работа с наставником'),
  ('informal_meeting', 'Неформальная встреча с успешными людьми'),
  ('expert_discussion', 'Дискуссия с независимыми экспертами'),
  ('internship', 'Стажировка'),
  ('seminar', 'Семинар'),
  ('webinar', 'Вебинар'),
  ('competition', 'Конкурс');
