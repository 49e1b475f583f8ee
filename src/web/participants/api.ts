import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateParticipantInput, Participant } from '#shared/participants.ts';
import { api, queryString } from '#web/lib/api.ts';

export const participantsKey = ['participants'] as const;
export const pageSize = 25;

type ParticipantPage = { items: Participant[]; total: number };

export const useParticipants = (q: string, offset: number) =>
  useQuery({
    queryKey: [...participantsKey, { q, offset }],
    queryFn: () =>
      api.get<ParticipantPage>(`/api/participants${queryString({ q, offset, limit: pageSize })}`),
    placeholderData: keepPreviousData,
  });

export function useCreateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateParticipantInput) => api.post<Participant>('/api/participants', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantsKey }),
  });
}
