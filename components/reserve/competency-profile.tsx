// Профиль компетенций: the radar and the table with the same numbers; deficits marked in words.
import type { ProfileRow } from "@/lib/reserve/competencies/get-competency-profile";
import { RATER_NAMES } from "@/lib/reserve/labels";
import { CompetencyRadar } from "./competency-radar";

const RATERS = ["self", "expert", "supervisor", "mentor"] as const;

export function CompetencyProfile({ profile }: { profile: ProfileRow[] }) {
  if (!profile.length) return <p>Матрица компетенций ещё не заполнена.</p>;
  const used = RATERS.filter((r) => profile.some((p) => p.byRater[r] !== undefined));
  const deficits = profile.filter((p) => p.deficit).map((p) => p.name);
  return (
    <>
      {used.length > 0 && (
        <CompetencyRadar
          rows={profile.map((p) => ({ name: p.name, ...Object.fromEntries(used.map((r) => [r, p.byRater[r] ?? null])) }))}
          series={used.map((r) => ({ key: r, name: RATER_NAMES[r] }))}
          max={Math.max(...profile.map((p) => p.maxLevel))}
          summary={`Профиль компетенций. Дефициты: ${deficits.join(", ") || "нет"}`}
        />
      )}
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Область</th>
              <th scope="col">Компетенция</th>
              {RATERS.map((r) => (
                <th key={r} scope="col">
                  {RATER_NAMES[r]}
                </th>
              ))}
              <th scope="col">Внешняя оценка</th>
              <th scope="col">Вывод</th>
            </tr>
          </thead>
          <tbody>
            {profile.map((p) => (
              <tr key={p.competencyId}>
                <td>{p.area}</td>
                <td>{p.name}</td>
                {RATERS.map((r) => (
                  <td key={r}>{p.byRater[r] ?? "—"}</td>
                ))}
                <td>{p.others === null ? "—" : `${p.others} из ${p.maxLevel}`}</td>
                <td className={p.deficit ? "text-bad" : ""}>
                  {p.others === null ? "нет оценок" : p.deficit ? "дефицит" : "сильная сторона"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
