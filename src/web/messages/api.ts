import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutboxMessage, PauseRemindersInput, ReminderPauses } from '#shared/messages.ts';
import { api, seg } from '#web/lib/api.ts';

const messagesKey = (participantId: string) => ['participants', participantId, 'messages'] as const;
const pausesKey = (participantId: string) => ['participants', participantId, 'reminder-pause'] as const;

export const useMessages = (participantId: string) =>
  useQuery({
    queryKey: messagesKey(participantId),
    queryFn: () => api.get<OutboxMessage[]>(`/api/participants/${seg(participantId)}/messages`),
  });

export const useReminderPauses = (participantId: string) =>
  useQuery({
    queryKey: pausesKey(participantId),
    queryFn: () => api.get<ReminderPauses>(`/api/participants/${seg(participantId)}/reminder-pause`),
  });

/** Pausing or ending a pause answers with her pauses; ending one may send held messages, so the log is read again. */
function usePauseMutation<I>(participantId: string, call: (input: I) => Promise<ReminderPauses>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (pauses) => {
      queryClient.setQueryData(pausesKey(participantId), pauses);
      void queryClient.invalidateQueries({ queryKey: messagesKey(participantId) });
    },
  });
}

export const usePauseReminders = (participantId: string) =>
  usePauseMutation(participantId, (input: PauseRemindersInput) =>
    api.post<ReminderPauses>(`/api/participants/${seg(participantId)}/reminder-pause`, input),
  );

export const useEndReminderPause = (participantId: string) =>
  usePauseMutation(participantId, () =>
    api.post<ReminderPauses>(`/api/participants/${seg(participantId)}/reminder-pause/end`),
  );
