import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ScheduleEvent } from '#shared/schedule.ts';
import { api, seg } from '#web/lib/api.ts';

type Period = { from: string; to: string };

const range = (p: Period) => `from=${p.from}&to=${p.to}`;

export const useParticipantSchedule = (participantId: string, period: Period) =>
  useQuery({
    queryKey: ['participants', participantId, 'schedule', period.from, period.to],
    queryFn: () =>
      api.get<ScheduleEvent[]>(`/api/participants/${seg(participantId)}/schedule?${range(period)}`),
    placeholderData: keepPreviousData,
  });

export const useOwnSchedule = (period: Period) =>
  useQuery({
    queryKey: ['schedule', period.from, period.to],
    queryFn: () => api.get<ScheduleEvent[]>(`/api/schedule?${range(period)}`),
    placeholderData: keepPreviousData,
  });
