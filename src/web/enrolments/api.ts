import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EnrolInput, Enrolment, ExitInput } from '#shared/enrolments.ts';
import { api, seg } from '#web/lib/api.ts';

const key = (participantId: string) => ['participants', participantId, 'enrolments'] as const;
/** Enrolling and exiting change her follow-ups (Steg mot arbete) too: an exit writes them, enrolling cancels. */
const followUpsKey = (participantId: string) => ['participants', participantId, 'milestones'] as const;

export const useEnrolments = (participantId: string) =>
  useQuery({
    queryKey: key(participantId),
    queryFn: () => api.get<Enrolment[]>(`/api/participants/${seg(participantId)}/enrolments`),
  });

export function useEnrol(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnrolInput) =>
      api.post<Enrolment>(`/api/participants/${seg(participantId)}/enrolments`, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: followUpsKey(participantId) });
      await queryClient.invalidateQueries({ queryKey: key(participantId) });
    },
  });
}

export function useExit(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: ExitInput & { id: string }) =>
      api.post<Enrolment>(`/api/enrolments/${seg(id)}/exit`, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: followUpsKey(participantId) });
      await queryClient.invalidateQueries({ queryKey: key(participantId) });
    },
  });
}
