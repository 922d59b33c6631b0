// Event conflicts in a form: the domain throws EventConflictsError for warnings the organizer has not
// confirmed; the form shows them with «Сохранить несмотря на предупреждения».
import { isEventConflictsError } from "../../events/find-event-conflicts";
import type { FormState } from "./form-state";

/** For form actions: unconfirmed warnings become the form's state (shown with «Сохранить несмотря на предупреждения»). */
export async function withConflictWarnings(run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (!isEventConflictsError(error)) throw error;
    return { ok: false, message: error.message, warnings: error.conflicts.map((c) => c.message) };
  }
}
