import type { z } from 'zod';
import type {
  Domain,
  Assessment,
  AssessmentTemplate,
  Distance,
  PublishTemplateInput,
  RecordAssessmentInput,
  UpdateAssessmentInput,
} from '#shared/assessments.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { checkAnswers, distanceBetween } from './answers.ts';
import { assessmentSelect, presentAssessment, presentTemplate, type TemplateRow } from './presenter.ts';

/** The newest version of each template; an organisation's own version of a key hides the built-in one. */
export function listTemplates(ctx: Ctx): Promise<AssessmentTemplate[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<TemplateRow>(
      `select distinct on (key) * from assessment_templates order by key, organisation_id nulls last, version desc`,
    );
    return rows.map(presentTemplate);
  });
}

async function findTemplate(tx: Queryable, id: string): Promise<TemplateRow> {
  const { rows } = await tx.query<TemplateRow>('select * from assessment_templates where id = $1', [id]);
  if (!rows[0]) throw notFound('Assessment template');
  return rows[0];
}

/**
 * A question keeps its answer type from version to version: saved answers are read by key in that type.
 * Compared with every earlier version of the key the organisation has used (its own and the built-in one).
 */
async function keepAnswerTypes(tx: Queryable, ctx: Ctx, input: z.output<typeof PublishTemplateInput>) {
  const { rows } = await tx.query<{ domains: Domain[] }>(
    `select domains from assessment_templates where key = $1 and (organisation_id = $2 or organisation_id is null)`,
    [input.key, ctx.actor.organisationId],
  );
  const before = new Map(
    rows.flatMap((r) =>
      r.domains.flatMap((d) => d.questions.map((q) => [`${d.key}.${q.key}`, q.type] as const)),
    ),
  );
  const errors = input.domains.flatMap((d, i) =>
    d.questions.flatMap((q, j) => {
      const type = before.get(`${d.key}.${q.key}`);
      return type && type !== q.type
        ? [
            {
              path: ['domains', i, 'questions', j, 'type'],
              message: `This question is answered as ${type}: keep it, or add a new question.`,
              code: 'custom',
            },
          ]
        : [];
    }),
  );
  if (errors.length)
    throw new AppError('validation', 'A question cannot change its answer type.', { errors });
}

export function publishTemplate(
  ctx: Ctx,
  input: z.output<typeof PublishTemplateInput>,
): Promise<AssessmentTemplate> {
  return inTenant(ctx, async (tx) => {
    const { rows: latest } = await tx.query<{ v: number }>(
      'select coalesce(max(version), 0)::int as v from assessment_templates where organisation_id = $1 and key = $2',
      [ctx.actor.organisationId, input.key],
    );
    await keepAnswerTypes(tx, ctx, input);
    const { rows } = await tx.query<TemplateRow>(
      `insert into assessment_templates (id, organisation_id, key, version, title_sv, title_en, domains, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
      [
        newId(),
        ctx.actor.organisationId,
        input.key,
        latest[0]!.v + 1,
        input.titleSv,
        input.titleEn,
        JSON.stringify(input.domains),
        ctx.actor.userId,
      ],
    );
    const row = rows[0]!;
    await audit(tx, ctx, {
      action: 'template.publish',
      subjectType: 'assessment_template',
      subjectId: row.id,
      details: { key: row.key, version: row.version },
    });
    return presentTemplate(row);
  });
}

async function findAssessment(tx: Queryable, id: string): Promise<Assessment> {
  const { rows } = await tx.query<Assessment>(`${assessmentSelect} where a.id = $1`, [id]);
  if (!rows[0]) throw notFound('Assessment');
  return presentAssessment(rows[0]);
}

export function listAssessments(ctx: Ctx, participantId: string): Promise<Assessment[]> {
  return forParticipant(ctx, participantId, 'assessment.list', async (tx) => {
    const { rows } = await tx.query<Assessment>(
      `${assessmentSelect} where a.participant_id = $1 order by a.assessed_on desc, a.created_at desc`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'assessment.list', participantId });
    return rows.map(presentAssessment);
  });
}

export function recordAssessment(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof RecordAssessmentInput>,
) {
  return forParticipant(ctx, participantId, 'assessment.create', async (tx) => {
    const template = await findTemplate(tx, input.templateId);
    checkAnswers(template.domains, input.domains);
    const id = newId();
    await tx.query(
      `insert into assessments (id, unit_id, participant_id, template_id, assessed_on, assessed_by, domains)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        ctx.actor.unitId,
        participantId,
        template.id,
        input.assessedOn,
        ctx.actor.userId,
        JSON.stringify(input.domains),
      ],
    );
    await audit(tx, ctx, {
      action: 'assessment.create',
      participantId,
      subjectType: 'assessment',
      subjectId: id,
    });
    return findAssessment(tx, id);
  });
}

export function updateAssessment(ctx: Ctx, id: string, input: z.output<typeof UpdateAssessmentInput>) {
  return inTenant(ctx, async (tx) => {
    const current = await findAssessment(tx, id);
    checkAnswers((await findTemplate(tx, current.templateId)).domains, input.domains);
    await updateVersioned(
      tx,
      'assessments',
      id,
      input.version,
      { domains: JSON.stringify(input.domains) },
      'Assessment',
      () => findAssessment(tx, id),
    );
    await audit(tx, ctx, {
      action: 'assessment.update',
      participantId: current.participantId,
      subjectType: 'assessment',
      subjectId: id,
    });
    return findAssessment(tx, id);
  });
}

/** Distance travelled between two assessments: by default the first and the latest. */
export function distanceTravelled(
  ctx: Ctx,
  participantId: string,
  from?: string,
  to?: string,
): Promise<Distance> {
  return forParticipant(ctx, participantId, 'assessment.distance', async (tx) => {
    const { rows } = await tx.query<Assessment>(
      `${assessmentSelect} where a.participant_id = $1 order by a.assessed_on, a.created_at`,
      [participantId],
    );
    const pick = (id: string | undefined, fallback: Assessment | undefined) =>
      id ? rows.find((r) => r.id === id) : fallback;
    const a = pick(from, rows[0]);
    const b = pick(to, rows.at(-1));
    if (!a || !b) throw notFound('Assessment');
    const template = await findTemplate(tx, b.templateId);
    const keys = [
      ...new Set([
        ...template.domains.map((d) => d.key),
        ...Object.keys(a.domains),
        ...Object.keys(b.domains),
      ]),
    ];
    await audit(tx, ctx, { action: 'assessment.distance', participantId });
    return { fromId: a.id, toId: b.id, domains: distanceBetween(keys, a.domains, b.domains) };
  });
}
