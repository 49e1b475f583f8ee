import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CancelMeetingInput,
  CreateMeetingInput,
  Meeting,
  UpdateMeetingInput,
} from '#shared/meetings.ts';
import { api, seg } from '#web/lib/api.ts';

export const meetingsKey = (participantId: string) => ['participants', participantId, 'meetings'] as const;
const path = (participantId: string, meetingId?: string) =>
  `/api/participants/${seg(participantId)}/meetings${meetingId ? `/${seg(meetingId)}` : ''}`;

export const useMeetings = (participantId: string) =>
  useQuery({
    queryKey: meetingsKey(participantId),
    queryFn: () => api.get<Meeting[]>(path(participantId)),
  });

/** Any change to one meeting: the list is fetched again whether it worked or not (a 409 means it is stale). */
function useMeetingChange<I>(participantId: string, call: (input: I) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: meetingsKey(participantId) }),
  });
}

export const useBookMeeting = (participantId: string) =>
  useMeetingChange(participantId, (input: CreateMeetingInput) =>
    api.post<Meeting>(path(participantId), input),
  );

export const useUpdateMeeting = (participantId: string) =>
  useMeetingChange(participantId, ({ id, ...input }: UpdateMeetingInput & { id: string }) =>
    api.patch<Meeting>(path(participantId, id), input),
  );

export const useCancelMeeting = (participantId: string) =>
  useMeetingChange(participantId, ({ id, ...input }: CancelMeetingInput & { id: string }) =>
    api.post<Meeting>(`${path(participantId, id)}/cancel`, input),
  );

export const useMarkMeetingHeld = (participantId: string) =>
  useMeetingChange(participantId, ({ id, version }: { id: string; version: number }) =>
    api.post<Meeting>(`${path(participantId, id)}/held`, { version }),
  );
