import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateEmployerInput,
  Employer,
  EmployerPage,
  EmployerSummary,
  UpdateEmployerInput,
} from '#shared/employers.ts';
import { api, isApiError, queryString, seg } from '#web/lib/api.ts';

export const employersKey = ['employers'] as const;
export const pageSize = 25;

export const useEmployers = (q: string, offer: string, offset: number) =>
  useQuery({
    queryKey: [...employersKey, { q, offer, offset }],
    queryFn: () =>
      api.get<EmployerPage>(`/api/employers${queryString({ q, offer, offset, limit: pageSize })}`),
    placeholderData: keepPreviousData,
  });

export const useEmployer = (id: string) =>
  useQuery({
    queryKey: [...employersKey, 'record', id],
    queryFn: () => api.get<Employer>(`/api/employers/${seg(id)}`),
  });

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEmployerInput) => api.post<Employer>('/api/employers', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employersKey }),
  });
}

export function useUpdateEmployer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEmployerInput) => api.patch<Employer>(`/api/employers/${seg(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employersKey }),
  });
}

/** The unit's employer that already has the number (409 organisation_number_taken). */
export function existingOf(error: unknown): EmployerSummary | null {
  if (!isApiError(error, 'organisation_number_taken')) return null;
  return (error.problem as { existing?: EmployerSummary | null }).existing ?? null;
}

/** The record as it is now, sent with a 409 version_conflict. */
export function currentOf(error: unknown): Employer | null {
  if (!isApiError(error, 'version_conflict')) return null;
  return (error.problem as { current?: Employer }).current ?? null;
}
