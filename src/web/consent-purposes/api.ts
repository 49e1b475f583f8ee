import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentPurpose,
  CreateConsentPurposeInput,
  UpdateConsentPurposeInput,
} from '#shared/consents.ts';
import { api, seg } from '#web/lib/api.ts';

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['consent-purposes'] });
}

export function useCreateConsentPurpose() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateConsentPurposeInput) =>
      api.post<ConsentPurpose>('/api/consent-purposes', input),
    onSuccess: invalidate,
  });
}

export function useUpdateConsentPurpose(key: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: UpdateConsentPurposeInput) =>
      api.patch<ConsentPurpose>(`/api/consent-purposes/${seg(key)}`, input),
    onSuccess: invalidate,
  });
}
