import type { Queryable } from '../db/types.ts';
import { newId } from '../lib/ids.ts';

const ago = (hours: number) => `now() - make_interval(hours => ${hours})`;

/**
 * Fictional Samtal for one in four of a demo unit's participants: she asked something and the coach answered
 * (both read), and a newer message from her that nobody in the team has read yet (a loose thread).
 */
export async function demoConversations(
  tx: Queryable,
  input: { unitId: string; coachId: string },
): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    'select id from participants where unit_id = $1 and merged_into is null order by id',
    [input.unitId],
  );
  for (const [i, participant] of rows.entries()) {
    if (i % 4 !== 1) continue;
    const messages = [
      { from: 'participant', body: 'DEMO: Hej! Var ska jag vara på tisdag?', hours: 50, readHours: 49 },
      {
        from: 'staff',
        body: 'DEMO: Hej! Vi ses på kontoret, Storgatan 1, klockan 10. Välkommen!',
        hours: 48,
        readHours: 47,
      },
      { from: 'participant', body: 'DEMO: Tack! Kan jag ta med mitt barn?', hours: 3, readHours: null },
    ] as const;
    for (const m of messages) {
      await tx.query(
        `insert into conversation_messages (id, unit_id, participant_id, sender, author_user_id, body, created_at,
                                            read_at)
         values ($1, $2, $3, $4, $5, $6, ${ago(m.hours)}, ${m.readHours === null ? 'null' : ago(m.readHours)})`,
        [newId(), input.unitId, participant.id, m.from, m.from === 'staff' ? input.coachId : null, m.body],
      );
    }
  }
}
