import { expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';

/**
 * Every table that holds a participant's rows must say what a merge does with them. Most are moved whole by
 * merge_plain_tables() (restated by each migration that adds one); the rest are named here with the reason.
 * Three migrations once restated the function from an old list and silently dropped others' tables: this fails then.
 */
const notPlain: Record<string, string> = {
  activity_participants: 'own merge step: a group she is in on both records is kept once',
  attendance: 'own merge step: a session marked on both records is kept once',
  assessment_ratings:
    'kept by triggers from assessments (0032): a merge moves the assessment, the row follows',
  esf_standings:
    'kept by triggers from enrolments, esf_entries and participants (0036): a merge moves them, the rows follow',
  consents: 'own merge step (0014): the record that stays keeps its own answer for a purpose',
  team_members: 'own merge step (0014): a staff member on both teams is kept once',
  audit_log: 'history of who did what to which record: never rewritten',
  notifications: 'a staff member’s notices about the record, which link to it and stay',
  participant_links: 'the link between the two records itself',
  participant_app_invitations: 'her means of signing in stay with the record they were made for (0021)',
  participant_passkeys: 'her means of signing in stay with the record they were made for (0021)',
  participant_sessions: 'her means of signing in stay with the record they were made for (0021)',
  participant_sms_codes: 'her means of signing in stay with the record they were made for (0021)',
};

it('every table with a participant_id is moved by a merge or named with its reason', async () => {
  const db = await createTestDb();
  const { rows } = await db.query<{ name: string; plain: boolean }>(
    `select c.table_name as name, c.table_name = any (merge_plain_tables()) as plain
       from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'participant_id' and t.table_type = 'BASE TABLE'
      order by 1`,
  );
  const unaccounted = rows.filter((r) => !r.plain && !(r.name in notPlain)).map((r) => r.name);
  expect(unaccounted, 'add them to merge_plain_tables() or to notPlain with the reason').toEqual([]);
  const stale = Object.keys(notPlain).filter((name) => !rows.some((r) => r.name === name && !r.plain));
  expect(stale, 'named here but gone or now in merge_plain_tables()').toEqual([]);
  await db.close();
});
