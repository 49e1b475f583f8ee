import type { Assessment, AssessmentTemplate, Domain } from '#shared/assessments.ts';

export type TemplateRow = {
  id: string;
  organisation_id: string | null;
  key: string;
  version: number;
  title_sv: string;
  title_en: string;
  domains: Domain[];
  created_at: Date;
};

export const presentTemplate = (r: TemplateRow): AssessmentTemplate => ({
  id: r.id,
  key: r.key,
  version: r.version,
  titleSv: r.title_sv,
  titleEn: r.title_en,
  domains: r.domains,
  builtIn: r.organisation_id === null,
  createdAt: r.created_at.toISOString(),
});

export const assessmentSelect = `
  select a.id, a.participant_id as "participantId", a.template_id as "templateId", t.key as "templateKey",
         t.version as "templateVersion", a.assessed_on as "assessedOn", u.name as "assessedByName", a.domains, a.version
    from assessments a join assessment_templates t on t.id = a.template_id join users u on u.id = a.assessed_by`;

export const presentAssessment = (r: Assessment): Assessment => r;
