import Link from "next/link";
import { ExpertForm } from "@/components/experts/expert-form";
import { authorize, regionWhere } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { EXPERT_CONSENT_TEXT, EXPERT_CONSENT_VERSION } from "@/lib/personal-data/consent";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";
import { saveExpertAction } from "../actions";

export const metadata = { title: "Новый эксперт" };

export default async function NewExpertPage() {
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const { regions, directions } = await guardPage(async () => {
    const scoped = regionWhere(authorize(user, "expert.manage"), "expert.manage");
    const reference = await getProjectReference(db, project.id);
    const allowed = scoped.regionId ? (scoped.regionId as { in: string[] }).in : null;
    return { ...reference, regions: reference.regions.filter((r) => !allowed || allowed.includes(r.id)) };
  }, "/experts/new");
  return (
    <>
      <p className="mb-2">
        <Link href="/experts">← Реестр экспертов</Link>
      </p>
      <h1>Новый эксперт</h1>
      <ExpertForm
        action={saveExpertAction}
        defaults={{
          projectId: project.id,
          independent: true,
          regionId: regions.length === 1 ? regions[0].id : "",
          directionIds: [],
        }}
        regions={regions}
        directions={directions}
        consentText={EXPERT_CONSENT_TEXT}
        consentNote={`Редакция текста согласия: ${EXPERT_CONSENT_VERSION}`}
      />
    </>
  );
}
