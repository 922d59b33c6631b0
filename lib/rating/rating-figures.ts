// The rating's figures as the digest and the page print them.
/** 50 → «50 %», 33.3 → «33,3 %», null → «—» */
export const percent = (value: number | null) => (value === null ? "—" : `${value.toLocaleString("ru-RU")} %`);
export const days = (value: number | null) => (value === null ? "—" : value.toLocaleString("ru-RU"));
