import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditPage } from '#shared/audit.ts';
import { api, queryString } from '#web/lib/api.ts';

export type AuditFilters = {
  userId?: string;
  participantId?: string;
  action?: string;
  from?: string;
  to?: string;
};

export const filterKeys = ['userId', 'participantId', 'action', 'from', 'to'] as const;
const pageSize = 50;
/** The server's largest page: the export takes everything the filters select, up to this. */
const exportLimit = 10_000;

export const useAuditLog = (filters: AuditFilters) =>
  useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(`/api/audit${queryString({ ...filters, before: pageParam, limit: pageSize })}`),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

export const exportUrl = (filters: AuditFilters): string =>
  `/api/audit/export${queryString({ ...filters, limit: exportLimit })}`;

/** The filters in the address, so a selection can be bookmarked, shared, and gone back to. */
export function filtersOf(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}
