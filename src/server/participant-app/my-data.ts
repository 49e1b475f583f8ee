import type { MyDataSummary } from '#shared/participant-app.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { auditAsParticipant } from '../participant-access/me.ts';

/**
 * What Rödtråd holds about her, read in her own context, table by table: each category of "Mina uppgifter" and
 * of her download. Journal entries for the case workers only or restricted are not hers to read (0030). Secrets of sign-in (token hashes, CSRF tokens, public keys) are left out:
 * they say nothing about her and would only help someone who took the file.
 */
const sources = [
  { key: 'person', table: 'participants', column: 'id', omit: [] as string[] },
  { key: 'programmes', table: 'enrolments', column: 'participant_id', omit: [] },
  { key: 'consents', table: 'consents', column: 'participant_id', omit: [] },
  { key: 'plan', table: 'plan_goals', column: 'participant_id', omit: [] },
  { key: 'plan', table: 'plan_steps', column: 'participant_id', omit: [] },
  { key: 'team', table: 'team_members', column: 'participant_id', omit: [] },
  { key: 'activities', table: 'activity_participants', column: 'participant_id', omit: [] },
  { key: 'placements', table: 'placements', column: 'participant_id', omit: [] },
  { key: 'meetings', table: 'meetings', column: 'participant_id', omit: [] },
  { key: 'calendar', table: 'calendar_feeds', column: 'participant_id', omit: ['token_hash'] },
  { key: 'app', table: 'participant_sessions', column: 'participant_id', omit: ['id_hash', 'csrf_token'] },
  {
    key: 'app',
    table: 'participant_passkeys',
    column: 'participant_id',
    omit: ['public_key', 'credential_id'],
  },
  { key: 'app', table: 'participant_app_invitations', column: 'participant_id', omit: ['token_hash'] },
  // Her file beyond what the app shows (0030): journal entries for the whole team, contacts, kartläggningar,
  // attendance, steps towards work and follow-ups, and the funder's entry data.
  { key: 'journal', table: 'journal_entries', column: 'participant_id', omit: ['search'] },
  { key: 'contacts', table: 'contacts', column: 'participant_id', omit: [] },
  { key: 'assessments', table: 'assessments', column: 'participant_id', omit: [] },
  { key: 'attendance', table: 'attendance', column: 'participant_id', omit: [] },
  { key: 'milestones', table: 'milestones', column: 'participant_id', omit: [] },
  { key: 'milestones', table: 'follow_ups', column: 'participant_id', omit: [] },
  { key: 'esf', table: 'esf_entries', column: 'participant_id', omit: [] },
  { key: 'lessons', table: 'lesson_views', column: 'participant_id', omit: [] },
  { key: 'lessons', table: 'lesson_understood', column: 'participant_id', omit: [] },
  { key: 'lessons', table: 'lesson_feedback', column: 'participant_id', omit: [] },
  { key: 'messages', table: 'conversation_messages', column: 'participant_id', omit: [] },
  {
    key: 'languageFriend',
    table: 'language_friend_matches',
    column: 'participant_id',
    omit: ['link_token_hash'],
  },
] as const;

/** Her personal details by the words the app uses for them, and the columns that hold each. */
const personFields: Record<string, string[]> = {
  name: ['first_name', 'last_name'],
  birthDate: ['birth_date'],
  identityNumber: ['identity_number'],
  gender: ['gender'],
  languages: ['languages', 'interpreter_language'],
  phone: ['phone'],
  email: ['email'],
  area: ['residential_area'],
  household: ['household_adults', 'children_ages'],
  arrivalYear: ['arrival_year'],
  education: ['education_level', 'schooling_years', 'first_language_literacy'],
  work: ['work_experience', 'labour_market_status'],
  income: ['income_source'],
};

const filled = (value: unknown) =>
  value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

async function readAll(tx: Queryable, participantId: string) {
  const out: { key: string; table: string; rows: Record<string, unknown>[] }[] = [];
  for (const s of sources) {
    // Table and column names are constants above; row-level security (0021, 0026) limits rows to hers too.
    const { rows } = await tx.query<{ row: Record<string, unknown> }>(
      `select to_jsonb(t) - $2::text[] as row from ${s.table} t where t.${s.column} = $1 order by 1`,
      [participantId, [...s.omit]],
    );
    out.push({ key: s.key, table: s.table, rows: rows.map((r) => r.row) });
  }
  return out;
}

/** "Mina uppgifter": which personal details are filled in, and how many records of each kind she has. */
export function getMyDataSummary(ctx: ParticipantCtx): Promise<MyDataSummary> {
  return inParticipant(ctx, async (tx) => {
    const all = await readAll(tx, ctx.participant.participantId);
    const person = all.find((a) => a.table === 'participants')?.rows[0] ?? {};
    const counts = new Map<string, number>();
    for (const a of all) if (a.key !== 'person') counts.set(a.key, (counts.get(a.key) ?? 0) + a.rows.length);
    await auditAsParticipant(tx, ctx, { action: 'participant_app.my_data_read' });
    return {
      personFields: Object.entries(personFields)
        .filter(([, columns]) => columns.some((c) => filled(person[c])))
        .map(([field]) => field),
      categories: [...counts].map(([key, count]) => ({
        key: key as MyDataSummary['categories'][number]['key'],
        count,
      })),
    };
  });
}

/** Everything of the above as one JSON document for her to keep, audited as an export. */
export function exportMyData(ctx: ParticipantCtx): Promise<Record<string, unknown>> {
  return inParticipant(ctx, async (tx) => {
    const all = await readAll(tx, ctx.participant.participantId);
    await auditAsParticipant(tx, ctx, {
      action: 'participant_app.my_data_export',
      details: { tables: all.map((a) => `${a.table}:${a.rows.length}`) },
    });
    return {
      exportedAt: new Date().toISOString(),
      about:
        'Everything Rödtråd holds about you, table by table, except journal notes that only some of the team may read: your coach can go through those with you.',
      tables: Object.fromEntries(all.map((a) => [a.table, a.rows])),
    };
  });
}
