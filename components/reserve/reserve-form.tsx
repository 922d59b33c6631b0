"use client";
// The reserve's short forms: a server page names the schema, bound here (a schema can't cross to the client).
import { SimpleForm, type SimpleField } from "@/components/forms/simple-form";
import type { FormState } from "@/lib/infra/http/form-state";
import {
  competitionSchema,
  conflictSchema,
  criterionSchema,
  entrySchema,
  jurorSchema,
  scoreSchema,
  stageSchema,
} from "@/lib/reserve/competition/schemas";
import { endPairSchema, meetingSchema, mentorRatingSchema } from "@/lib/reserve/mentoring/schemas";
import { activitySchema, generateYearSchema, taskOwnerSchema } from "@/lib/reserve/cyclogram/schemas";
import {
  assessmentSchema,
  cancelItemSchema,
  conclusionSchema,
  editPlanItemSchema,
  selfNominationSchema,
  commentItemSchema,
  competencySchema,
  completeItemSchema,
  diagnosticSchema,
  mentorSchema,
  nominateSchema,
  planItemSchema,
  planReportSchema,
  planSchema,
  reserveSchema,
} from "@/lib/reserve/schemas";

const SCHEMAS = {
  reserve: reserveSchema,
  nominate: nominateSchema,
  assessment: assessmentSchema,
  commentItem: commentItemSchema,
  competency: competencySchema,
  completeItem: completeItemSchema,
  diagnostic: diagnosticSchema,
  mentor: mentorSchema,
  planItem: planItemSchema,
  planReport: planReportSchema,
  plan: planSchema,
  competition: competitionSchema,
  conflict: conflictSchema,
  criterion: criterionSchema,
  entry: entrySchema,
  juror: jurorSchema,
  score: scoreSchema,
  stage: stageSchema,
  editPlanItem: editPlanItemSchema,
  cancelItem: cancelItemSchema,
  conclusion: conclusionSchema,
  selfNomination: selfNominationSchema,
  meeting: meetingSchema,
  mentorRating: mentorRatingSchema,
  endPair: endPairSchema,
  activity: activitySchema,
  generateYear: generateYearSchema,
  taskOwner: taskOwnerSchema,
};

type Props = {
  schema: keyof typeof SCHEMAS;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  fields: SimpleField[];
  hidden?: string[];
  submit: string;
  idPrefix: string;
  label: string;
};

export function ReserveForm({ schema, ...props }: Props) {
  return <SimpleForm schema={SCHEMAS[schema]} {...props} />;
}
