import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Employer, EmployerPage } from '#shared/employers.ts';
import type {
  CreatePlacementInput,
  EmployerSuggestions,
  EndPlacementInput,
  EvaluationForm,
  EvaluationLink,
  Placement,
  RequestEvaluationInput,
  SubmitEvaluationInput,
  UpdatePlacementInput,
} from '#shared/placements.ts';
import { api, isApiError, seg } from '#web/lib/api.ts';

export const placementsKey = (participantId: string) =>
  ['participants', participantId, 'placements'] as const;

const base = (participantId: string) => `/api/participants/${seg(participantId)}/placements`;
const one = (participantId: string, placementId: string) => `${base(participantId)}/${seg(placementId)}`;

export const usePlacements = (participantId: string) =>
  useQuery({
    queryKey: placementsKey(participantId),
    queryFn: () => api.get<Placement[]>(base(participantId)),
  });

export const useEmployerSuggestions = (participantId: string) =>
  useQuery({
    queryKey: ['participants', participantId, 'employer-suggestions'],
    queryFn: () =>
      api.get<EmployerSuggestions>(`/api/participants/${seg(participantId)}/employer-suggestions`),
  });

/**
 * Every change answers with the placement, which replaces it in the cached list (or is added first). The
 * refetch that follows is not awaited: the form's own onSuccess (clearing it) must run with the answer, not
 * after the refetch, or it would clear what she has begun typing meanwhile.
 */
function usePlacementChange<I>(participantId: string, call: (input: I) => Promise<Placement>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (placement) => {
      queryClient.setQueryData<Placement[]>(placementsKey(participantId), (list) =>
        list?.some((p) => p.id === placement.id)
          ? list.map((p) => (p.id === placement.id ? placement : p))
          : [placement, ...(list ?? [])],
      );
      void queryClient.invalidateQueries({ queryKey: placementsKey(participantId) });
    },
  });
}

export const useCreatePlacement = (participantId: string) =>
  usePlacementChange(participantId, (input: CreatePlacementInput) =>
    api.post<Placement>(base(participantId), input),
  );

export const useUpdatePlacement = (participantId: string, placementId: string) =>
  usePlacementChange(participantId, (input: UpdatePlacementInput) =>
    api.patch<Placement>(one(participantId, placementId), input),
  );

export const useEndPlacement = (participantId: string, placementId: string) =>
  usePlacementChange(participantId, (input: z.input<typeof EndPlacementInput>) =>
    api.post<Placement>(`${one(participantId, placementId)}/end`, input),
  );

export const useAddPlacementNote = (participantId: string, placementId: string) =>
  usePlacementChange(participantId, (input: { body: string }) =>
    api.post<Placement>(`${one(participantId, placementId)}/notes`, input),
  );

/** Asks for an evaluation: the answer holds the link, which is shown this once. */
export function useRequestEvaluation(participantId: string, placementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof RequestEvaluationInput>) =>
      api.post<z.infer<typeof EvaluationLink>>(`${one(participantId, placementId)}/evaluations`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placementsKey(participantId) }),
  });
}

/** The placement as it is now, sent with a 409 version_conflict. */
export function currentOf(error: unknown): Placement | null {
  if (!isApiError(error, 'version_conflict')) return null;
  return (error.problem as { current?: Placement }).current ?? null;
}

// The supervisor's side, without a session.

const evaluationPath = (token: string) => `/api/evaluations/${encodeURIComponent(token)}`;

export const useEvaluationForm = (token: string) =>
  useQuery({
    queryKey: ['evaluation-form', token],
    queryFn: () => api.get<EvaluationForm>(evaluationPath(token)),
    enabled: token !== '',
    staleTime: Infinity,
  });

export const useSubmitEvaluation = (token: string) =>
  useMutation({
    mutationFn: (input: z.input<typeof SubmitEvaluationInput>) =>
      api.post<void>(evaluationPath(token), input),
  });

/** Why a link no longer works: answered, expired, or never given (or replaced by a newer one). */
export function linkState(error: unknown): 'unknown' | 'answered' | 'expired' | null {
  if (isApiError(error, 'not_found')) return 'unknown';
  if (isApiError(error, 'gone'))
    return (error.problem as { reason?: string }).reason === 'expired' ? 'expired' : 'answered';
  return null;
}

/** The unit's employers to book with, by name (the register's first 200; the hint says when there are more). */
export const useEmployerChoices = () =>
  useQuery({
    queryKey: ['employers', 'choices'],
    queryFn: () => api.get<EmployerPage>('/api/employers?limit=200'),
  });

/** One employer with its contact people, once one is chosen. */
export const useChosenEmployer = (employerId: string) =>
  useQuery({
    queryKey: ['employers', 'record', employerId],
    queryFn: () => api.get<Employer>(`/api/employers/${seg(employerId)}`),
    enabled: employerId !== '',
  });
