import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, NewCalendarFeed } from '#shared/calendar.ts';
import { api, seg } from '#web/lib/api.ts';

const feedsKey = ['calendar-feeds'] as const;

export const useOwnFeeds = () =>
  useQuery({ queryKey: feedsKey, queryFn: () => api.get<CalendarFeed[]>('/api/calendar-feeds') });

export function useCreateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NewCalendarFeed>('/api/calendar-feeds'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsKey }),
  });
}

export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<CalendarFeed>(`/api/calendar-feeds/${seg(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsKey }),
  });
}
