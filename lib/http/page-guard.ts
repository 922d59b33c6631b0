// Pages call the domain and let its typed errors become the right page: sign-in for UNAUTHORIZED,
// the 403 page for FORBIDDEN (HTTP 403, not a crash), the 404 page for NOT_FOUND.
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "../errors/app-error";

export async function guardPage<T>(load: () => Promise<T>, signInReturnTo = "/"): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "UNAUTHORIZED") redirect(`/login?callbackUrl=${encodeURIComponent(signInReturnTo)}`);
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}
