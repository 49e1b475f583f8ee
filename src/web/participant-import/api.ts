import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '#shared/participants.ts';
import { participantsKey } from '#web/participants/api.ts';
import { api, queryString } from '#web/lib/api.ts';
import { sheetContentType } from './sheet-file.ts';

type ImportRequest = { file: File; dryRun: boolean };

/**
 * Sends the spreadsheet as it is. A dry run only reports; a real import writes every row or, when any row
 * has a problem, nothing (400 with the report).
 */
export function useImportParticipants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: ImportRequest) =>
      api.post<ImportReport>(
        `/api/participants/import${queryString({ dryRun: String(dryRun) })}`,
        file.slice(0, file.size, sheetContentType(file)),
      ),
    onSuccess: (report) => {
      if (report.written > 0) return queryClient.invalidateQueries({ queryKey: participantsKey });
    },
  });
}
