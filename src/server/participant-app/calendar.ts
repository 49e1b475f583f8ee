import type { MyCalendarFeeds, MyNewCalendarFeed } from '#shared/participant-app.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import { notFound } from '../lib/errors.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';
import { auditAsParticipant } from '../participant-access/me.ts';

type FeedRow = { id: string; created_at: Date; last_read_at: Date | null };
const present = (r: FeedRow) => ({
  id: r.id,
  createdAt: r.created_at.toISOString(),
  lastReadAt: r.last_read_at?.toISOString() ?? null,
});

/** Her calendar feeds still in use (calendar/: read by token, never by session). */
export function listMyFeeds(ctx: ParticipantCtx): Promise<MyCalendarFeeds> {
  return inParticipant(ctx, async (tx) => {
    const { rows } = await tx.query<FeedRow>(
      `select id, created_at, last_read_at from calendar_feeds
        where participant_id = $1 and revoked_at is null order by created_at desc`,
      [ctx.participant.participantId],
    );
    await auditAsParticipant(tx, ctx, { action: 'participant_app.calendar_feeds_read' });
    return { feeds: rows.map(present) };
  });
}

/** A new feed of her own schedule for the calendar on her phone; its address is given this once. */
export function createMyFeed(ctx: ParticipantCtx, publicUrl: string): Promise<MyNewCalendarFeed> {
  const { participantId, unitId } = ctx.participant;
  return inParticipant(ctx, async (tx) => {
    const token = newToken();
    const { rows } = await tx.query<FeedRow>(
      `insert into calendar_feeds (id, unit_id, token_hash, participant_id, created_by)
       values ($1, $2, $3, $4, null) returning id, created_at, last_read_at`,
      [newId(), unitId, hashToken(token), participantId],
    );
    const feed = rows[0]!;
    await auditAsParticipant(tx, ctx, {
      action: 'calendar_feed.create',
      subjectType: 'calendar_feed',
      subjectId: feed.id,
      details: { by: 'participant' },
    });
    return { ...present(feed), url: new URL(`/api/calendar/${token}.ics`, publicUrl).toString() };
  });
}

/** Revokes one of her feeds: its address answers 404 from now on. Another's feed is not found. */
export function revokeMyFeed(ctx: ParticipantCtx, id: string): Promise<void> {
  return inParticipant(ctx, async (tx) => {
    const { rowCount } = await tx.query(
      `update calendar_feeds set revoked_at = now()
        where id = $1 and participant_id = $2 and revoked_at is null`,
      [id, ctx.participant.participantId],
    );
    if (!rowCount) throw notFound('Calendar feed');
    await auditAsParticipant(tx, ctx, {
      action: 'calendar_feed.revoke',
      subjectType: 'calendar_feed',
      subjectId: id,
      details: { by: 'participant' },
    });
  });
}
