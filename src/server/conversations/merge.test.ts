import { describe, expect, it } from 'vitest';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';

// Her conversation is her history: a merge moves it (merge_plain_tables(), migration 0024 and whichever
// restates the list last) and an undo moves it back.
const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const thread = (participantId: string) =>
  as(app, coach).get(`/api/participants/${participantId}/conversation`);
const write = (participantId: string, body: string) =>
  as(app, coach).post(`/api/participants/${participantId}/conversation/messages`, { body });

describe('merging two records of one person', () => {
  it('moves her conversation to the record that stays, and undoing the merge moves it back', async () => {
    const kept = await createParticipant(db, unit.id, 'Leyla', 'Ahmadi');
    const duplicate = await createParticipant(db, unit.id, 'Leyla', 'Ahmadi');
    expect((await write(duplicate.id, 'Till dubbletten')).statusCode).toBe(201);
    const preview = (
      await as(app, coach).get(`/api/participants/${duplicate.id}/merge-preview?into=${kept.id}`)
    ).json();
    const merged = await as(app, coach).post(`/api/participants/${duplicate.id}/merge`, {
      into: kept.id,
      version: preview.source.version,
      intoVersion: preview.target.version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const bodies = async (id: string) =>
      (await thread(id)).json().messages.map((m: { body: string }) => m.body);
    expect(await bodies(kept.id)).toEqual(['Till dubbletten']);
    expect(await bodies(duplicate.id)).toEqual([]);
    const undone = await as(app, coach).post(`/api/participant-merges/${merged.json().id}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await bodies(duplicate.id)).toEqual(['Till dubbletten']);
    expect(await bodies(kept.id)).toEqual([]);
  });
});
