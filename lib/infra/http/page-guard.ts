// Pages call the domain and let its typed errors become the right page: sign-in for UNAUTHORIZED,
// the 403 page for FORBIDDEN (HTTP 403, not a crash, and a line in the security log), the 404 page for
// NOT_FOUND, the second-factor enrolment for staff who must enrol first.
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "../errors/app-error";
import { recordRefusal } from "../../security-log/record-refusal";

export async function guardPage<T>(load: () => Promise<T>, signInReturnTo = "/"): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "UNAUTHORIZED") redirect(`/login?callbackUrl=${encodeURIComponent(signInReturnTo)}`);
      if (error.code === "SECOND_FACTOR_REQUIRED") redirect("/account/security");
      if (error.code === "FORBIDDEN") {
        await recordRefusal(error);
        forbidden();
      }
      if (error.code === "NOT_FOUND") {
        await recordRefusal(error); // logged when it hides a record outside the user's scope (refuse())
        notFound();
      }
    }
    throw error;
  }
}
