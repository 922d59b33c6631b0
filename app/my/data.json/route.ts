// GET /my/data.json — the signed-in person's own data (152-ФЗ), written to the access log.
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { fileDownload } from "@/lib/infra/http/file-download";
import { getMyData } from "@/lib/personal-data/get-my-data";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  return fileDownload(async () => {
    const data = await getMyData(db, user);
    return { body: JSON.stringify(data, null, 2), format: "json", fileName: "мои-данные.json" };
  }, "Не удалось выгрузить данные");
}
