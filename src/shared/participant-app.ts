import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { placementKinds } from './placements.ts';
import { maxScheduleDays } from './schedule.ts';

/** The participant app's own endpoints (/api/me/…): her id is always her session's, never in the address. */

const Day = z.iso.date();

// Min plan: her open and achieved goals with their steps in plain words, and who in the team helps.
export const MyStepOwner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('you') }),
  z.object({ kind: z.literal('team'), firstName: z.string(), role: z.string() }),
  z.object({ kind: z.literal('none') }),
]);
export const MyPlanStep = z.object({
  id: Id,
  title: z.string(),
  dueOn: Day.nullable(),
  status: z.enum(['todo', 'doing', 'done']),
  owner: MyStepOwner,
});
export const MyPlanGoal = z.object({
  id: Id,
  domainKey: z.string().nullable(),
  title: z.string(),
  status: z.enum(['open', 'achieved']),
  steps: z.array(MyPlanStep),
});
export const MyTeamMember = z.object({ firstName: z.string(), role: z.string(), responsible: z.boolean() });
export const MyPlan = z.object({ goals: z.array(MyPlanGoal), team: z.array(MyTeamMember) });
export type MyPlan = z.infer<typeof MyPlan>;
export type MyPlanGoal = z.infer<typeof MyPlanGoal>;

// Mitt schema: today and the coming weeks.
export const MyScheduleQuery = z
  .strictObject({
    from: Day.optional(),
    days: z.coerce.number().int().min(1).max(maxScheduleDays).optional(),
  })
  .default({});
export const MyEvent = z.object({
  id: Id,
  kind: z.enum(['session', 'placement', 'meeting']),
  title: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  days: z.object({ first: Day, last: Day }).nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  cancelled: z.boolean(),
  placementKind: z.enum(placementKinds).nullable(),
});
export const MySchedule = z.object({ from: Day, to: Day, events: z.array(MyEvent) });
export type MySchedule = z.infer<typeof MySchedule>;
export type MyEvent = z.infer<typeof MyEvent>;

// "Add to my calendar": her own feeds (the address is shown once, when made).
export const MyCalendarFeed = z.object({ id: Id, createdAt: Timestamp, lastReadAt: Timestamp.nullable() });
export const MyCalendarFeeds = z.object({ feeds: z.array(MyCalendarFeed) });
export const MyNewCalendarFeed = MyCalendarFeed.extend({ url: z.string() });
export type MyCalendarFeeds = z.infer<typeof MyCalendarFeeds>;
export type MyNewCalendarFeed = z.infer<typeof MyNewCalendarFeed>;

// Mina uppgifter: her consents, each of which she may withdraw herself.
export const MyConsent = z.object({
  id: Id,
  purpose: z.string(),
  labelSv: z.string(),
  labelEn: z.string(),
  givenOn: Day,
  withdrawnOn: Day.nullable(),
});
export const MyConsents = z.object({ consents: z.array(MyConsent) });
export type MyConsent = z.infer<typeof MyConsent>;
export type MyConsents = z.infer<typeof MyConsents>;

/** What Rödtråd holds about her, by category: how many records of each kind (the app words them). */
export const myDataCategories = [
  'person',
  'programmes',
  'consents',
  'plan',
  'team',
  'activities',
  'placements',
  'meetings',
  'calendar',
  'app',
  'journal',
  'contacts',
  'assessments',
  'attendance',
  'milestones',
  'esf',
  'lessons',
  'messages',
  'languageFriend',
] as const;
export const MyDataSummary = z.object({
  /** Which of her personal details are filled in (name, birthDate, identityNumber, phone, email, address, languages). */
  personFields: z.array(z.string()),
  categories: z.array(z.object({ key: z.enum(myDataCategories), count: z.number().int() })),
});
export type MyDataSummary = z.infer<typeof MyDataSummary>;
