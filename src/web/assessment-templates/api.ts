import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentTemplate, PublishTemplateInput } from '#shared/assessments.ts';
import { api } from '#web/lib/api.ts';

/** The key `useTemplates` (#web/assessments/api.ts) reads the templates under. */
const templatesKey = ['assessment-templates'] as const;

export function usePublishTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishTemplateInput) =>
      api.post<AssessmentTemplate>('/api/assessment-templates', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}
