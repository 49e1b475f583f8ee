import type { CalendarFeed, NewCalendarFeed } from '#shared/calendar.ts';
import { inTenant } from '../db/tenant.ts';
import type { Db, Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx, SystemCtx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { stockholmDate } from '../activities/recurrence.ts';
import { listScheduleEvents } from '../schedule/events.ts';
import { feedEvent, renderFeed } from './ical.ts';

type FeedRow = {
  id: string;
  participant_id: string | null;
  created_by: string | null;
  created_at: Date;
  last_read_at: Date | null;
  revoked_at: Date | null;
};

const present = (row: FeedRow): CalendarFeed => ({
  id: row.id,
  participantId: row.participant_id,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  lastReadAt: row.last_read_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

const feedSelect = `select f.id, f.participant_id, u.name as created_by, f.created_at, f.last_read_at, f.revoked_at
  from calendar_feeds f left join users u on u.id = f.created_by`;

async function insertFeed(
  tx: Queryable,
  ctx: Ctx,
  publicUrl: string,
  owner: { userId: string } | { participantId: string },
): Promise<NewCalendarFeed> {
  const token = newToken();
  const id = newId();
  await tx.query(
    `insert into calendar_feeds (id, unit_id, token_hash, user_id, participant_id, created_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      id,
      ctx.actor.unitId,
      hashToken(token),
      'userId' in owner ? owner.userId : null,
      'participantId' in owner ? owner.participantId : null,
      ctx.actor.userId,
    ],
  );
  const { rows } = await tx.query<FeedRow>(`${feedSelect} where f.id = $1`, [id]);
  return { ...present(rows[0]!), url: new URL(`/api/calendar/${token}.ics`, publicUrl).toString() };
}

function unitOf(ctx: Ctx) {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

/** The signed-in staff member's own schedule in this unit, as a feed for her calendar app. */
export function createOwnFeed(ctx: Ctx, publicUrl: string): Promise<NewCalendarFeed> {
  unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const feed = await insertFeed(tx, ctx, publicUrl, { userId: ctx.actor.userId });
    await audit(tx, ctx, {
      action: 'calendar_feed.create',
      subjectType: 'calendar_feed',
      subjectId: feed.id,
    });
    return feed;
  });
}

export function listOwnFeeds(ctx: Ctx): Promise<CalendarFeed[]> {
  unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<FeedRow>(
      `${feedSelect} where f.user_id = $1 order by f.created_at desc`,
      [ctx.actor.userId],
    );
    return rows.map(present);
  });
}

/** A participant's own schedule, for the calendar on her phone. */
export function createParticipantFeed(ctx: Ctx, publicUrl: string, participantId: string) {
  return forParticipant(ctx, participantId, 'calendar_feed.create', async (tx) => {
    const feed = await insertFeed(tx, ctx, publicUrl, { participantId });
    await audit(tx, ctx, {
      action: 'calendar_feed.create',
      participantId,
      subjectType: 'calendar_feed',
      subjectId: feed.id,
    });
    return feed;
  });
}

export function listParticipantFeeds(ctx: Ctx, participantId: string): Promise<CalendarFeed[]> {
  return forParticipant(ctx, participantId, 'calendar_feed.list', async (tx) => {
    const { rows } = await tx.query<FeedRow>(
      `${feedSelect} where f.participant_id = $1 order by f.created_at desc`,
      [participantId],
    );
    return rows.map(present);
  });
}

/** Revokes a feed at once: its address answers 404 from now on. Her own, or one of the unit's participants'. */
export function revokeFeed(ctx: Ctx, id: string): Promise<CalendarFeed> {
  unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<{ user_id: string | null; participant_id: string | null }>(
      'select user_id, participant_id from calendar_feeds where id = $1',
      [id],
    );
    const feed = rows[0];
    if (!feed || (feed.user_id && feed.user_id !== ctx.actor.userId)) throw notFound('Calendar feed');
    await tx.query('update calendar_feeds set revoked_at = coalesce(revoked_at, now()) where id = $1', [id]);
    await audit(tx, ctx, {
      action: 'calendar_feed.revoke',
      participantId: feed.participant_id,
      subjectType: 'calendar_feed',
      subjectId: id,
    });
    return present((await tx.query<FeedRow>(`${feedSelect} where f.id = $1`, [id])).rows[0]!);
  });
}

/**
 * A feed holds three months back and a year ahead. The token is the credential (like a session cookie), so
 * the feed is read on the owner connection, filtered by the feed's own unit and owner through the one
 * schedule query the week and month views use (`schedule/events.ts`): titles and places, never another
 * person's full name.
 */
function feedPeriod(now: Date): { from: string; to: string } {
  const day = (monthsAhead: number) => {
    const d = new Date(now);
    d.setUTCMonth(d.getUTCMonth() + monthsAhead);
    return stockholmDate(d);
  };
  return { from: day(-3), to: day(12) };
}

export async function readFeed(db: Db, ctx: SystemCtx, token: string): Promise<string> {
  const { rows } = await db.query<{
    id: string;
    unit_id: string;
    organisation_id: string;
    participant_id: string | null;
    user_id: string | null;
  }>(
    `update calendar_feeds f set last_read_at = now() from units u
      where f.token_hash = $1 and f.revoked_at is null and u.id = f.unit_id
      returning f.id, f.unit_id, u.organisation_id, f.participant_id, f.user_id`,
    [hashToken(token)],
  );
  const feed = rows[0];
  if (!feed) throw notFound('Calendar feed');
  const owner = feed.participant_id
    ? { unitId: feed.unit_id, participantId: feed.participant_id }
    : { unitId: feed.unit_id, userId: feed.user_id! };
  const events = (await listScheduleEvents(db, owner, feedPeriod(new Date()))).map(feedEvent);
  await audit(db, ctx, {
    action: 'calendar_feed.read',
    organisationId: feed.organisation_id,
    unitId: feed.unit_id,
    participantId: feed.participant_id,
    subjectType: 'calendar_feed',
    subjectId: feed.id,
    details: { events: events.length },
  });
  return renderFeed(events);
}
