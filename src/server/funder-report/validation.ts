import type { EsfProblem, ValidationLine, ValidationPage } from '#shared/funder-report.ts';
import type { Queryable } from '../db/types.ts';
import { asReportError, type ReportScope } from './report.ts';

type ProblemRow = {
  participant_id: string;
  unit_id: string;
  code: string;
  problems: string;
  total?: number;
};

const collator = new Intl.Collator('sv');
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A page of the validation report on `today`: everyone in the scope with missing or contradictory data,
 * found in SQL from the kept standings (esf_report_problems, migration 0036; the rules of rules.ts), ordered
 * by unit (by name), then her name (the unit manager's report) or code (the administrator's), then her id, and continued after the
 * participant `after` where the previous page left off; if her data has been put right since, the page goes
 * on from where she stands. The administrator's pages are cut in SQL (codes sort alike in SQL and in
 * Swedish); the unit manager's in memory, sorted by the names she may read (`names`), a unit at most.
 */
export async function validationPage(
  tx: Queryable,
  scope: ReportScope,
  input: {
    today: string;
    after: string | null;
    limit: number;
    unitNames: Map<string, string>;
    names: (ids: string[]) => Promise<Map<string, string>>;
  },
): Promise<ValidationPage> {
  const unitOrder = [...input.unitNames.entries()]
    .sort((a, b) => collator.compare(a[1], b[1]) || byId(a[0], b[0]))
    .map(([id]) => id);
  const params = [scope.programmeId, scope.unitId, input.today, input.after];
  const lineOf = (r: ProblemRow, name: string | null): ValidationLine => ({
    participantId: r.participant_id,
    code: r.code,
    name,
    unitName: input.unitNames.get(r.unit_id) ?? '',
    problems: r.problems.split(',') as EsfProblem[],
  });
  if (!scope.unitId) {
    const { rows } = await asReportError(
      tx.query<ProblemRow>(
        `with lines as materialized (
           select r.*, array_position($5::uuid[], r.unit_id) as unit_rank
             from esf_report_problems($1, $2, $3, $4) r),
         resume as (select unit_rank, code, participant_id from lines where participant_id = $4)
         select l.participant_id, l.unit_id, l.code, l.problems,
                (select count(*) from lines where problems <> '')::int as total
           from lines l
          where l.problems <> ''
            and (not exists (select 1 from resume)
                 or (l.unit_rank, l.code collate "C", l.participant_id)
                    > (select unit_rank, code collate "C", participant_id from resume))
          order by l.unit_rank, l.code collate "C", l.participant_id
          limit $6`,
        [...params, unitOrder, input.limit + 1],
      ),
    );
    const total = rows[0]?.total ?? (await countProblems(tx, scope, input.today));
    const page = rows.slice(0, input.limit).map((r) => lineOf(r, null));
    return {
      lines: page,
      total,
      next: rows.length > input.limit ? page[page.length - 1]!.participantId : null,
    };
  }
  const { rows } = await asReportError(
    tx.query<ProblemRow>(
      'select participant_id, unit_id, code, problems from esf_report_problems($1, $2, $3, $4)',
      params,
    ),
  );
  const names = await input.names(rows.map((r) => r.participant_id));
  const rank = new Map(unitOrder.map((id, i) => [id, i]));
  const sorted = rows
    .map((r) => ({ r, label: names.get(r.participant_id) ?? r.code }))
    .sort(
      (a, b) =>
        (rank.get(a.r.unit_id) ?? -1) - (rank.get(b.r.unit_id) ?? -1) ||
        collator.compare(a.label, b.label) ||
        byId(a.r.participant_id, b.r.participant_id),
    );
  const start = input.after ? sorted.findIndex((s) => s.r.participant_id === input.after) + 1 : 0;
  const rest = sorted.slice(start).filter((s) => s.r.problems !== '');
  const page = rest.slice(0, input.limit).map((s) => lineOf(s.r, names.get(s.r.participant_id) ?? null));
  return {
    lines: page,
    total: sorted.filter((s) => s.r.problems !== '').length,
    next: rest.length > page.length ? page[page.length - 1]!.participantId : null,
  };
}

/** How many have a problem, for a page past the last line (which carries no total). */
async function countProblems(tx: Queryable, scope: ReportScope, today: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `select count(*)::int as n from esf_report_problems($1, $2, $3, null) where problems <> ''`,
    [scope.programmeId, scope.unitId, today],
  );
  return rows[0]!.n;
}
