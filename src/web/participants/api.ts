import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateParticipantInput,
  DuplicateCandidate,
  Participant,
  ParticipantPage,
  UpdateParticipantInput,
} from '#shared/participants.ts';
import { api, isApiError, queryString } from '#web/lib/api.ts';

export const participantsKey = ['participants'] as const;
export const pageSize = 25;

/** A page of the register: the first, or the one `after` or `before` a participant's id (keyset pagination). */
export type PageFrom = { after?: string; before?: string };

export const useParticipants = (q: string, from: PageFrom) =>
  useQuery({
    queryKey: [...participantsKey, { q, ...from }],
    queryFn: () =>
      api.get<ParticipantPage>(`/api/participants${queryString({ q, ...from, limit: pageSize })}`),
    placeholderData: keepPreviousData,
  });

export const useParticipant = (id: string) =>
  useQuery({
    queryKey: [...participantsKey, 'record', id],
    queryFn: () => api.get<Participant>(`/api/participants/${encodeURIComponent(id)}`),
  });

export function useCreateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateParticipantInput) => api.post<Participant>('/api/participants', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantsKey }),
  });
}

export function useUpdateParticipant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateParticipantInput) =>
      api.patch<Participant>(`/api/participants/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantsKey }),
  });
}

/** The existing participants a refused create named (409 possible_duplicate or identity_number_taken). */
export function duplicatesOf(error: unknown): DuplicateCandidate[] | null {
  if (!isApiError(error, 'possible_duplicate') && !isApiError(error, 'identity_number_taken')) return null;
  return (error.problem as { duplicates?: DuplicateCandidate[] }).duplicates ?? [];
}

/** The record as it is now, sent with a 409 version_conflict. */
export function currentOf(error: unknown): Participant | null {
  if (!isApiError(error, 'version_conflict')) return null;
  return (error.problem as { current?: Participant }).current ?? null;
}
