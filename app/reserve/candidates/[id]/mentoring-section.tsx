// The candidate card's mentoring: the pairs with the mentee's ratings and the meetings log; the curator
// assigns a mentor and ends a pair.
import { MentorMeetingsTable } from "@/components/reserve/mentor-meetings-table";
import { formatUtcDay } from "@/lib/infra/time/format-date";
import { ReserveForm } from "@/components/reserve/reserve-form";
import type { CandidateCard } from "@/lib/reserve/get-candidate-card";
import { assignMentorAction } from "../../actions/candidates";
import { endPairAction } from "../../actions/mentoring";

export function MentoringSection({ card }: { card: CandidateCard }) {
  const c = card.candidate;
  return (
    <section aria-labelledby="mentor" className="mb-8">
      <h2 id="mentor">Наставничество</h2>
      {c.mentorPairs.length ? (
        c.mentorPairs.map((p) => (
          <div key={p.id} className="mb-4">
            <p className="mb-2">
              <strong>{p.expert.fullName}</strong>, с {formatUtcDay(p.startedOn)}
              {p.endedOn ? ` по ${formatUtcDay(p.endedOn)}` : ""}.{p.goals ? ` Цели: ${p.goals}` : ""}
              {p.ratings.length > 0 &&
                ` Оценки наставляемого: ${p.ratings.map((r) => `${r.year} — ${r.rating}${r.comment ? ` («${r.comment}»)` : ""}`).join("; ")}.`}
            </p>
            {card.canManage && !p.endedOn && (
              <ReserveForm
                schema="endPair"
                action={endPairAction}
                idPrefix={`end-${p.id}`}
                label={`Завершить наставничество: ${p.expert.fullName}`}
                submit="Завершить наставничество"
                hidden={["pairId"]}
                defaults={{ pairId: p.id, endedOn: new Date().toISOString().slice(0, 10) }}
                fields={[{ name: "endedOn", label: "Дата окончания", type: "date" }]}
              />
            )}
            {p.meetings.length > 0 && <MentorMeetingsTable meetings={p.meetings} caption="Журнал встреч" withNotes />}
          </div>
        ))
      ) : (
        <p className="mb-2">Наставник не назначен.</p>
      )}
      {card.canManage && (
        <ReserveForm
          schema="mentor"
          action={assignMentorAction}
          idPrefix="mentor"
          label="Назначить наставника"
          submit="Назначить наставника"
          hidden={["candidateId"]}
          defaults={{ candidateId: c.id, expertCode: "", goals: "", startedOn: "" }}
          fields={[
            { name: "expertCode", label: "Код эксперта-наставника" },
            { name: "goals", label: "Цели наставничества", type: "textarea" },
            { name: "startedOn", label: "Начало", type: "date" },
          ]}
        />
      )}
    </section>
  );
}
