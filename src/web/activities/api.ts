import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Activity,
  ActivityParticipant,
  ActivityType,
  AddSessionsInput,
  AttendedHours,
  CreateActivityInput,
  JoinActivityInput,
  ParticipantAttendance,
  Roster,
  RosterLine,
  Session,
  UpdateActivityInput,
  UpdateSessionInput,
} from '#shared/activities.ts';
import type { ParticipantSessions, UnitHours } from '#shared/attested-hours.ts';
import type { ParticipantPage } from '#shared/participants.ts';
import type { z } from 'zod';
import type { Colleague } from '#shared/teams.ts';
import { api, isApiError, queryString, seg } from '#web/lib/api.ts';
import type { Status } from './attendance-queue.ts';

export const activitiesKey = ['activities'] as const;
const sessionsKey = (id: string) => [...activitiesKey, id, 'sessions'] as const;
const participantsKey = (id: string) => [...activitiesKey, id, 'participants'] as const;
export const rosterKey = (sessionId: string) => ['activity-sessions', sessionId, 'attendance'] as const;

export const useActivityTypes = () =>
  useQuery({
    queryKey: ['activity-types'],
    queryFn: () => api.get<ActivityType[]>('/api/activity-types'),
    staleTime: Infinity,
  });

export const useColleagues = () =>
  useQuery({ queryKey: ['colleagues'], queryFn: () => api.get<Colleague[]>('/api/colleagues') });

export const useActivities = () =>
  useQuery({ queryKey: activitiesKey, queryFn: () => api.get<Activity[]>('/api/activities') });

export const useActivity = (id: string) =>
  useQuery({
    queryKey: [...activitiesKey, id],
    queryFn: () => api.get<Activity>(`/api/activities/${seg(id)}`),
  });

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateActivityInput) => api.post<Activity>('/api/activities', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesKey }),
  });
}

export function useUpdateActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateActivityInput) => api.patch<Activity>(`/api/activities/${seg(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesKey }),
  });
}

/** The record as it is now, sent with a 409 version_conflict. */
export function currentOf<T>(error: unknown): T | null {
  if (!isApiError(error, 'version_conflict')) return null;
  return (error.problem as { current?: T }).current ?? null;
}

export const useSessions = (id: string) =>
  useQuery({
    queryKey: sessionsKey(id),
    queryFn: () => api.get<Session[]>(`/api/activities/${seg(id)}/sessions`),
  });

export function useAddSessions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddSessionsInput) =>
      api.post<Session[]>(`/api/activities/${seg(id)}/sessions`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey(id) }),
  });
}

export function useUpdateSession(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateSessionInput & { id: string }) =>
      api.patch<Session>(`/api/activity-sessions/${seg(id)}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey(activityId) }),
  });
}

export const useActivityParticipants = (id: string) =>
  useQuery({
    queryKey: participantsKey(id),
    queryFn: () => api.get<ActivityParticipant[]>(`/api/activities/${seg(id)}/participants`),
  });

export function useJoinActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JoinActivityInput) =>
      api.post<ActivityParticipant[]>(`/api/activities/${seg(id)}/participants`, input),
    onSuccess: (list) => {
      queryClient.setQueryData(participantsKey(id), list);
      void queryClient.invalidateQueries({ queryKey: activitiesKey });
    },
  });
}

export function useLeaveActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ participantId, leftOn }: { participantId: string; leftOn: string }) =>
      api.post<ActivityParticipant[]>(`/api/activities/${seg(id)}/participants/${seg(participantId)}/leave`, {
        leftOn,
      }),
    onSuccess: (list) => {
      queryClient.setQueryData(participantsKey(id), list);
      void queryClient.invalidateQueries({ queryKey: activitiesKey });
    },
  });
}

/** The clashing sessions sent with a 409 double_booking. */
export function clashesOf(error: unknown): { title: string; startsAt: string }[] {
  if (!isApiError(error, 'double_booking')) return [];
  return (error.problem as { clashes?: { title: string; startsAt: string }[] }).clashes ?? [];
}

export const useParticipantSearch = (q: string) =>
  useQuery({
    queryKey: ['participants', 'search', q],
    queryFn: () =>
      api.get<z.infer<typeof ParticipantPage>>(`/api/participants${queryString({ q, limit: 10 })}`),
    enabled: q.length > 0,
  });

export const useRoster = (sessionId: string) =>
  useQuery({
    queryKey: rosterKey(sessionId),
    queryFn: () => api.get<Roster>(`/api/activity-sessions/${seg(sessionId)}/attendance`),
  });

export const markAttendance = (sessionId: string, participantId: string, status: Status) =>
  api.put<z.infer<typeof RosterLine>>(
    `/api/activity-sessions/${seg(sessionId)}/attendance/${seg(participantId)}`,
    {
      status,
    },
  );

export const useHours = (id: string, month: string) =>
  useQuery({
    queryKey: [...activitiesKey, id, 'hours', month],
    queryFn: () => api.get<AttendedHours[]>(`/api/activities/${seg(id)}/attendance${queryString({ month })}`),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });

/** The unit's attested hours in a month: each participant's hours per activity and her total. */
export const useUnitHours = (month: string) =>
  useQuery({
    queryKey: ['attested-hours', month],
    queryFn: () => api.get<UnitHours>(`/api/attested-hours${queryString({ month })}`),
    enabled: /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  });

/** Her attested hours in a month, per activity. */
export const useParticipantHours = (participantId: string, month: string) =>
  useQuery({
    queryKey: ['participants', participantId, 'attendance', 'hours', month],
    queryFn: () =>
      api.get<ParticipantAttendance[]>(
        `/api/participants/${seg(participantId)}/attendance${queryString({ month })}`,
      ),
    enabled: /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  });

/** Her activities and her mark at each session held while she took part. */
export const useParticipantSessions = (participantId: string) =>
  useQuery({
    queryKey: ['participants', participantId, 'attendance', 'sessions'],
    queryFn: () =>
      api.get<ParticipantSessions>(`/api/participants/${seg(participantId)}/attendance/sessions`),
  });
