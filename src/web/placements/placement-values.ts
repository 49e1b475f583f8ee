import type { Placement } from '#shared/placements.ts';

/** Who supervises her: one of the employer's contact people, someone typed in, or nobody yet. */
export type SupervisorMode = 'contact' | 'typed' | 'none';

/** The placement form's state, as the inputs hold it (text, choices, a list of goal ids). */
export type PlacementValues = {
  kind: string;
  employerId: string;
  supervisorMode: SupervisorMode;
  supervisorContactName: string;
  supervisorName: string;
  supervisorPhone: string;
  supervisorEmail: string;
  startsOn: string;
  endsOn: string;
  hoursPerWeek: string;
  goalIds: string[];
  /** Only when changing one: planned, ongoing or completed (ending early has its own form). */
  status: string;
};

export const emptyPlacement = (employerId = '', kind = ''): PlacementValues => ({
  kind,
  employerId,
  supervisorMode: 'none',
  supervisorContactName: '',
  supervisorName: '',
  supervisorPhone: '',
  supervisorEmail: '',
  startsOn: '',
  endsOn: '',
  hoursPerWeek: '',
  goalIds: [],
  status: 'planned',
});

/** A placement as the form's values (its supervisor as typed, whoever it was copied from). */
export const placementValues = (p: Placement): PlacementValues => ({
  kind: p.kind,
  employerId: p.employerId,
  supervisorMode: p.supervisor ? 'typed' : 'none',
  supervisorContactName: '',
  supervisorName: p.supervisor?.name ?? '',
  supervisorPhone: p.supervisor?.phone ?? '',
  supervisorEmail: p.supervisor?.email ?? '',
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  hoursPerWeek: p.hoursPerWeek === null ? '' : String(p.hoursPerWeek).replace('.', ','),
  goalIds: p.goalIds,
  status: p.status === 'ended_early' ? 'completed' : p.status,
});

/**
 * Hours per week as a number: Swedish decimal comma or point, blank is none. Anything unreadable is passed
 * on as it is, for the schema to refuse at the field.
 */
export function hoursOf(text: string): number | null | string {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}

function supervisorInput(v: PlacementValues) {
  if (v.supervisorMode === 'contact') return { supervisorContactName: v.supervisorContactName };
  if (v.supervisorMode === 'typed')
    return {
      supervisor: {
        name: v.supervisorName.trim(),
        phone: v.supervisorPhone.trim() || null,
        email: v.supervisorEmail.trim() || null,
      },
    };
  return { supervisor: null };
}

/** The fields both creating and changing send. */
const common = (v: PlacementValues) => ({
  kind: v.kind,
  ...supervisorInput(v),
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  hoursPerWeek: hoursOf(v.hoursPerWeek),
  goalIds: v.goalIds,
});

/** The form as the API's create input (to be checked by CreatePlacementInput). */
export const createInput = (v: PlacementValues) => ({ employerId: v.employerId, ...common(v) });

/** The form as the API's update input at the version the form was filled from. */
export const updateInput = (v: PlacementValues, version: number) => ({
  ...common(v),
  status: v.status,
  version,
});

/**
 * The form field an issue's path points at: the supervisor's parts have fields of their own
 * (supervisor.email → supervisorEmail), a goal in the list marks the list.
 */
export function placementFieldKey(path: readonly PropertyKey[]): string {
  const [head, leaf] = path;
  if (head === 'supervisor') {
    const part = typeof leaf === 'string' ? leaf : 'name';
    return `supervisor${part[0]!.toUpperCase()}${part.slice(1)}`;
  }
  return String(head ?? '');
}

/** The stage still waiting for an answer, and a due date: the middle of the period, or its last day. */
export function requestDefaults(p: Pick<Placement, 'startsOn' | 'endsOn' | 'evaluations'>) {
  const answered = (stage: string) => p.evaluations.some((e) => e.stage === stage && e.submittedAt);
  const stage = answered('midpoint') ? 'final' : 'midpoint';
  const start = Date.parse(`${p.startsOn}T00:00:00Z`);
  const end = Date.parse(`${p.endsOn}T00:00:00Z`);
  const middle = new Date(start + Math.floor((end - start) / 86_400_000 / 2) * 86_400_000);
  return { stage, dueOn: stage === 'final' ? p.endsOn : middle.toISOString().slice(0, 10) };
}
