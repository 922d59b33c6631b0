// Columns of the participants import file: the Russian header the template uses and the other spellings
// accepted (English names, common variants), compared case-insensitively.
export const IMPORT_COLUMNS = [
  { key: "code", title: "Код", aliases: ["код", "code", "код участника"], required: false },
  { key: "fullName", title: "ФИО", aliases: ["фио", "full name", "fullname", "ф.и.о."], required: true },
  { key: "email", title: "E-mail", aliases: ["e-mail", "email", "эл. почта", "электронная почта", "почта"], required: false },
  { key: "phone", title: "Телефон", aliases: ["телефон", "phone"], required: false },
  { key: "organization", title: "Организация", aliases: ["организация", "organization", "место работы"], required: false },
  { key: "position", title: "Должность", aliases: ["должность", "position"], required: false },
  { key: "category", title: "Категория", aliases: ["категория", "category", "категория участника"], required: true },
  { key: "region", title: "Регион", aliases: ["регион", "region", "субъект рф"], required: true },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]["key"];

export const IMPORT_TEMPLATE_CSV =
  "\uFEFF" +
  IMPORT_COLUMNS.map((c) => c.title).join(";") +
  "\r\n" +
  ";Иванова Анна Петровна;ivanova@example.ru;+7 4852 00-00-00;Правительство области;консультант;Госслужащие;YAR\r\n";
