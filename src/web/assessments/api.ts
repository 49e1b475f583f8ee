import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Assessment,
  AssessmentTemplate,
  Distance,
  RecordAssessmentInput,
  UpdateAssessmentInput,
} from '#shared/assessments.ts';
import { api, queryString, seg } from '#web/lib/api.ts';

const key = (participantId: string) => ['participants', participantId, 'assessments'] as const;

export const useTemplates = () =>
  useQuery({
    queryKey: ['assessment-templates'],
    queryFn: () => api.get<AssessmentTemplate[]>('/api/assessment-templates'),
    staleTime: 5 * 60_000,
  });

export const useAssessments = (participantId: string) =>
  useQuery({
    queryKey: key(participantId),
    queryFn: () => api.get<Assessment[]>(`/api/participants/${seg(participantId)}/assessments`),
  });

export const useDistance = (participantId: string, from: string, to: string) =>
  useQuery({
    queryKey: [...key(participantId), 'distance', { from, to }],
    queryFn: () =>
      api.get<Distance>(`/api/participants/${seg(participantId)}/distance${queryString({ from, to })}`),
    enabled: Boolean(from && to && from !== to),
  });

export function useRecordAssessment(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordAssessmentInput) =>
      api.post<Assessment>(`/api/participants/${seg(participantId)}/assessments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}

/** Changes a saved assessment's answers, at the version the form was filled from. */
export function useUpdateAssessment(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: z.input<typeof UpdateAssessmentInput> & { id: string }) =>
      api.patch<Assessment>(`/api/assessments/${seg(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}
