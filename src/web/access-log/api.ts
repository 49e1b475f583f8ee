import { useQuery } from '@tanstack/react-query';
import type { AccessLogEntry } from '#shared/journal.ts';
import { api, seg } from '#web/lib/api.ts';

export const useAccessLog = (participantId: string) =>
  useQuery({
    queryKey: ['participants', participantId, 'access-log'],
    queryFn: () => api.get<AccessLogEntry[]>(`/api/participants/${seg(participantId)}/access-log`),
  });
