// Which start page a signed-in user gets, asked of the matrix (not of role names): administration for
// those who manage users, the region's events for event organizers, the dashboards for those who read them,
// the events they speak at for experts who write conclusions, their own registrations for everyone else.
import { can, type SessionUser } from "../permissions";

export type HomeView = "administration" | "organizer" | "dashboards" | "expert" | "member";

export function homeViewOf(user: SessionUser): HomeView {
  if (can(user, "user.manage")) return "administration";
  if (can(user, "event.manage")) return "organizer";
  if (can(user, "dashboard.read")) return "dashboards";
  if (can(user, "conclusion.write")) return "expert";
  return "member";
}
