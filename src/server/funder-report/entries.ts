import type { z } from 'zod';
import type { EsfEntry, SaveEsfEntryInput } from '#shared/funder-report.ts';
import { sensitiveItems } from '#shared/funder-report.ts';
import { stockholmDate } from '../activities/recurrence.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import {
  entrySelect,
  presentEsfEntry,
  sensitiveColumns,
  type EntryRow,
  type ProgrammeStay,
} from './presenter.ts';
import { ageBandOf, participantCode } from './rules.ts';

type SaveInput = z.output<typeof SaveEsfEntryInput>;

/** Her stays per programme: the first start, and the latest enrolment's exit (null while she is enrolled). */
const staysSql = `
  select e.programme_id, g.name as programme_name, min(e.started_on)::text as entry_on,
         (array_agg(e.exited_on::text order by e.started_on desc, e.created_at desc))[1] as exited_on,
         p.birth_date::text as birth_date, p.gender as register_gender
    from enrolments e
    join programmes g on g.id = e.programme_id
    join participants p on p.id = e.participant_id
   where e.participant_id = $1 and ($2::uuid is null or e.programme_id = $2)
   group by e.programme_id, g.name, p.birth_date, p.gender
   order by min(e.started_on) desc, g.name`;

async function staysOf(tx: Queryable, participantId: string, programmeId: string | null) {
  const { rows } = await tx.query<ProgrammeStay>(staysSql, [participantId, programmeId]);
  return rows;
}

/** Her first entry data for a programme (the earliest, should a merge have brought two together). */
async function firstEntry(tx: Queryable, participantId: string, programmeId: string, lock = false) {
  const { rows } = await tx.query<EntryRow>(
    `${entrySelect} where participant_id = $1 and programme_id = $2 order by entry_on, created_at limit 1
     ${lock ? 'for update' : ''}`,
    [participantId, programmeId],
  );
  return rows[0] ?? null;
}

const today = () => stockholmDate(new Date());

async function entryOf(tx: Queryable, participantId: string, programmeId: string): Promise<EsfEntry> {
  const [stay] = await staysOf(tx, participantId, programmeId);
  if (!stay) throw notFound('Enrolment in this programme');
  return presentEsfEntry(stay, await firstEntry(tx, participantId, programmeId), today());
}

/** Her entry and exit data for every programme she is or was enrolled in, with what is missing. */
export function listEsfEntries(ctx: Ctx, participantId: string): Promise<EsfEntry[]> {
  return forParticipant(ctx, participantId, 'esf_entry.list', async (tx) => {
    const stays = await staysOf(tx, participantId, null);
    const entries: EsfEntry[] = [];
    for (const stay of stays) {
      entries.push(presentEsfEntry(stay, await firstEntry(tx, participantId, stay.programme_id), today()));
    }
    await audit(tx, ctx, { action: 'esf_entry.list', participantId, details: { returned: entries.length } });
    return entries;
  });
}

function columnsOf(input: SaveInput, ageBand: string | null): Record<string, unknown> {
  const status = input.labourStatus;
  return {
    gender: input.gender,
    labour_status: status?.status ?? null,
    long_term_unemployed: status?.status === 'unemployed' ? status.longTermUnemployed : false,
    age_band: ageBand,
    education: input.education,
    ...Object.fromEntries(sensitiveItems.map((k) => [sensitiveColumns[k], input.sensitive[k]])),
    result4_job_searching: input.fourWeeks?.jobSearching ?? null,
    result4_in_education: input.fourWeeks?.inEducation ?? null,
    result4_qualification: input.fourWeeks?.gainedQualification ?? null,
    result4_employed: input.fourWeeks?.employed ?? null,
    result6_employed: input.sixMonths?.employed ?? null,
    result6_improved: input.sixMonths?.improvedSituation ?? null,
  };
}

const invalid = (path: string[], message: string) =>
  new AppError('validation', message, { errors: [{ path, message, code: 'custom' }] });

/**
 * Records her entry and exit data for a programme she is or was enrolled in. The first recording keeps the
 * first entry's day and her code; a re-entry changes neither. Results are for after she left: refused while
 * she is enrolled. The age band is computed from her birth date on the entry day. The audit entry names the
 * programme and which parts were given, never the sensitive answers.
 */
export function saveEsfEntry(
  ctx: Ctx,
  participantId: string,
  programmeId: string,
  input: SaveInput,
): Promise<EsfEntry> {
  return forParticipant(ctx, participantId, 'esf_entry.save', async (tx) => {
    // One writer at a time per person, so two first recordings cannot both insert.
    await tx.query('select 1 from participants where id = $1 for update', [participantId]);
    const [stay] = await staysOf(tx, participantId, programmeId);
    if (!stay) throw notFound('Enrolment in this programme');
    if (!stay.exited_on && (input.fourWeeks || input.sixMonths)) {
      throw invalid(
        [input.fourWeeks ? 'fourWeeks' : 'sixMonths'],
        'Results are recorded after she has left.',
      );
    }
    const existing = await firstEntry(tx, participantId, programmeId, true);
    const entryOn = existing?.entry_on ?? stay.entry_on;
    const columns = columnsOf(input, ageBandOf(stay.birth_date, entryOn));
    let id: string;
    if (!existing) {
      if (input.version !== undefined) throw notFound('Entry data');
      id = newId();
      const names = Object.keys(columns);
      await tx.query(
        `insert into esf_entries (id, unit_id, participant_id, programme_id, code, entry_on, created_by,
                                  ${names.join(', ')})
         values ($1, $2, $3, $4, $5, $6, $7, ${names.map((_, i) => `$${i + 8}`).join(', ')})`,
        [
          id,
          ctx.actor.unitId,
          participantId,
          programmeId,
          participantCode(participantId, programmeId),
          entryOn,
          ctx.actor.userId,
          ...Object.values(columns),
        ],
      );
    } else {
      id = existing.id;
      const current = () => entryOf(tx, participantId, programmeId);
      if (input.version === undefined) {
        throw new AppError('version_conflict', 'Someone else recorded her data since you opened it.', {
          current: await current(),
        });
      }
      await updateVersioned(
        tx,
        'esf_entries',
        id,
        input.version,
        { ...columns, updated_at: new Date(), updated_by: ctx.actor.userId },
        'Entry data',
        current,
      );
    }
    await audit(tx, ctx, {
      action: 'esf_entry.save',
      participantId,
      subjectType: 'esf_entry',
      subjectId: id,
      details: {
        programmeId,
        created: !existing,
        sensitiveAnswered: sensitiveItems.filter((k) => input.sensitive[k] !== null).length,
        fourWeeks: input.fourWeeks !== null,
        sixMonths: input.sixMonths !== null,
      },
    });
    return entryOf(tx, participantId, programmeId);
  });
}
