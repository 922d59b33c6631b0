/** yyyy-mm-dd → дд.мм.гггг (a calendar day as it is written in Russian documents) */
export const dayMonthYear = (isoDay: string) => isoDay.split("-").reverse().join(".");
