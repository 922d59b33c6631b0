import Link from "next/link";
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { getSessionUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/auth/navigation";
import { db } from "@/lib/infra/db/client";
import { countPendingFeedback } from "@/lib/surveys/count-pending-feedback";
import { clientMessages } from "@/lib/infra/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, user, t, messages] = await Promise.all([getLocale(), getSessionUser(), getTranslations("app"), getMessages()]);
  // «Мои мероприятия (N)»: forms waiting for the participant's answers
  const pendingFeedback = await countPendingFeedback(db, user);
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skip")}
        </a>
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <SiteHeader user={user} items={navigationFor(user)} badges={{ myEvents: pendingFeedback }} />
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">
            {user?.secondFactorMissing && (
              <p role="alert" className="mb-4 rounded-md bg-warn-bg p-3 text-warn">
                Для сотрудников обязателен второй фактор входа. <Link href="/account/security">Подключите его</Link>, чтобы
                открыть разделы портала.
              </p>
            )}
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
