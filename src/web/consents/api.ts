import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Consent, ConsentPurpose, GiveConsentInput, WithdrawConsentInput } from '#shared/consents.ts';
import { api, seg } from '#web/lib/api.ts';

const key = (participantId: string) => ['participants', participantId, 'consents'] as const;

/** Every purpose, archived ones too: a consent given for a purpose since archived still stands. */
export const useConsentPurposes = () =>
  useQuery({
    queryKey: ['consent-purposes'],
    queryFn: () => api.get<ConsentPurpose[]>('/api/consent-purposes?all=true'),
    staleTime: Infinity,
  });

export const useConsents = (participantId: string) =>
  useQuery({
    queryKey: key(participantId),
    queryFn: () => api.get<Consent[]>(`/api/participants/${seg(participantId)}/consents`),
  });

export function useGiveConsent(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GiveConsentInput) =>
      api.post<Consent>(`/api/participants/${seg(participantId)}/consents`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}

export function useWithdrawConsent(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: WithdrawConsentInput & { id: string }) =>
      api.post<Consent>(`/api/consents/${seg(id)}/withdraw`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(participantId) }),
  });
}

/** The purpose's label in the interface language. */
export const purposeLabel = (purpose: ConsentPurpose | undefined, key: string, language: string): string =>
  purpose ? (language === 'en' ? purpose.labelEn : purpose.labelSv) : key;
