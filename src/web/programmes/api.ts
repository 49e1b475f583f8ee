import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateProgrammeInput, Programme, UpdateProgrammeInput } from '#shared/programmes.ts';
import { api, seg } from '#web/lib/api.ts';
import { sortBy } from '#web/lib/format.ts';

export const programmesKey = ['programmes'] as const;

export const useProgrammes = (enabled = true) =>
  useQuery({
    queryKey: programmesKey,
    queryFn: async () => sortBy(await api.get<Programme[]>('/api/programmes'), (p) => p.name),
    enabled,
  });

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProgrammeInput) => api.post<Programme>('/api/programmes', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useUpdateProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProgrammeInput) => api.patch<Programme>(`/api/programmes/${seg(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
