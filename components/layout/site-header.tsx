import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/permissions";
import type { NavItem } from "@/lib/auth/navigation";
import { setLocaleAction, signOutAction } from "@/app/actions/session-actions";

type Props = {
  user: SessionUser | null;
  items: NavItem[];
  /** a count shown beside a menu item (e.g. forms waiting for answers under «Мои мероприятия») */
  badges?: Record<string, number>;
};

export async function SiteHeader({ user, items, badges = {} }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-ink no-underline">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.menu")} className="order-last basis-full text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-2">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>
                  {t(`nav.${item.key}`)}
                  {badges[item.key] ? (
                    <span className="ml-1 rounded-full bg-warn-bg px-2 text-sm font-semibold text-warn">
                      {badges[item.key]}
                      <span className="sr-only"> {t("nav.badge")}</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <form action={setLocaleAction} className="flex items-center gap-1">
            <span className="sr-only">{t("nav.language")}</span>
            {(["ru", "en"] as const).map((code) => (
              <button
                key={code}
                name="locale"
                value={code}
                aria-pressed={locale === code}
                className={`rounded px-2 py-1 ${locale === code ? "bg-brand text-white" : "border border-line bg-white"}`}
              >
                {code.toUpperCase()}
              </button>
            ))}
          </form>
          {user ? (
            <>
              <span>
                {user.fullName} · <span className="text-ink-muted">{t(`roles.${user.role}`)}</span>
              </span>
              <Link href="/account/security">{t("nav.account")}</Link>
              <form action={signOutAction}>
                <button className="btn-secondary py-1">{t("nav.signOut")}</button>
              </form>
            </>
          ) : (
            <>
              <Link href="/login" className="btn py-1">
                {t("nav.signIn")}
              </Link>
              <Link href="/register">{t("nav.register")}</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
