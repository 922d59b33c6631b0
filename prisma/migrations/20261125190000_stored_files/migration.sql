-- Загруженные файлы (lib/files): metadata of uploads stored under UPLOAD_DIR, each attached to one record
-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "diagnosticId" TEXT,
    "planItemId" TEXT,
    "assignmentReportId" TEXT,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_diagnosticId_idx" ON "StoredFile"("diagnosticId");

-- CreateIndex
CREATE INDEX "StoredFile_planItemId_idx" ON "StoredFile"("planItemId");

-- CreateIndex
CREATE INDEX "StoredFile_assignmentReportId_idx" ON "StoredFile"("assignmentReportId");

-- CreateIndex
CREATE INDEX "StoredFile_uploadedById_idx" ON "StoredFile"("uploadedById");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "ReserveDiagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "DevelopmentPlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_assignmentReportId_fkey" FOREIGN KEY ("assignmentReportId") REFERENCES "AssignmentReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- exactly one owner: a diagnostics record, a plan item or an assignment report
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_one_owner" CHECK (num_nonnulls("diagnosticId", "planItemId", "assignmentReportId") = 1);
