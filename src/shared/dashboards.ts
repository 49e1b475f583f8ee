import { z } from 'zod';
import { ActivityType } from './activities.ts';
import { Id } from './common.ts';

/**
 * The dashboard's figures. Each is one table: rows (months or categories) by columns (measures), with the
 * column totals where they are a sum of the rows. Nothing in a figure is a person.
 */
export const figureKeys = [
  'participants',
  'enrolments',
  'gender',
  'age',
  'languages',
  'attendance',
  'distance',
  'milestones',
  'outcomes',
  'languageFriends',
  'languageFriendMeetings',
] as const;
export const FigureKey = z.enum(figureKeys);

/** Figures a unit's staff see for their unit only (the language-friend register is read per unit). */
export const unitOnlyFigures: readonly FigureKey[] = ['languageFriends', 'languageFriendMeetings'];
export type FigureKey = z.infer<typeof FigureKey>;

/** The least count shown to organisation-wide callers; fewer is "<5". Averages over fewer people are hidden. */
export const smallestShown = 5;

/** A number, hidden by the small-count rule (`suppressed`), or null where the measure does not apply. */
export const Cell = z.union([z.number(), z.object({ suppressed: z.literal(true) }), z.null()]);
export type Cell = z.infer<typeof Cell>;

export const isSuppressed = (cell: Cell): cell is { suppressed: true } =>
  typeof cell === 'object' && cell !== null;

export const Figure = z.object({
  key: FigureKey,
  /** A line over months, or bars over categories. */
  chart: z.enum(['line', 'bar']),
  columns: z.array(z.object({ key: z.string(), measure: z.enum(['count', 'average', 'amount']) })),
  /** Month rows are keyed YYYY-MM; category rows by their code (gender, age band, language, domain, …). */
  rows: z.array(
    z.object({
      key: z.string(),
      /** A name for rows whose key is not in the interface's catalogue (kartläggning domains). */
      label: z.object({ sv: z.string(), en: z.string() }).nullable(),
      cells: z.array(Cell),
    }),
  ),
  /** The sum of each column, where the rows add up to it. */
  total: z.array(Cell).nullable(),
  /** True when small counts were hidden (organisation-wide views). */
  suppressed: z.boolean(),
});
export type Figure = z.infer<typeof Figure>;

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** The longest period a dashboard covers, in months. */
export const maxMonths = 36;

const filterShape = {
  from: Month,
  to: Month,
  units: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => (v ? [...new Set(v.split(',').filter(Boolean))] : []))
    .pipe(z.array(Id).max(50)),
  activityId: Id.optional(),
  /** A kind of activity (`activity_types.key`): everyone taking part in an activity of that kind. */
  activityType: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'an activity type key')
    .optional(),
  programmeId: Id.optional(),
};

const withPeriodChecks = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((q) => monthIndex(q.from) <= monthIndex(q.to), {
      path: ['to'],
      message: 'the period ends before it starts',
    })
    .refine((q) => monthIndex(q.to) - monthIndex(q.from) < maxMonths, {
      path: ['to'],
      message: `at most ${maxMonths} months`,
    });

/**
 * Filters: a period of whole (Stockholm) months, the units (comma separated; none means every unit the
 * caller may see), a kind of activity, one activity (a group) and a programme.
 */
export const DashboardQuery = withPeriodChecks(z.strictObject(filterShape));
export type DashboardQuery = z.input<typeof DashboardQuery>;
export type DashboardFilters = z.output<typeof DashboardQuery>;

export const FigureParams = z.strictObject({ figure: FigureKey });

export const FigureExportQuery = withPeriodChecks(
  z.strictObject({
    ...filterShape,
    format: z.enum(['csv', 'xlsx']),
    lang: z.enum(['sv', 'en']).default('sv'),
  }),
);
export type FigureExportQuery = z.output<typeof FigureExportQuery>;

/** What the caller may filter by: her units (all of the organisation's for organisation-wide roles). */
export const DashboardScope = z.object({
  organisationWide: z.boolean(),
  suppressed: z.boolean(),
  units: z.array(z.object({ id: Id, name: z.string() })),
  programmes: z.array(z.object({ id: Id, name: z.string() })),
  activities: z.array(z.object({ id: Id, unitId: Id, title: z.string(), type: z.string() })),
  activityTypes: z.array(ActivityType),
});
export type DashboardScope = z.infer<typeof DashboardScope>;

/** Every month from `from` to `to`, both included, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
