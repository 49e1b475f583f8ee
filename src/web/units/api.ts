import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitInput, Unit, UpdateUnitInput } from '#shared/units.ts';
import { api } from '#web/lib/api.ts';
import { sortBy } from '#web/lib/format.ts';

export const unitsKey = ['units'] as const;

export const useUnits = (enabled = true) =>
  useQuery({
    queryKey: unitsKey,
    queryFn: async () => sortBy(await api.get<Unit[]>('/api/units'), (u) => u.name),
    enabled,
  });

export const useUnit = (id: string) =>
  useQuery({
    queryKey: [...unitsKey, id],
    queryFn: () => api.get<Unit>(`/api/units/${encodeURIComponent(id)}`),
  });

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUnitInput) => api.post<Unit>('/api/units', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}

export function useUpdateUnit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUnitInput) => api.patch<Unit>(`/api/units/${encodeURIComponent(id)}`, input),
    // Unit names also appear in the session's memberships (the role switcher).
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
