import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddReferenceInput,
  Area,
  BookInterviewInput,
  CreateAreaInput,
  DecideVolunteerInput,
  LanguageFriendInterestState,
  PauseVolunteerInput,
  PublicRegistrationForm,
  RecordExtractInput,
  RecordInterviewInput,
  RegisterVolunteerInput,
  RegistrationReceipt,
  SaveLanguageFriendInterestInput,
  UpdateAreaInput,
  UpdateVolunteerInput,
  Volunteer,
  VolunteerStatus,
  VolunteerSummary,
} from '#shared/volunteers.ts';
import { api, queryString, seg } from '#web/lib/api.ts';

const publicPath = (unitId: string) => `/api/public/units/${seg(unitId)}/language-friends`;

export const useRegistrationForm = (unitId: string) =>
  useQuery({
    queryKey: ['public', 'language-friends', unitId],
    queryFn: () => api.get<z.output<typeof PublicRegistrationForm>>(publicPath(unitId)),
    retry: false,
  });

export const useRegisterVolunteer = (unitId: string) =>
  useMutation({
    mutationFn: (input: z.input<typeof RegisterVolunteerInput>) =>
      api.post<z.output<typeof RegistrationReceipt>>(publicPath(unitId), input),
  });

const volunteersKey = ['volunteers'] as const;

export const useVolunteers = (status: VolunteerStatus | undefined) =>
  useQuery({
    queryKey: [...volunteersKey, 'list', status ?? 'all'],
    queryFn: () => api.get<VolunteerSummary[]>(`/api/volunteers${queryString({ status })}`),
  });

export const useVolunteer = (id: string) =>
  useQuery({
    queryKey: [...volunteersKey, id],
    queryFn: () => api.get<Volunteer>(`/api/volunteers/${seg(id)}`),
  });

/** One screening step; the volunteer and the list are fetched again whether it worked or not (409: stale). */
function useStep<I>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => api.post<Volunteer>(`/api/volunteers/${seg(id)}/${path}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: volunteersKey }),
  });
}

type In<S extends z.ZodType> = z.input<S>;
export const useBookInterview = (id: string) => useStep<In<typeof BookInterviewInput>>(id, 'interview');
export const useRecordInterview = (id: string) =>
  useStep<In<typeof RecordInterviewInput>>(id, 'interview-record');
export const useAddReference = (id: string) => useStep<In<typeof AddReferenceInput>>(id, 'references');
export const useRecordExtract = (id: string) => useStep<In<typeof RecordExtractInput>>(id, 'record-extract');
export const useDecideVolunteer = (id: string) => useStep<In<typeof DecideVolunteerInput>>(id, 'decision');
export const usePauseVolunteer = (id: string, pause: boolean) =>
  useStep<In<typeof PauseVolunteerInput>>(id, pause ? 'pause' : 'resume');
export function useUpdateVolunteer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: In<typeof UpdateVolunteerInput>) =>
      api.patch<Volunteer>(`/api/volunteers/${seg(id)}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: volunteersKey }),
  });
}
export const useEraseVolunteer = (id: string) => useStep<{ version: number }>(id, 'erase');

const areasKey = ['language-friend-areas'] as const;

export const useAreas = () =>
  useQuery({ queryKey: areasKey, queryFn: () => api.get<Area[]>('/api/language-friend-areas') });

export function useCreateArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: In<typeof CreateAreaInput>) => api.post<Area>('/api/language-friend-areas', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: areasKey }),
  });
}

export function useUpdateArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: In<typeof UpdateAreaInput> & { id: string }) =>
      api.patch<Area>(`/api/language-friend-areas/${seg(id)}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: areasKey }),
  });
}

const interestKey = (participantId: string) => ['participants', participantId, 'language-friend'] as const;
const interestPath = (participantId: string) =>
  `/api/participants/${seg(participantId)}/language-friend-interest`;

export const useLanguageFriendInterest = (participantId: string) =>
  useQuery({
    queryKey: interestKey(participantId),
    queryFn: () => api.get<LanguageFriendInterestState>(interestPath(participantId)),
  });

export function useSaveLanguageFriendInterest(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: In<typeof SaveLanguageFriendInterestInput>) =>
      api.put<LanguageFriendInterestState>(interestPath(participantId), input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: interestKey(participantId) }),
  });
}
