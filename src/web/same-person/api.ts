import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParticipantSummary } from '#shared/participants.ts';
import type {
  LinkInput,
  Merge,
  MergeInput,
  MergePreview,
  ParticipantLink,
  SamePerson,
} from '#shared/same-person.ts';
import { api, queryString, seg } from '#web/lib/api.ts';
import { participantsKey } from '#web/participants/api.ts';

const key = (participantId: string) => ['participants', participantId, 'same-person'] as const;

export const useSamePerson = (participantId: string) =>
  useQuery({
    queryKey: key(participantId),
    queryFn: () => api.get<SamePerson>(`/api/participants/${seg(participantId)}/same-person`),
  });

/**
 * A link, unlink, merge or undo changes two records (and, for a merge, every section of both): everything
 * under `participants` is fetched again.
 */
const useRefreshParticipants = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: participantsKey });
};

export function useLink(participantId: string) {
  const refresh = useRefreshParticipants();
  return useMutation({
    mutationFn: (input: LinkInput) =>
      api.post<ParticipantLink>(`/api/participants/${seg(participantId)}/links`, input),
    onSuccess: refresh,
  });
}

export function useUnlink(participantId: string) {
  const refresh = useRefreshParticipants();
  return useMutation({
    mutationFn: (otherId: string) =>
      api.delete<void>(`/api/participants/${seg(participantId)}/links/${seg(otherId)}`),
    onSuccess: refresh,
  });
}

/** What merging `sourceId` into `targetId` would do; fetched afresh each time the step opens. */
export const useMergePreview = (sourceId: string, targetId: string) =>
  useQuery({
    // Not under 'participants': a merge refreshes those, and this preview must not be asked again after it.
    queryKey: ['merge-preview', sourceId, targetId],
    queryFn: () =>
      api.get<MergePreview>(
        `/api/participants/${seg(sourceId)}/merge-preview${queryString({ into: targetId })}`,
      ),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });

/** Merges the record `sourceId` (the duplicate) into `input.into`, which stays. */
export function useMerge() {
  const refresh = useRefreshParticipants();
  return useMutation({
    mutationFn: ({ sourceId, ...input }: MergeInput & { sourceId: string }) =>
      api.post<Merge>(`/api/participants/${seg(sourceId)}/merge`, input),
    onSuccess: refresh,
  });
}

export function useUndoMerge() {
  const refresh = useRefreshParticipants();
  return useMutation({
    mutationFn: (mergeId: string) => api.post<Merge>(`/api/participant-merges/${seg(mergeId)}/undo`),
    onSuccess: refresh,
  });
}

/** Another record to link or merge, found by name or number (merged records are never listed). */
export const useRecordSearch = (q: string) =>
  useQuery({
    queryKey: ['participants', { q, offset: 0, for: 'same-person' }],
    queryFn: () =>
      api.get<{ items: ParticipantSummary[]; total: number }>(
        `/api/participants${queryString({ q, limit: 10 })}`,
      ),
    enabled: q !== '',
  });

/** The blockers a refused merge named (409 merge_blocked). */
export function blockersOf(error: unknown): MergePreview['blockers'] {
  const problem = (error as { problem?: { code?: string; blockers?: MergePreview['blockers'] } }).problem;
  return problem?.code === 'merge_blocked' ? (problem.blockers ?? []) : [];
}
