import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JournalEntry, WriteJournalInput } from '#shared/journal.ts';
import { api, queryString, seg } from '#web/lib/api.ts';

const key = (participantId: string) => ['participants', participantId, 'journal'] as const;

/** The entries I may see, newest first; `q` searches them. */
export const useJournal = (participantId: string, q: string) =>
  useQuery({
    queryKey: [...key(participantId), { q }],
    queryFn: () =>
      api.get<JournalEntry[]>(`/api/participants/${seg(participantId)}/journal${queryString({ q })}`),
    placeholderData: keepPreviousData,
  });

export function useWriteJournal(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WriteJournalInput) =>
      api.post<JournalEntry>(`/api/participants/${seg(participantId)}/journal`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}
