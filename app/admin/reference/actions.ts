"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { saveEventFormatNames } from "@/lib/reference/event-format-names";
import { saveProjectTargets } from "@/lib/reference/save-project-targets";
import { saveReferenceItem } from "@/lib/reference/save-reference-item";
import { saveRegion } from "@/lib/reference/save-region";
import { setReferenceState } from "@/lib/reference/set-reference-state";
import {
  formatNamesSchema,
  projectTargetsSchema,
  referenceItemSchema,
  referenceStateSchema,
  regionSchema,
} from "@/lib/reference/schemas";

const done = (message: string) => {
  revalidatePath("/admin/reference");
  return { ok: true, message };
};

export const saveReferenceItemAction = formAction(referenceItemSchema, async (input, { user }) => {
  await saveReferenceItem(db, user, input);
  return done(input.id ? "Название изменено" : "Запись добавлена");
});

export const saveRegionAction = formAction(regionSchema, async (input, { user }) => {
  await saveRegion(db, user, input);
  return done(input.id ? "Регион изменён" : "Регион добавлен в проект");
});

export const setReferenceStateAction = formAction(referenceStateSchema, async (input, { user }) => {
  const result = await setReferenceState(db, user, input);
  return done(
    {
      deleted: "Удалено: запись нигде не использовалась",
      archived: "Запись используется — перенесена в архив",
      restored: "Запись возвращена из архива",
    }[result],
  );
});

export const saveProjectTargetsAction = formAction(projectTargetsSchema, async (input, { user }) => {
  await saveProjectTargets(db, user, input);
  revalidatePath("/dashboard");
  return done("Целевые показатели сохранены");
});

export const saveFormatNamesAction = formAction(formatNamesSchema, async (input, { user }) => {
  await saveEventFormatNames(db, user, input);
  revalidatePath("/events");
  return done("Названия форм мероприятий сохранены");
});
