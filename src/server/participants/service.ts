import type { z } from 'zod';
import { parseIdentityNumber } from '#shared/identity-number.ts';
import type {
  CreateParticipantInput,
  DuplicateCandidate,
  Participant,
  ParticipantListQuery,
  ParticipantPage,
  UpdateParticipantInput,
} from '#shared/participants.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import {
  columns,
  presentDuplicate,
  presentParticipant,
  presentParticipantSummary,
  type Field,
  type ParticipantRow,
} from './presenter.ts';

type CreateInput = z.output<typeof CreateParticipantInput>;
type UpdateInput = z.output<typeof UpdateParticipantInput>;

function unitOf(ctx: Ctx): string {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

/** The digits of a query that looks like (the start of) an identity number, else null. */
function identityDigits(q: string | undefined): string | null {
  if (!q || !/^[\d\s+-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 12 ? digits : null;
}

/** The summary's columns: a list never reads the sensitive rest of the record. */
const summaryColumns = 'id, unit_id, first_name, last_name, birth_date, identity_number, created_at, version';

export async function listParticipants(
  ctx: Ctx,
  query: z.output<typeof ParticipantListQuery>,
): Promise<ParticipantPage> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const digits = identityDigits(query.q);
    const anchorId = query.after ?? query.before ?? null;
    // Without a search the statement names no search parameters, so PostgreSQL keeps one plan for it: the
    // search is $4, and digits (found only in a search) $5.
    const params: unknown[] = [unitId, anchorId, query.limit + 1];
    if (query.q !== undefined) params.push(query.q);
    if (digits) params.push(digits);
    // A name (forgiving misspellings and transliterations, see migration 0007), or the start of an identity number with or without the century.
    const search =
      query.q === undefined
        ? ''
        : `and ((first_name || ' ' || last_name) ilike '%' || $4 || '%'
                or $4 <% (first_name || ' ' || last_name)
                or name_key($4) <% name_key
                ${digits ? `or identity_number like $5 || '%' or substr(identity_number, 3) like $5 || '%'` : ''})`;
    const filter = `unit_id = $1 and merged_into is null ${search}`;
    const backwards = query.before !== undefined;
    // Keyset: the page starts next to the anchor's place in name order, read through the (unit, name) index; the
    // total and the number of rows before the page are counted beside it, all in one statement and round trip.
    const key = '(last_name, first_name, id)';
    const anchor = '(select last_name, first_name, id from participants where id = $2 and unit_id = $1)';
    const side = anchorId === null ? 'true' : `${key} ${backwards ? '<' : '>'} ${anchor}`;
    const before =
      anchorId === null ? '0' : `count(*) filter (where ${key} ${backwards ? '<' : '<='} ${anchor})`;
    const { rows } = await tx.query<
      Partial<ParticipantRow> & { total: number; before: number; anchored: boolean }
    >(
      `select page.*, counts.total, counts.before, counts.anchored
         from (select count(*)::int as total, ${before}::int as before,
                      $2::uuid is null or exists ${anchor} as anchored
                 from participants where ${filter}) counts
         left join lateral (select ${summaryColumns} from participants where ${filter} and ${side}
                             order by last_name ${backwards ? 'desc' : 'asc'}, first_name ${backwards ? 'desc' : 'asc'},
                                      id ${backwards ? 'desc' : 'asc'}
                             limit $3) page on true`,
      params,
    );
    const counts = rows[0]!;
    if (!counts.anchored) throw new AppError('bad_request', 'The page to continue from is not in this list.');
    const found = rows.filter((row) => row.id !== null) as ParticipantRow[];
    const more = found.length > query.limit;
    const page = found.slice(0, query.limit);
    if (backwards) page.reverse();
    const position = backwards ? counts.before - page.length : counts.before;
    await audit(tx, ctx, {
      action: 'participant.list',
      // A number searched for is personal data: the log says a number was searched, not which.
      details: {
        q: digits ? '(identity number)' : (query.q ?? null),
        position,
        returned: page.length,
      },
    });
    const first = page[0]?.id ?? null;
    const last = page.at(-1)?.id ?? null;
    return {
      items: page.map(presentParticipantSummary),
      total: counts.total,
      position,
      previous: position > 0 ? first : null,
      next: (backwards ? position + page.length < counts.total : more) ? last : null,
    };
  });
}

export async function getParticipant(ctx: Ctx, id: string): Promise<Participant> {
  const unitId = unitOf(ctx);
  const found = await inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ParticipantRow>(
      'select * from participants where id = $1 and unit_id = $2',
      [id, unitId],
    );
    if (rows[0]) await audit(tx, ctx, { action: 'participant.read', participantId: id });
    return rows[0];
  });
  if (found) return presentParticipant(found);
  // Another unit's id, or none: the attempt is recorded all the same.
  await inTenant(ctx, (tx) =>
    audit(tx, ctx, { action: 'participant.read', outcome: 'denied', participantId: id }),
  );
  throw notFound('Participant');
}

/** The birth date an identity number encodes, or the one given when there is no number. */
export function birthDateOf(identityNumber: string | null | undefined, birthDate: string | null | undefined) {
  if (identityNumber) {
    const parsed = parseIdentityNumber(identityNumber);
    if (parsed.ok) return parsed.number.birthDate;
  }
  return birthDate ?? null;
}

/** Participants of the unit with the same identity number, or the same name and birth date. */
export async function findDuplicates(
  tx: Queryable,
  unitId: string,
  person: { firstName: string; lastName: string; birthDate: string | null; identityNumber: string | null },
  exceptId: string | null = null,
): Promise<DuplicateCandidate[]> {
  const { rows } = await tx.query<ParticipantRow & { same_number: boolean }>(
    `select *, identity_number is not distinct from $2 and $2 is not null as same_number from participants
      where unit_id = $1 and merged_into is null and ($6::uuid is null or id <> $6)
        and ((identity_number = $2)
             or (birth_date = $3::date and lower(first_name) = lower($4) and lower(last_name) = lower($5)))
      order by last_name, first_name, id limit 10`,
    [unitId, person.identityNumber, person.birthDate, person.firstName, person.lastName, exceptId],
  );
  return rows.map((r) => presentDuplicate(r, r.same_number ? 'identity_number' : 'name_and_birth_date'));
}

const duplicateError = (duplicates: DuplicateCandidate[]) =>
  duplicates.some((d) => d.match === 'identity_number')
    ? new AppError(
        'identity_number_taken',
        'A participant with this identity number is already registered.',
        {
          duplicates,
        },
      )
    : new AppError(
        'possible_duplicate',
        'This may be a participant who is already registered. Check, or confirm that it is another person.',
        { duplicates },
      );

/** A unique-index violation: two requests registered the same identity number at once. */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === '23505';

async function refusingTakenNumber<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(
        'identity_number_taken',
        'A participant with this identity number is already registered.',
        {
          duplicates: [],
        },
      );
    throw error;
  }
}

/** Column values for the fields present in the input (undefined: not given). */
function columnValues(input: Partial<Record<Field, unknown>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns) as [Field, string][]) {
    if (input[field] !== undefined) values[column] = input[field];
  }
  return values;
}

type Person = Omit<CreateInput, 'confirmNotDuplicate'> & {
  birthDate: string | null;
  identityNumber: string | null;
};

/** Writes one participant and its audit entry (the field names given, never their values). */
export async function insertParticipant(
  tx: Queryable,
  ctx: Ctx,
  unitId: string,
  person: Person,
  details: Record<string, unknown> = {},
): Promise<ParticipantRow> {
  const values = { ...columnValues(person), id: newId(), unit_id: unitId, created_by: ctx.actor.userId };
  const names = Object.keys(values);
  const { rows } = await tx.query<ParticipantRow>(
    `insert into participants (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')})
     returning *`,
    Object.values(values),
  );
  const row = rows[0]!;
  await audit(tx, ctx, {
    action: 'participant.create',
    participantId: row.id,
    details: {
      fields: (Object.keys(columns) as Field[]).filter((f) => person[f] !== undefined && person[f] !== null),
      ...details,
    },
  });
  return row;
}

/**
 * Registers a participant, unless the unit may already have her: the same identity number is always refused,
 * the same name and birth date only until staff confirm that it is another person.
 */
export async function createParticipant(ctx: Ctx, input: CreateInput): Promise<Participant> {
  const unitId = unitOf(ctx);
  const { confirmNotDuplicate, ...fields } = input;
  const person = {
    ...fields,
    identityNumber: fields.identityNumber ?? null,
    birthDate: birthDateOf(fields.identityNumber, fields.birthDate),
  };
  const outcome = await refusingTakenNumber(() =>
    inTenant(ctx, async (tx) => {
      const duplicates = await findDuplicates(tx, unitId, person);
      const refused = duplicates.some((d) => d.match === 'identity_number') || !confirmNotDuplicate;
      if (duplicates.length && refused) {
        await audit(tx, ctx, {
          action: 'participant.create',
          outcome: 'denied',
          details: { reason: 'possible_duplicate', matches: duplicates.map((d) => d.id) },
        });
        return { duplicates };
      }
      const row = await insertParticipant(tx, ctx, unitId, person, {
        ...(duplicates.length && { confirmedNotDuplicateOf: duplicates.map((d) => d.id) }),
      });
      return { row };
    }),
  );
  if (outcome.duplicates) throw duplicateError(outcome.duplicates);
  return presentParticipant(outcome.row);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the fields given, at the version the caller read. A stale version answers 409 with the current
 * record, so the form can show what changed; the audit entry names the changed fields, never their values.
 */
export async function updateParticipant(ctx: Ctx, id: string, input: UpdateInput): Promise<Participant> {
  const unitId = unitOf(ctx);
  const { version, ...given } = input;
  const outcome = await refusingTakenNumber(() =>
    inTenant(ctx, async (tx) => {
      const { rows } = await tx.query<ParticipantRow>(
        'select * from participants where id = $1 and unit_id = $2 for update',
        [id, unitId],
      );
      const row = rows[0];
      if (!row) {
        await audit(tx, ctx, { action: 'participant.update', outcome: 'denied', participantId: id });
        return { kind: 'missing' as const };
      }
      if (row.merged_into) {
        return { kind: 'merged' as const, mergedInto: row.merged_into };
      }
      const current = presentParticipant(row);
      if (row.version !== version) {
        await audit(tx, ctx, {
          action: 'participant.update',
          outcome: 'failed',
          participantId: id,
          details: { reason: 'version_conflict' },
        });
        return { kind: 'conflict' as const, current };
      }
      const next: Partial<Record<Field, unknown>> = { ...given };
      // The birth date follows the identity number; it stands alone only where there is none.
      const identityNumber =
        given.identityNumber !== undefined ? given.identityNumber : current.identityNumber;
      if (identityNumber) next.birthDate = birthDateOf(identityNumber, null);
      const changed = (Object.keys(next) as Field[]).filter(
        (f) => next[f] !== undefined && !same(next[f], current[f]),
      );
      if (given.identityNumber) {
        const duplicates = (
          await findDuplicates(tx, unitId, { ...current, identityNumber: given.identityNumber }, id)
        ).filter((d) => d.match === 'identity_number');
        if (duplicates.length) return { kind: 'taken' as const, duplicates };
      }
      const updated = await updateVersioned<ParticipantRow>(
        tx,
        'participants',
        id,
        version,
        changed.length
          ? {
              ...columnValues(Object.fromEntries(changed.map((f) => [f, next[f]]))),
              updated_at: new Date(),
              updated_by: ctx.actor.userId,
            }
          : {},
        'Participant',
        async () => current,
      );
      await audit(tx, ctx, { action: 'participant.update', participantId: id, details: { fields: changed } });
      return { kind: 'ok' as const, row: updated };
    }),
  );
  switch (outcome.kind) {
    case 'missing':
      throw notFound('Participant');
    case 'conflict':
      throw new AppError(
        'version_conflict',
        'Someone else changed this record since you opened it. Reload and try again.',
        { current: outcome.current },
      );
    case 'taken':
      throw duplicateError(outcome.duplicates);
    case 'merged':
      throw new AppError('participant_merged', 'This record has been merged into another: work there.', {
        mergedInto: outcome.mergedInto,
      });
    case 'ok':
      return presentParticipant(outcome.row);
  }
}
