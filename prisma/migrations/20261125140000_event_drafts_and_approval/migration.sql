-- Issue 4: drafts (an event is published explicitly) and registration by approval.
-- Events that exist already were visible to everyone: they count as published.
ALTER TYPE "RegistrationStatus" ADD VALUE 'pending' BEFORE 'registered';
ALTER TYPE "RegistrationStatus" ADD VALUE 'declined';

ALTER TABLE "Event" ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "Event" SET "publishedAt" = "createdAt";

ALTER TABLE "Registration" ADD COLUMN "declineReason" TEXT;
