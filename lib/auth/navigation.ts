// What the navigation offers each role: derived from the permission matrix, so the menu never shows
// a page the server would refuse (the server still checks on every request).
import { can, type Action, type SessionUser } from "./permissions";

export type NavItem = { href: string; key: string };

const ITEMS: { href: string; key: string; action: Action }[] = [
  { href: "/events", key: "events", action: "event.read" },
  { href: "/events/open", key: "openEvents", action: "registration.self" },
  { href: "/my/events", key: "myEvents", action: "registration.self" },
  { href: "/my/data", key: "myData", action: "personalData.self" },
  { href: "/dashboard", key: "dashboard", action: "dashboard.read" },
  { href: "/participants", key: "participants", action: "participant.read" },
  { href: "/experts", key: "experts", action: "expert.manage" },
  { href: "/expert/profile", key: "expertProfile", action: "expert.profile" },
  { href: "/reserve", key: "reserve", action: "reserve.read" },
  { href: "/reserve/dashboard", key: "reserveDashboard", action: "reserve.read" },
  { href: "/reserve/jury", key: "reserveJury", action: "competition.score" },
  { href: "/reserve/mentors", key: "reserveMentors", action: "mentoring.read" },
  { href: "/reserve/cyclogram", key: "reserveCyclogram", action: "cyclogram.read" },
  { href: "/reserve/mentees", key: "reserveMentees", action: "mentoring.log" },
  { href: "/my/reserve", key: "myReserve", action: "reserve.self" },
  { href: "/publications", key: "publications", action: "publication.manage" },
  { href: "/publications/regions", key: "publicationRegions", action: "kpi.read" },
  { href: "/publications/resources", key: "resources", action: "resource.manage" },
  { href: "/protocols", key: "protocols", action: "meeting.read" },
  { href: "/assignments", key: "assignments", action: "assignment.read" },
  { href: "/rating", key: "rating", action: "rating.read" },
  { href: "/roadmap", key: "roadmap", action: "roadmap.read" },
  { href: "/admin/users", key: "users", action: "user.manage" },
  { href: "/admin/reference", key: "reference", action: "reference.manage" },
  { href: "/admin/survey", key: "survey", action: "survey.template" },
  { href: "/admin/import", key: "import", action: "bundle.import" },
  { href: "/admin/audit", key: "audit", action: "audit.read" },
  { href: "/admin/security", key: "security", action: "security.read" },
  { href: "/admin/personal-data", key: "personalData", action: "personalData.log" },
  { href: "/admin/outbox", key: "outbox", action: "outbox.read" },
];

export function navigationFor(user: SessionUser | null): NavItem[] {
  return [{ href: "/", key: "home" }, ...ITEMS.filter((item) => can(user, item.action)).map(({ href, key }) => ({ href, key }))];
}
