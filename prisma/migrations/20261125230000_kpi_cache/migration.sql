-- Issue 9: the KPI report and the dashboard's data are cached in the database per project and period,
-- and a cached entry is used only while the data it was computed from is unchanged. Every instance reads
-- the same entries, so instances always agree, and no entry can outlive a change: the triggers below log
-- every statement that changes what the KPI reads, with its transaction id, and an entry is valid only if
-- every logged change is visible in the snapshot it was computed in (lib/kpi/cached-kpi.ts).
-- An append-only log, not a version counter: a counter row updated by every registration would make
-- writers across all events wait for each other's commits; inserts into the log never wait.

-- CreateTable
CREATE TABLE "KpiDataChange" (
    "id" BIGSERIAL NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "table" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "KpiDataChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "KpiDataChange_xid_idx" ON "KpiDataChange"("xid");
CREATE INDEX "KpiDataChange_at_idx" ON "KpiDataChange"("at");

-- CreateTable
CREATE TABLE "KpiCache" (
    "key" TEXT NOT NULL,
    "snapshot" pg_snapshot NOT NULL,
    "payload" TEXT NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "KpiCache_pkey" PRIMARY KEY ("key")
);

-- One function for every table; its argument says which rows matter. Statement-level triggers fire even
-- for statements that touched no row (Prisma's updateMany with no match, the summary's upsert of nothing),
-- so the transition tables are looked at first and only real changes are logged.
CREATE FUNCTION "kpi_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    NULL; -- always a change
  ELSIF TG_ARGV[0] = 'attended' THEN
    -- registrations: only attended ones are counted (a registration or a cancellation changes no KPI)
    IF TG_OP = 'INSERT' THEN
      IF NOT EXISTS (SELECT 1 FROM new_rows WHERE attended) THEN RETURN NULL; END IF;
    ELSIF TG_OP = 'UPDATE' THEN
      IF NOT EXISTS (SELECT 1 FROM new_rows WHERE attended) AND NOT EXISTS (SELECT 1 FROM old_rows WHERE attended) THEN
        RETURN NULL;
      END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM old_rows WHERE attended) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_ARGV[0] = 'event' AND TG_OP = 'UPDATE' THEN
    -- events: what decides whether and where an event is counted, not its description or venue
    IF NOT EXISTS (
      SELECT 1 FROM old_rows o JOIN new_rows w ON w.id = o.id
       WHERE (o."projectId", o.status, o."startsAt", o."regionId", o."directionId")
             IS DISTINCT FROM (w."projectId", w.status, w."startsAt", w."regionId", w."directionId")) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_ARGV[0] = 'participant' THEN
    -- participants: a new category or home region moves attendances between cells; new participants have
    -- none, and a deleted one's registrations are deleted (and logged) with them
    IF NOT EXISTS (
      SELECT 1 FROM old_rows o JOIN new_rows w ON w.id = o.id
       WHERE (o."categoryId", o."regionId") IS DISTINCT FROM (w."categoryId", w."regionId")) THEN
      RETURN NULL;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM new_rows) THEN
    RETURN NULL;
  END IF;
  INSERT INTO "KpiDataChange" ("table") VALUES (TG_TABLE_NAME);
  RETURN NULL;
END $$;

-- Every table the KPI report and the dashboard's cached data read.
DO $$
DECLARE
  t TEXT;
  kind TEXT;
BEGIN
  FOR t, kind IN VALUES
    ('Project', 'rows'), ('Region', 'rows'), ('ProjectRegion', 'rows'), ('ParticipantCategory', 'rows'),
    ('Direction', 'rows'), ('Expert', 'rows'), ('EventExpert', 'rows'), ('Publication', 'rows'),
    ('Feedback', 'rows'), ('Event', 'event'), ('Registration', 'attended')
  LOOP
    EXECUTE format('CREATE TRIGGER "kpi_data_changed_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION "kpi_data_changed"(%L)', t, kind);
    EXECUTE format('CREATE TRIGGER "kpi_data_changed_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION "kpi_data_changed"(%L)', t, kind);
    EXECUTE format('CREATE TRIGGER "kpi_data_changed_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION "kpi_data_changed"(%L)', t, kind);
    EXECUTE format('CREATE TRIGGER "kpi_data_changed_truncate" AFTER TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION "kpi_data_changed"(%L)', t, kind);
  END LOOP;
END $$;

CREATE TRIGGER "kpi_data_changed_update" AFTER UPDATE ON "Participant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "kpi_data_changed"('participant');
