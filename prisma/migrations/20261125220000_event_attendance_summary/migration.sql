-- Issue 5: the dashboard's coverage and exchange matrix read attended registrations per event by the
-- participant's category and home region from this summary instead of joining every registration of the
-- period with its participant. It is derived data, kept exact by the triggers below whatever writes
-- (the app, the bundle import, a restore, plain SQL). Statement-level triggers read transition tables,
-- so a bulk insert updates the summary once per statement, not once per row.

-- CreateTable
CREATE TABLE "EventAttendanceSummary" (
    "eventId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "homeRegionId" TEXT NOT NULL,
    "attended" INTEGER NOT NULL,

    CONSTRAINT "EventAttendanceSummary_pkey" PRIMARY KEY ("eventId","categoryId","homeRegionId")
);

-- AddForeignKey
ALTER TABLE "EventAttendanceSummary" ADD CONSTRAINT "EventAttendanceSummary_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Applies counted changes: one row per (event, category, home region) with a non-zero difference.
-- Additions insert or increase. Subtractions only touch existing rows (when an event is deleted its rows
-- may already be gone by its own cascade) and remove rows that reach zero.
CREATE FUNCTION "event_attendance_summary_apply"(events TEXT[], categories TEXT[], regions TEXT[], deltas INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EventAttendanceSummary" AS s ("eventId", "categoryId", "homeRegionId", attended)
  SELECT d.e, d.c, d.r, d.n FROM unnest(events, categories, regions, deltas) AS d(e, c, r, n) WHERE d.n > 0
  ON CONFLICT ("eventId", "categoryId", "homeRegionId") DO UPDATE SET attended = s.attended + EXCLUDED.attended;

  IF EXISTS (SELECT 1 FROM unnest(deltas) AS d(n) WHERE d.n < 0) THEN
    UPDATE "EventAttendanceSummary" s SET attended = s.attended + d.n
      FROM unnest(events, categories, regions, deltas) AS d(e, c, r, n)
     WHERE d.n < 0 AND s."eventId" = d.e AND s."categoryId" = d.c AND s."homeRegionId" = d.r;
    DELETE FROM "EventAttendanceSummary" s
     USING unnest(events, categories, regions, deltas) AS d(e, c, r, n)
     WHERE d.n < 0 AND s."eventId" = d.e AND s."categoryId" = d.c AND s."homeRegionId" = d.r AND s.attended = 0;
  END IF;
END $$;

-- Registration rows inserted, updated or deleted by one statement: +1 for each new attended row and -1 for
-- each old one, at the participant's current category and region. A registration deleted together with
-- its participant is skipped here (the participant is no longer visible), the participant's own trigger
-- has subtracted it already.
CREATE FUNCTION "event_attendance_summary_registrations"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev TEXT[];
  cat TEXT[];
  reg TEXT[];
  n INTEGER[];
BEGIN
  -- most statements (a registration, a cancellation, a wait-list promotion) touch no attended row: done
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows WHERE attended) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows WHERE attended) AND NOT EXISTS (SELECT 1 FROM old_rows WHERE attended) THEN
      RETURN NULL;
    END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM old_rows WHERE attended) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    -- the bulk import's case: only additions, written directly
    INSERT INTO "EventAttendanceSummary" AS s ("eventId", "categoryId", "homeRegionId", attended)
    SELECT r."eventId", p."categoryId", p."regionId", count(*)::int
      FROM new_rows r JOIN "Participant" p ON p.id = r."participantId"
     WHERE r.attended
     GROUP BY 1, 2, 3
    ON CONFLICT ("eventId", "categoryId", "homeRegionId") DO UPDATE SET attended = s.attended + EXCLUDED.attended;
    RETURN NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    -- rows whose event, participant and mark are all unchanged (a status change, a re-import) cancel out:
    -- left out before looking their participants up
    SELECT array_agg(x.e), array_agg(x.c), array_agg(x.r), array_agg(x.n) INTO ev, cat, reg, n
      FROM (SELECT d.e, p."categoryId" AS c, p."regionId" AS r, sum(d.n)::int AS n
              FROM (SELECT w."eventId" AS e, w."participantId" AS pid, 1 AS n FROM new_rows w
                     WHERE w.attended AND NOT EXISTS (
                       SELECT 1 FROM old_rows o WHERE o.id = w.id AND o.attended
                          AND o."eventId" = w."eventId" AND o."participantId" = w."participantId")
                    UNION ALL
                    SELECT o."eventId", o."participantId", -1 FROM old_rows o
                     WHERE o.attended AND NOT EXISTS (
                       SELECT 1 FROM new_rows w WHERE w.id = o.id AND w.attended
                          AND w."eventId" = o."eventId" AND w."participantId" = o."participantId")) d
              JOIN "Participant" p ON p.id = d.pid
             GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0) x;
  ELSE
    SELECT array_agg(x.e), array_agg(x.c), array_agg(x.r), array_agg(x.n) INTO ev, cat, reg, n
      FROM (SELECT r."eventId" AS e, p."categoryId" AS c, p."regionId" AS r, -count(*)::int AS n
              FROM old_rows r JOIN "Participant" p ON p.id = r."participantId"
             WHERE r.attended GROUP BY 1, 2, 3) x;
  END IF;
  IF ev IS NOT NULL THEN
    PERFORM "event_attendance_summary_apply"(ev, cat, reg, n);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "event_attendance_summary_insert" AFTER INSERT ON "Registration"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_attendance_summary_registrations"();
CREATE TRIGGER "event_attendance_summary_update" AFTER UPDATE ON "Registration"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_attendance_summary_registrations"();
CREATE TRIGGER "event_attendance_summary_delete" AFTER DELETE ON "Registration"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_attendance_summary_registrations"();

-- A participant's new category or region moves their attendances from the old cell to the new one.
CREATE FUNCTION "event_attendance_summary_participants"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev TEXT[];
  cat TEXT[];
  reg TEXT[];
  n INTEGER[];
BEGIN
  SELECT array_agg(x.e), array_agg(x.c), array_agg(x.r), array_agg(x.n) INTO ev, cat, reg, n
    FROM (SELECT r."eventId" AS e, d.c, d.r, sum(d.n)::int AS n
            FROM (SELECT o.id, o."categoryId" AS c, o."regionId" AS r, -1 AS n
                    FROM old_rows o JOIN new_rows w ON w.id = o.id
                   WHERE (o."categoryId", o."regionId") IS DISTINCT FROM (w."categoryId", w."regionId")
                  UNION ALL
                  SELECT w.id, w."categoryId", w."regionId", 1
                    FROM old_rows o JOIN new_rows w ON w.id = o.id
                   WHERE (o."categoryId", o."regionId") IS DISTINCT FROM (w."categoryId", w."regionId")) d
            JOIN "Registration" r ON r."participantId" = d.id AND r.attended
           GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0) x;
  IF ev IS NOT NULL THEN
    PERFORM "event_attendance_summary_apply"(ev, cat, reg, n);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "event_attendance_summary_update" AFTER UPDATE ON "Participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_attendance_summary_participants"();

-- Deleting a participant deletes their registrations by cascade, after the participant row is gone, when
-- their category and region can no longer be read: subtract their attendances before, row by row (only
-- the merge of duplicates deletes participants, one at a time).
CREATE FUNCTION "event_attendance_summary_participant_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev TEXT[];
  n INTEGER[];
BEGIN
  SELECT array_agg(x.e), array_agg(x.n) INTO ev, n
    FROM (SELECT r."eventId" AS e, -count(*)::int AS n FROM "Registration" r
           WHERE r."participantId" = OLD.id AND r.attended GROUP BY 1) x;
  IF ev IS NOT NULL THEN
    PERFORM "event_attendance_summary_apply"(ev, array_fill(OLD."categoryId", ARRAY[cardinality(ev)]),
                                             array_fill(OLD."regionId", ARRAY[cardinality(ev)]), n);
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "event_attendance_summary_delete" BEFORE DELETE ON "Participant"
  FOR EACH ROW EXECUTE FUNCTION "event_attendance_summary_participant_deleted"();

-- TRUNCATE fires no delete triggers: emptying the registrations empties the summary.
CREATE FUNCTION "event_attendance_summary_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EventAttendanceSummary";
  RETURN NULL;
END $$;

CREATE TRIGGER "event_attendance_summary_truncate" AFTER TRUNCATE ON "Registration"
  FOR EACH STATEMENT EXECUTE FUNCTION "event_attendance_summary_truncated"();

-- Backfill from the registrations already stored.
INSERT INTO "EventAttendanceSummary" ("eventId", "categoryId", "homeRegionId", attended)
SELECT r."eventId", p."categoryId", p."regionId", count(*)::int
  FROM "Registration" r JOIN "Participant" p ON p.id = r."participantId"
 WHERE r.attended
 GROUP BY 1, 2, 3;
