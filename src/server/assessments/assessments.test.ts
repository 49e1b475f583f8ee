import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id, 'Södertälje');
const admin = await createStaff(db, { organisationId: org.id, role: 'administrator' });
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const teacher = await createStaff(db, { organisationId: org.id, role: 'teacher', unitId: unit.id });
const amina = await createParticipant(db, unit.id, 'Amina', 'Ali');

describe('kartläggning', () => {
  it('offers the default template in Swedish and English with the twelve domains', async () => {
    const [template] = (await as(app, coach).get('/api/assessment-templates')).json();
    expect(template).toMatchObject({ key: 'default', version: 1, builtIn: true, titleSv: 'Kartläggning' });
    expect(template.domains.map((d: { key: string }) => d.key)).toEqual([
      'health',
      'swedish',
      'family',
      'housing',
      'economy',
      'everyday_life',
      'communication_digital',
      'education',
      'work_experience',
      'strengths',
      'interests',
      'barriers',
    ]);
  });

  it('is repeated over time, with her own rating beside the coach’s, and shows the distance travelled', async () => {
    const [template] = (await as(app, coach).get('/api/assessment-templates')).json();
    const first = await as(app, coach).post(`/api/participants/${amina.id}/assessments`, {
      templateId: template.id,
      assessedOn: '2025-02-10',
      domains: {
        swedish: { rating: 2, selfRating: 3, answers: { sfi_level: 'a' } },
        health: { rating: 6, notes: 'Ryggont.' },
      },
    });
    expect(first.statusCode, first.body).toBe(201);
    await as(app, coach).post(`/api/participants/${amina.id}/assessments`, {
      templateId: template.id,
      assessedOn: '2025-08-12',
      domains: { swedish: { rating: 5, selfRating: 6, answers: { sfi_level: 'c' } }, health: { rating: 6 } },
    });
    const distance = (await as(app, teacher).get(`/api/participants/${amina.id}/distance`)).json();
    expect(distance.domains.find((d: { key: string }) => d.key === 'swedish')).toEqual({
      key: 'swedish',
      from: 2,
      to: 5,
      change: 3,
      selfFrom: 3,
      selfTo: 6,
    });
    expect(distance.domains.find((d: { key: string }) => d.key === 'health').change).toBe(0);
    expect((await as(app, teacher).get(`/api/participants/${amina.id}/assessments`)).json()).toHaveLength(2);
  });

  it('refuses answers that do not fit the template, and ratings outside 1 to 10', async () => {
    const [template] = (await as(app, coach).get('/api/assessment-templates')).json();
    const wrong = await as(app, coach).post(`/api/participants/${amina.id}/assessments`, {
      templateId: template.id,
      assessedOn: '2025-09-01',
      domains: { swedish: { answers: { sfi_level: 'z' } } },
    });
    expect(wrong.statusCode).toBe(400);
    const outside = await as(app, coach).post(`/api/participants/${amina.id}/assessments`, {
      templateId: template.id,
      assessedOn: '2025-09-01',
      domains: { swedish: { rating: 11 } },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toEqual(['domains', 'swedish', 'rating']);
  });

  it('edits at the version read', async () => {
    const [latest] = (await as(app, coach).get(`/api/participants/${amina.id}/assessments`)).json();
    const ok = await as(app, coach).patch(`/api/assessments/${latest.id}`, {
      domains: { swedish: { rating: 6 } },
      version: 0,
    });
    expect(ok.json().version).toBe(1);
    expect(
      (
        await as(app, coach).patch(`/api/assessments/${latest.id}`, {
          domains: { swedish: { rating: 7 } },
          version: 0,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('administrators publish new template versions; earlier assessments keep theirs', async () => {
    const published = await as(app, admin).post('/api/assessment-templates', {
      key: 'default',
      titleSv: 'Kartläggning (vår version)',
      titleEn: 'Assessment (our version)',
      domains: [
        { key: 'swedish', labelSv: 'Svenska', labelEn: 'Swedish' },
        { key: 'health', labelSv: 'Hälsa', labelEn: 'Health' },
      ],
    });
    expect(published.json()).toMatchObject({ version: 1, builtIn: false });
    const again = await as(app, admin).post('/api/assessment-templates', {
      key: 'default',
      titleSv: 'Kartläggning v2',
      titleEn: 'Assessment v2',
      domains: [{ key: 'swedish', labelSv: 'Svenska', labelEn: 'Swedish' }],
    });
    expect(again.json().version).toBe(2);
    const templates = (await as(app, coach).get('/api/assessment-templates')).json();
    expect(templates.map((t: { titleSv: string }) => t.titleSv)).toEqual(['Kartläggning v2']);
    const assessments = (await as(app, coach).get(`/api/participants/${amina.id}/assessments`)).json();
    expect(
      assessments.every(
        (a: { templateVersion: number; templateKey: string }) =>
          a.templateKey === 'default' && a.templateVersion === 1,
      ),
    ).toBe(true);
    expect((await as(app, coach).post('/api/assessment-templates', {})).statusCode).toBe(403);
  });

  it('refuse a template whose answers could not be stored or read back', async () => {
    const publish = (domains: unknown[]) =>
      as(app, admin).post('/api/assessment-templates', {
        key: 'default',
        titleSv: 'K',
        titleEn: 'A',
        domains,
      });
    const swedish = (questions: unknown[]) => [
      { key: 'swedish', labelSv: 'Svenska', labelEn: 'Swedish', questions },
    ];
    const option = (key: string) => ({ key, labelSv: key, labelEn: key });
    const paths = async (domains: unknown[]) =>
      (await publish(domains)).json().errors.map((e: { path: (string | number)[] }) => e.path.join('.'));
    const choice = { key: 'level', labelSv: 'Nivå', labelEn: 'Level', type: 'choice' };
    expect(await paths(swedish([{ ...choice, options: [option('a')] }]))).toEqual([
      'domains.0.questions.0.options',
    ]);
    expect(await paths(swedish([{ ...choice, options: [option('a'), option('a')] }]))).toEqual([
      'domains.0.questions.0.options.1.key',
    ]);
    expect(
      await paths(
        swedish([
          { ...choice, type: 'text' },
          { ...choice, type: 'text' },
        ]),
      ),
    ).toEqual(['domains.0.questions.1.key']);
    expect(await paths([...swedish([]), ...swedish([])])).toEqual(['domains.1.key']);
    // The built-in template asks 'Nivå i SFI' as a choice: a new version cannot make it free text.
    expect(
      await paths(
        swedish([{ key: 'sfi_level', labelSv: 'Nivå i SFI', labelEn: 'Level in SFI', type: 'text' }]),
      ),
    ).toEqual(['domains.0.questions.0.type']);
  });
});
