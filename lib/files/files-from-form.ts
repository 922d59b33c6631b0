// The files a form sent under `name`. An empty file input still sends one empty part (Next.js names it
// «undefined»): empty parts are not uploads, so only files with content count.
export function filesFromForm(formData: FormData | undefined, name: string): File[] {
  if (!formData) return [];
  return formData.getAll(name).filter((v): v is File => typeof v !== "string" && v.size > 0);
}
