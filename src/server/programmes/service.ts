import type { z } from 'zod';
import type { CreateProgrammeInput, Programme, UpdateProgrammeInput } from '#shared/programmes.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { presentProgramme, type ProgrammeRow } from './presenter.ts';

export function listProgrammes(ctx: Ctx): Promise<Programme[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ProgrammeRow>(
      'select * from programmes order by archived_at is not null, starts_on desc, name',
    );
    return rows.map(presentProgramme);
  });
}

export function createProgramme(ctx: Ctx, input: z.output<typeof CreateProgrammeInput>): Promise<Programme> {
  return inTenant(ctx, async (tx) => {
    const taken = await tx.query('select 1 from programmes where lower(name) = lower($1)', [input.name]);
    if (taken.rows.length) throw new AppError('name_taken', 'A programme with this name already exists.');
    const { rows } = await tx.query<ProgrammeRow>(
      `insert into programmes (id, organisation_id, name, funder, funder_reference, starts_on, ends_on)
       values ($1, $2, $3, $4, $5, $6, $7) returning *`,
      [
        newId(),
        ctx.actor.organisationId,
        input.name,
        input.funder ?? null,
        input.funderReference ?? null,
        input.startsOn,
        input.endsOn ?? null,
      ],
    );
    const row = rows[0]!;
    await audit(tx, ctx, { action: 'programme.create', subjectType: 'programme', subjectId: row.id });
    return presentProgramme(row);
  });
}

export function updateProgramme(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateProgrammeInput>,
): Promise<Programme> {
  return inTenant(ctx, async (tx) => {
    const row = await updateVersioned<ProgrammeRow>(
      tx,
      'programmes',
      id,
      input.version,
      {
        name: input.name,
        funder: input.funder,
        funder_reference: input.funderReference,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        archived_at: input.archived === undefined ? undefined : input.archived ? new Date() : null,
      },
      'Programme',
      async () =>
        presentProgramme(
          (await tx.query<ProgrammeRow>('select * from programmes where id = $1', [id])).rows[0]!,
        ),
    );
    await audit(tx, ctx, {
      action: 'programme.update',
      subjectType: 'programme',
      subjectId: id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return presentProgramme(row);
  });
}
