import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FollowUp, Milestone, Outcomes, PartnerParticipant, PartnerRecord } from '#shared/milestones.ts';
import { api, seg } from '#web/lib/api.ts';

const key = (participantId: string) => ['participants', participantId, 'milestones'] as const;
const partnerKey = ['partner', 'participants'] as const;

export const useOutcomes = (participantId: string) =>
  useQuery({
    queryKey: key(participantId),
    queryFn: () => api.get<Outcomes>(`/api/participants/${seg(participantId)}/milestones`),
  });

export function useRecordMilestone(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<Milestone>(`/api/participants/${seg(participantId)}/milestones`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}

export function useCorrectMilestone(participantId: string, milestoneId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<Milestone | null>(
        `/api/participants/${seg(participantId)}/milestones/${seg(milestoneId)}/corrections`,
        input,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}

export function useRecordFollowUp(participantId: string, followUpId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<FollowUp>(`/api/participants/${seg(participantId)}/follow-ups/${seg(followUpId)}`, input),
    // A follow-up done is a loose thread tied up.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['loose-threads'] });
      await queryClient.invalidateQueries({ queryKey: key(participantId) });
    },
  });
}

export const usePartnerParticipants = () =>
  useQuery({
    queryKey: partnerKey,
    queryFn: () => api.get<PartnerParticipant[]>('/api/partner/participants'),
  });

export const usePartnerRecord = (participantId: string) =>
  useQuery({
    queryKey: [...partnerKey, participantId],
    queryFn: () => api.get<PartnerRecord>(`/api/partner/participants/${seg(participantId)}`),
    retry: false,
  });

export function useRecordPartnerMilestone(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<Milestone>(`/api/partner/participants/${seg(participantId)}/milestones`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...partnerKey, participantId] }),
  });
}
