import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section>
      <h1>{t("notFoundTitle")}</h1>
      <p className="mb-4">{t("notFoundText")}</p>
      <Link href="/">{t("home")}</Link>
    </section>
  );
}
