import { describe, expect, it } from 'vitest';
import type { Conversation } from '#shared/conversations.ts';
import { as, createTestApp } from '#tests/app.ts';
import { createOrganisation, createParticipant, createStaff, createUnit } from '#tests/factories.ts';
import { demoConversations } from './demo-conversations.ts';

const { app, db } = await createTestApp();
const org = await createOrganisation(db);
const unit = await createUnit(db, org.id);
const coach = await createStaff(db, { organisationId: org.id, role: 'coach', unitId: unit.id });
const manager = await createStaff(db, { organisationId: org.id, role: 'unit_manager', unitId: unit.id });
const people: { id: string }[] = [];
for (const name of ['Amina', 'Hodan', 'Yonas', 'Olena', 'Fatima'])
  people.push(await createParticipant(db, unit.id, name));

describe('demo conversations', () => {
  it('give one in four a read question and answer and an unread message, a loose thread until opened', async () => {
    await demoConversations(db, { unitId: unit.id, coachId: coach.userId });
    const threads = await as(app, manager).get('/api/loose-threads?scope=unit&kind=unread_message');
    const waiting = threads.json().items.map((t: { participantId: string }) => t.participantId);
    expect(waiting).toHaveLength(1);
    const opened = (
      await as(app, coach).get(`/api/participants/${waiting[0]}/conversation`)
    ).json() as Conversation;
    expect(opened.newCount).toBe(1);
    expect(opened.messages.map((m) => [m.from, m.authorName])).toEqual([
      ['participant', null],
      ['staff', coach.name],
      ['participant', null],
    ]);
    expect(opened.messages.every((m) => m.readAt && m.readAt >= m.sentAt)).toBe(true);
  });
});
