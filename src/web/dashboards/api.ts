import { useQuery } from '@tanstack/react-query';
import type { DashboardScope, Figure, FigureKey } from '#shared/dashboards.ts';
import { api, queryString, seg } from '#web/lib/api.ts';

/** The dashboard's filters as the page holds them (months as YYYY-MM, ids or empty). */
export type Filters = {
  from: string;
  to: string;
  unitId: string;
  programmeId: string;
  activityType: string;
  activityId: string;
};

const params = (f: Filters) => ({
  from: f.from,
  to: f.to,
  units: f.unitId || undefined,
  programmeId: f.programmeId || undefined,
  activityType: f.activityType || undefined,
  activityId: f.activityId || undefined,
});

export const useDashboardScope = () =>
  useQuery({ queryKey: ['dashboards', 'scope'], queryFn: () => api.get<DashboardScope>('/api/dashboards') });

export const useFigure = (key: FigureKey, filters: Filters) =>
  useQuery({
    queryKey: ['dashboards', key, filters],
    queryFn: () => api.get<Figure>(`/api/dashboards/${seg(key)}${queryString(params(filters))}`),
  });

/** A figure's table as a file from the server, headers in the interface language. */
export const figureExportUrl = (key: FigureKey, filters: Filters, format: 'csv' | 'xlsx', language: string) =>
  `/api/dashboards/${seg(key)}/export${queryString({
    ...params(filters),
    format,
    lang: language.startsWith('en') ? 'en' : 'sv',
  })}`;
