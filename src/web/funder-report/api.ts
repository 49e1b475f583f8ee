import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EsfEntry,
  KeptExport,
  ReportPreview,
  SaveEsfEntryInput,
  ValidationPage,
} from '#shared/funder-report.ts';
import { api, seg } from '#web/lib/api.ts';

export const esfEntriesKey = (participantId: string) =>
  ['participants', participantId, 'esf-entries'] as const;

export const useEsfEntries = (participantId: string) =>
  useQuery({
    queryKey: esfEntriesKey(participantId),
    queryFn: () => api.get<EsfEntry[]>(`/api/participants/${seg(participantId)}/esf-entries`),
  });

/**
 * Saves her data for one programme. On success her list is fetched again (the form then starts over from the
 * saved version) and so is the programme's report, whose validation list it may have changed. A 409 leaves the
 * list as it is, so the form keeps what was typed while the conflict notice offers the other version.
 */
export function useSaveEsfEntry(participantId: string, programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveEsfEntryInput) =>
      api.put<EsfEntry>(`/api/participants/${seg(participantId)}/esf-entries/${seg(programmeId)}`, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: esfEntriesKey(participantId) }),
        queryClient.invalidateQueries({ queryKey: ['funder-report', programmeId] }),
      ]),
  });
}

const reportKey = (programmeId: string, month: string) => ['funder-report', programmeId, month] as const;

export const useReportPreview = (programmeId: string, month: string) =>
  useQuery({
    queryKey: reportKey(programmeId, month),
    queryFn: () => api.get<ReportPreview>(`/api/funder-report/${seg(programmeId)}/months/${seg(month)}`),
    enabled: Boolean(programmeId) && /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  });

/**
 * The validation report's pages after the preview's first: each continues after the participant where the
 * one before ended. Nothing is fetched until asked for (`after` null: the preview had it all).
 */
export const useMoreValidation = (programmeId: string, after: string | null) =>
  useInfiniteQuery({
    queryKey: ['funder-report', programmeId, 'validation', after],
    queryFn: ({ pageParam }) =>
      api.get<ValidationPage>(
        `/api/funder-report/${seg(programmeId)}/validation?after=${seg(pageParam ?? '')}`,
      ),
    initialPageParam: after,
    getNextPageParam: (last) => last.next,
    enabled: false,
  });

/** Keeps a month (and with `andLater` every later month already exported) as a new version. */
export function useExportMonth(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ month, andLater }: { month: string; andLater: boolean }) =>
      api.post<KeptExport[]>(`/api/funder-report/${seg(programmeId)}/months/${seg(month)}/exports`, {
        andLater,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['funder-report', programmeId] }),
  });
}

export const exportFileUrl = (exportId: string, format: 'csv' | 'xlsx', lang: string) =>
  `/api/funder-exports/${seg(exportId)}/file?format=${format}&lang=${lang === 'en' ? 'en' : 'sv'}`;
