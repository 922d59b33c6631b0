// The files a form sent under `name` (an empty file input sends one nameless empty File: not an upload).
export function filesFromForm(formData: FormData | undefined, name: string): File[] {
  if (!formData) return [];
  return formData.getAll(name).filter((v): v is File => typeof v !== "string" && (v.size > 0 || v.name !== ""));
}
