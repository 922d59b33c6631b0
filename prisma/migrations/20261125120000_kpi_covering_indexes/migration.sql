-- KPI satisfactionAvg (issue 3): per counted event, attended registrations and ratings are merged in
-- participant order straight from these indexes (index-only scans), without touching the tables.

-- CreateIndex
CREATE INDEX "Registration_eventId_attended_participantId_idx" ON "Registration"("eventId", "attended", "participantId");

-- CreateIndex
CREATE INDEX "Feedback_eventId_participantId_rating_idx" ON "Feedback"("eventId", "participantId", "rating");
