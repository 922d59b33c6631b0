"use client";
import type { UseFormRegisterReturn } from "react-hook-form";

/** Conflict warnings of an event write and the checkbox that confirms saving anyway (`confirmWarnings=on`). */
export function WarningsConfirm({ warnings, register }: { warnings?: string[]; register?: UseFormRegisterReturn }) {
  if (!warnings?.length) return null;
  return (
    <div role="alert" className="mb-4 rounded-md bg-warn-bg p-3 text-warn">
      <p className="font-semibold">Предупреждения</p>
      <ul className="mb-2 list-disc pl-5">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" name="confirmWarnings" {...register} />
        Сохранить несмотря на предупреждения
      </label>
    </div>
  );
}
