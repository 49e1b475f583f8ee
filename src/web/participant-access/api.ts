import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AppAccess,
  CreatedAppInvitation,
  InvitationChannel,
  RevokedCount,
} from '#shared/participant-access.ts';
import { api, seg } from '#web/lib/api.ts';

export const appAccessKey = (participantId: string) => ['participants', participantId, 'app-access'] as const;
const path = (participantId: string) => `/api/participants/${seg(participantId)}`;

export const useAppAccess = (participantId: string) =>
  useQuery({
    queryKey: appAccessKey(participantId),
    queryFn: () => api.get<AppAccess>(`${path(participantId)}/app-access`),
  });

function useAccessChange<I, O>(participantId: string, call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: appAccessKey(participantId) }),
  });
}

export const useInvite = (participantId: string) =>
  useAccessChange(participantId, (channel: InvitationChannel) =>
    api.post<z.infer<typeof CreatedAppInvitation>>(`${path(participantId)}/app-invitations`, {
      channel,
    }),
  );

export const useRevokeSession = (participantId: string) =>
  useAccessChange(participantId, (sessionId: string) =>
    api.post<void>(`${path(participantId)}/app-sessions/${seg(sessionId)}/revoke`, {}),
  );

export const useRevokeAll = (participantId: string) =>
  useAccessChange(participantId, () =>
    api.post<z.infer<typeof RevokedCount>>(`${path(participantId)}/app-access/revoke-all`, {}),
  );
