import { useQuery } from '@tanstack/react-query';
import type { LooseThreads } from '#shared/plans.ts';
import { api, queryString } from '#web/lib/api.ts';

export type ThreadQuery = {
  scope: 'mine' | 'unit';
  noContactDays: number;
  noPlanDays: number;
  assessmentDays: number;
  exitWithinDays: number;
  checkInDays: number;
  kind?: LooseThreads['items'][number]['kind'];
  perKind: number;
  offset: number;
};

export const defaultThresholds = {
  noContactDays: 14,
  noPlanDays: 30,
  assessmentDays: 180,
  exitWithinDays: 30,
  checkInDays: 14,
} as const;

export const useLooseThreads = (query: Partial<ThreadQuery>) =>
  useQuery({
    queryKey: ['loose-threads', query],
    queryFn: () => api.get<LooseThreads>(`/api/loose-threads${queryString(query)}`),
  });
