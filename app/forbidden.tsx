import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <section>
      <h1>{t("forbiddenTitle")}</h1>
      <p className="mb-4">{t("forbiddenText")}</p>
      <Link href="/">{t("home")}</Link>
    </section>
  );
}
