import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact, RecordContactInput } from '#shared/journal.ts';
import { api, seg } from '#web/lib/api.ts';

const key = (participantId: string) => ['participants', participantId, 'contacts'] as const;

export const useContacts = (participantId: string) =>
  useQuery({
    queryKey: key(participantId),
    queryFn: () => api.get<Contact[]>(`/api/participants/${seg(participantId)}/contacts`),
  });

export function useRecordContact(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordContactInput) =>
      api.post<Contact>(`/api/participants/${seg(participantId)}/contacts`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}
