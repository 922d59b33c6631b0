// The authorization policy, in one place: the matrix (../permissions.ts: roles × actions → scope, `can`,
// `authorize`, `regionWhere`), the relation scopes as named `where` builders, and the refusal rule
// (refuse.ts). Domain code asks these; nothing outside lib/auth compares role names
// (tests/integration/policy-boundary.test.ts fails on it).
export * from "../permissions";
export { activeMentorPairWhere } from "./active-mentor-pair-where";
export { activeMentorWhere } from "./active-mentor-where";
export { candidateScope } from "./candidate-scope";
export { expertAccountsWhere } from "./expert-accounts-where";
export { foundOrRefuse } from "./found-or-refuse";
export { homeViewOf, type HomeView } from "./home-view-of";
export { isLinkedExpert } from "./is-linked-expert";
export { isRegionScoped } from "./is-region-scoped";
export { jurorAssignmentWhere } from "./juror-assignment-where";
export { jurorWhere } from "./juror-where";
export { linkedExpertWhere } from "./linked-expert-where";
export { managedCandidateScope } from "./managed-candidate-scope";
export { permissionHoldersWhere } from "./permission-holders-where";
export { refuse, refuseHidden, isScopeRefusal, type ScopeRefusal } from "./refuse";
export { candidateReadAction } from "./candidate-read-action";
export { regionCoordinatorLinksWhere } from "./region-coordinator-links-where";
export { regionCoordinatorsWhere } from "./region-coordinators-where";
export { regionsVisibleTo } from "./regions-visible-to";
export { selfCandidateWhere } from "./self-candidate-where";
