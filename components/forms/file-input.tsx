"use client";
// A file input for uploads: it refuses too many or too large files at once in the browser (the server
// checks everything again, including the real type), so a user doesn't send 20 MB only to hear «нет».
import { useState } from "react";
import { FILE_ACCEPT, FILE_LIMITS_TEXT, MAX_FILE_BYTES, MAX_FILES_PER_UPLOAD } from "@/lib/files/file-limits";
import { Field } from "./field";

type Props = { id: string; name: string; label: string; serverError?: string };

export function FileInput({ id, name, label, serverError }: Props) {
  const [error, setError] = useState<string>();
  return (
    <Field id={id} label={label} hint={FILE_LIMITS_TEXT} error={error ?? serverError}>
      {(aria) => (
        <input
          {...aria}
          name={name}
          type="file"
          multiple
          accept={FILE_ACCEPT}
          className="input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            const big = files.find((f) => f.size > MAX_FILE_BYTES);
            const message =
              files.length > MAX_FILES_PER_UPLOAD
                ? `Не больше ${MAX_FILES_PER_UPLOAD} файлов за раз`
                : big
                  ? `Файл «${big.name}» больше 20 МБ`
                  : undefined;
            if (message) event.currentTarget.value = "";
            setError(message);
          }}
        />
      )}
    </Field>
  );
}
