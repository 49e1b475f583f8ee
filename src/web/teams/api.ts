import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddTeamMemberInput, CaseloadItem, Colleague, TeamMember } from '#shared/teams.ts';
import { api, seg } from '#web/lib/api.ts';
import { sortBy } from '#web/lib/format.ts';

const teamKey = (participantId: string) => ['participants', participantId, 'team'] as const;
export const caseloadKey = ['caseload'] as const;

type Unassigned = { participantId: string; firstName: string; lastName: string };

export const useTeam = (participantId: string) =>
  useQuery({
    queryKey: teamKey(participantId),
    queryFn: () => api.get<TeamMember[]>(`/api/participants/${seg(participantId)}/team`),
  });

/** Active staff of the current unit, to put in a team or hand a caseload to. */
export const useColleagues = () =>
  useQuery({
    queryKey: ['colleagues'],
    queryFn: () => api.get<Colleague[]>('/api/colleagues'),
    retry: false,
  });

function useTeamChange<I>(participantId: string, call: (input: I) => Promise<TeamMember[]>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (team) => {
      queryClient.setQueryData(teamKey(participantId), team);
      return queryClient.invalidateQueries({ queryKey: caseloadKey });
    },
  });
}

export const useAddTeamMember = (participantId: string) =>
  useTeamChange(participantId, (input: AddTeamMemberInput) =>
    api.post<TeamMember[]>(`/api/participants/${seg(participantId)}/team`, input),
  );

export const useRemoveTeamMember = (participantId: string) =>
  useTeamChange(participantId, (memberId: string) =>
    api.delete<TeamMember[]>(`/api/participants/${seg(participantId)}/team/${seg(memberId)}`),
  );

export const useCaseload = () =>
  useQuery({
    queryKey: caseloadKey,
    queryFn: async () =>
      sortBy(await api.get<CaseloadItem[]>('/api/caseload'), (c) => `${c.lastName} ${c.firstName}`),
  });

export const useUnassigned = () =>
  useQuery({
    queryKey: [...caseloadKey, 'unassigned'],
    queryFn: () => api.get<Unassigned[]>('/api/caseload/unassigned'),
  });

export function useReassign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fromUserId: string; toUserId: string }) =>
      api.post<{ moved: number }>('/api/caseload/reassign', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
