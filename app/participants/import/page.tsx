import Link from "next/link";
import { ParticipantImportForm } from "@/components/participants/import-form";
import { requirePermission } from "@/lib/auth/session";
import { guardPage } from "@/lib/infra/http/page-guard";
import { importParticipantsAction } from "./actions";

export const metadata = { title: "Импорт участников" };

export default async function ParticipantImportPage() {
  await guardPage(() => requirePermission("participant.manage"), "/participants/import");
  return (
    <>
      <p className="mb-2">
        <Link href="/participants">← Реестр участников</Link>
      </p>
      <h1>Импорт участников</h1>
      <p className="mb-4 max-w-3xl">
        Сначала проверьте файл: будут показаны все ошибки с номером строки и столбцом. Если в файле есть ошибки, ничего не
        записывается, пока не отмечено «записать только верные строки». Координатор загружает участников только своих регионов.{" "}
        <a href="/participants/import/template.csv" download>
          Шаблон файла (CSV)
        </a>
      </p>
      <ParticipantImportForm action={importParticipantsAction} />
    </>
  );
}
