import { ImportForm } from "@/components/bundle/import-form";
import { requirePermission } from "@/lib/auth/session";
import { guardPage } from "@/lib/infra/http/page-guard";
import { importUploadAction } from "./actions";

export const metadata = { title: "Импорт данных" };

export default async function ImportPage() {
  await guardPage(() => requirePermission("bundle.import"), "/admin/import");
  return (
    <>
      <h1>Импорт данных проекта</h1>
      <p className="mb-4 max-w-2xl">
        Загрузите пакет в формате kadry-bundle/1: проект, регионы, категории, направления, экспертов, участников, мероприятия,
        регистрации, оценки, информационные ресурсы и публикации. Записи с теми же кодами обновляются, повторная загрузка того же
        пакета ничего не меняет.
      </p>
      <ImportForm action={importUploadAction} />
    </>
  );
}
