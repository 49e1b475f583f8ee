import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '#shared/teams.ts';
import { api, seg } from '#web/lib/api.ts';

const key = ['notifications'] as const;

/** My notices, newest first; checked again every minute while the app is open. */
export const useNotifications = (enabled = true) =>
  useQuery({
    queryKey: key,
    queryFn: () => api.get<Notification[]>('/api/notifications'),
    refetchInterval: 60_000,
    enabled,
  });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/api/notifications/${seg(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
