// The cyclogram of seed 003 («Школа лидеров образования», section 2): the recurring activities of a year with
// the reserve, loaded as a region's starting template and then edited freely.
export const SEED_003_CYCLOGRAM = [
  { title: "Сбор и обработка информации на кандидатов в кадровый резерв", startMonth: 9, endMonth: 10 },
  { title: "Психолого-педагогическая диагностика резервистов и кандидатов", startMonth: 10, endMonth: 11 },
  { title: "Профессиональный конкурс «Управленцы будущего»", startMonth: 10, endMonth: 2 },
  { title: "Анализ отчётов о выполнении индивидуальных планов, консультирование", startMonth: 11, endMonth: 12 },
  { title: "Обновление состава кадрового резерва", startMonth: 12, endMonth: 3 },
  { title: "Стажировка победителей конкурса «Управленцы будущего»", startMonth: 4, endMonth: 4 },
] as const;
