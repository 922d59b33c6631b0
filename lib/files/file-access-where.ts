// Who may download a stored file, as a Prisma `where`: exactly who may see the record it is attached to.
// Diagnostics: the organizers allowed to see diagnostics (reserve.diagnostics, their regions). Plan item
// evidence: the member, their current mentor, and those who see the reserve (organizers of the region, the
// ministry). Assignment report evidence: whoever sees the assignment item (assignment.read, their regions).
// null: the user may see no file at all.
import "server-only";
import type { Prisma } from "@prisma/client";
import { regionWhere, scopeOf, type SessionUser } from "../auth/permissions";
import { activeMentorWhere } from "../auth/policy/active-mentor-where";
import { selfCandidateWhere } from "../auth/policy/self-candidate-where";

export function fileAccessWhere(user: SessionUser): Prisma.StoredFileWhereInput | null {
  const allowed: Prisma.StoredFileWhereInput[] = [];
  if (scopeOf(user, "reserve.diagnostics")) {
    allowed.push({ diagnostic: { candidate: { reserve: regionWhere(user, "reserve.diagnostics") } } });
  }
  if (scopeOf(user, "reserve.self")) {
    allowed.push({ planItem: { plan: { candidate: selfCandidateWhere(user.id) } } });
  }
  if (scopeOf(user, "reserve.mentor")) {
    allowed.push({ planItem: { plan: { candidate: activeMentorWhere(user.id) } } });
  }
  if (scopeOf(user, "reserve.read")) {
    allowed.push({ planItem: { plan: { candidate: { reserve: regionWhere(user, "reserve.read") } } } });
  }
  if (scopeOf(user, "assignment.read")) {
    allowed.push({ assignmentReport: { item: regionWhere(user, "assignment.read") } });
  }
  return allowed.length ? { OR: allowed } : null;
}
