import type { Queryable } from '../db/types.ts';

/** Counts only, never a name: the ESF+ common indicators of a period, for dashboards. */
export type OutcomeIndicatorCounts = {
  /** Participants whose first entry into a programme lies in the period (a re-entry is not counted again). */
  entries: number;
  byGender: { woman: number; man: number; non_binary: number; unknown: number };
  byStatus: {
    unemployed: number;
    /** Of `unemployed`. */
    longTermUnemployed: number;
    inactive: number;
    employed: number;
    unknown: number;
  };
  byAgeBand: { under_18: number; '18_29': number; '30_54': number; '55_over': number; unknown: number };
  byEducation: { isced_0_2: number; isced_3_4: number; isced_5_8: number; unknown: number };
  /** Exits in the period. */
  exits: number;
  /** Of those exits, results within four weeks; only `employed` is the common result indicator. */
  fourWeeks: {
    recorded: number;
    jobSearching: number;
    inEducation: number;
    gainedQualification: number;
    employed: number;
  };
  /** Of those exits, six months after leaving; `improvedSituation` is asked of those employed at entry. */
  sixMonths: { recorded: number; employed: number; improvedSituation: number };
};

/** Her first entry data per programme (the earliest, should a merge have brought two together). */
const firstEntry = `left join lateral (select * from esf_entries x
    where x.participant_id = e.participant_id and x.programme_id = e.programme_id
    order by x.entry_on, x.created_at limit 1) x on true`;

const n = (condition: string) => `count(*) filter (where ${condition})::int`;

/**
 * The ESF+ entry and result counts of the given units for a period (`from` and `to` are dates, both
 * included): entries by gender, labour-market status, age band and education, and the results of those who
 * left in the period. Merged records are left out. The caller's transaction must be able to read the units'
 * enrolments and entry data (row-level security applies as to any query); small counts are for the caller to
 * hide.
 */
export async function outcomeIndicatorCounts(
  tx: Queryable,
  { unitIds, from, to }: { unitIds: string[]; from: string; to: string },
): Promise<OutcomeIndicatorCounts> {
  const entries = await tx.query<Record<string, number>>(
    `with stays as (
       select e.participant_id, e.programme_id, min(e.started_on) as entry_on
         from enrolments e join participants p on p.id = e.participant_id and p.merged_into is null
        where e.unit_id = any($1::uuid[])
        group by e.participant_id, e.programme_id)
     select count(*)::int as entries,
            ${n(`x.gender = 'woman'`)} as woman, ${n(`x.gender = 'man'`)} as man,
            ${n(`x.gender = 'non_binary'`)} as non_binary, ${n('x.gender is null')} as gender_unknown,
            ${n(`x.labour_status = 'unemployed'`)} as unemployed,
            ${n(`x.labour_status = 'unemployed' and x.long_term_unemployed`)} as long_term,
            ${n(`x.labour_status = 'inactive'`)} as inactive, ${n(`x.labour_status = 'employed'`)} as employed,
            ${n('x.labour_status is null')} as status_unknown,
            ${n(`x.age_band = 'under_18'`)} as under_18, ${n(`x.age_band = '18_29'`)} as a18_29,
            ${n(`x.age_band = '30_54'`)} as a30_54, ${n(`x.age_band = '55_over'`)} as a55_over,
            ${n('x.age_band is null')} as age_unknown,
            ${n(`x.education = 'isced_0_2'`)} as isced_0_2, ${n(`x.education = 'isced_3_4'`)} as isced_3_4,
            ${n(`x.education = 'isced_5_8'`)} as isced_5_8, ${n('x.education is null')} as education_unknown
       from stays e ${firstEntry}
      where coalesce(x.entry_on, e.entry_on) between $2::date and $3::date`,
    [unitIds, from, to],
  );
  const exits = await tx.query<Record<string, number>>(
    `select count(*)::int as exits,
            ${n('x.result4_employed is not null')} as r4, ${n('x.result4_job_searching')} as r4_job_searching,
            ${n('x.result4_in_education')} as r4_in_education, ${n('x.result4_qualification')} as r4_qualification,
            ${n('x.result4_employed')} as r4_employed,
            ${n('x.result6_employed is not null')} as r6, ${n('x.result6_employed')} as r6_employed,
            ${n('x.result6_improved')} as r6_improved
       from enrolments e
       join participants p on p.id = e.participant_id and p.merged_into is null
       ${firstEntry}
      where e.unit_id = any($1::uuid[]) and e.exited_on between $2::date and $3::date`,
    [unitIds, from, to],
  );
  const c = entries.rows[0]!;
  const x = exits.rows[0]!;
  return {
    entries: c.entries!,
    byGender: { woman: c.woman!, man: c.man!, non_binary: c.non_binary!, unknown: c.gender_unknown! },
    byStatus: {
      unemployed: c.unemployed!,
      longTermUnemployed: c.long_term!,
      inactive: c.inactive!,
      employed: c.employed!,
      unknown: c.status_unknown!,
    },
    byAgeBand: {
      under_18: c.under_18!,
      '18_29': c.a18_29!,
      '30_54': c.a30_54!,
      '55_over': c.a55_over!,
      unknown: c.age_unknown!,
    },
    byEducation: {
      isced_0_2: c.isced_0_2!,
      isced_3_4: c.isced_3_4!,
      isced_5_8: c.isced_5_8!,
      unknown: c.education_unknown!,
    },
    exits: x.exits!,
    fourWeeks: {
      recorded: x.r4!,
      jobSearching: x.r4_job_searching!,
      inEducation: x.r4_in_education!,
      gainedQualification: x.r4_qualification!,
      employed: x.r4_employed!,
    },
    sixMonths: { recorded: x.r6!, employed: x.r6_employed!, improvedSituation: x.r6_improved! },
  };
}
