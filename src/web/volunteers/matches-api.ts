import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AlternativesView,
  EndMatchInput,
  FeedbackInput,
  LanguageFriendFigures,
  LogMeetingInput,
  Match,
  MatchSummary,
  ProposalsView,
  StartTrialInput,
  VolunteerEndInput,
  VolunteerMatchView,
  IntroduceMatchInput,
} from '#shared/language-friends.ts';
import { api, queryString, seg } from '#web/lib/api.ts';

const matchesKey = ['language-friend-matches'] as const;
const proposalsKey = ['language-friend-proposals'] as const;

export const useProposals = () =>
  useQuery({
    queryKey: proposalsKey,
    queryFn: () => api.get<ProposalsView>('/api/language-friend-proposals'),
  });

export const useAlternatives = (participantId: string | null) =>
  useQuery({
    queryKey: [...proposalsKey, 'alternatives', participantId],
    queryFn: () =>
      api.get<AlternativesView>(
        `/api/language-friend-proposals/alternatives${queryString({ participantId })}`,
      ),
    enabled: participantId !== null,
  });

/** After any change, proposals, matches and volunteers (their free places) are fetched again. */
function useInvalidate() {
  const queryClient = useQueryClient();
  // Not awaited: an accepted proposal leaves the refetched list, and the caller's onSuccess (which opens the
  // new match) must still run, which it would not once its component had unmounted.
  return () => {
    void queryClient.invalidateQueries({ queryKey: proposalsKey });
    void queryClient.invalidateQueries({ queryKey: matchesKey });
    void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
    void queryClient.invalidateQueries({ queryKey: ['participants'] });
  };
}

export function useAcceptPair() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { volunteerId: string; participantId: string }) =>
      api.post<Match>('/api/language-friend-matches', input),
    onSettled: invalidate,
  });
}

export function useRejectPair() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { volunteerId: string; participantId: string; reason: string }) =>
      api.post<void>('/api/language-friend-proposals/reject', input),
    onSettled: invalidate,
  });
}

export const useMatches = (query: { volunteerId?: string } = {}) =>
  useQuery({
    queryKey: [...matchesKey, 'list', query.volunteerId ?? 'all'],
    queryFn: () => api.get<MatchSummary[]>(`/api/language-friend-matches${queryString(query)}`),
  });

export const useParticipantMatches = (participantId: string) =>
  useQuery({
    queryKey: [...matchesKey, 'participant', participantId],
    queryFn: () => api.get<MatchSummary[]>(`/api/participants/${seg(participantId)}/language-friend-matches`),
  });

export const useMatch = (id: string) =>
  useQuery({
    queryKey: [...matchesKey, id],
    queryFn: () => api.get<Match>(`/api/language-friend-matches/${seg(id)}`),
  });

/** One step of a match; the match is fetched again whether it worked or not (409: stale). */
function useMatchStep<I>(id: string, path: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: I) => api.post<Match>(`/api/language-friend-matches/${seg(id)}/${path}`, input),
    onSettled: invalidate,
  });
}

type In<S extends z.ZodType> = z.input<S>;
export const useIntroduce = (id: string) => useMatchStep<IntroduceMatchInput>(id, 'introduce');
export const useStartTrial = (id: string) => useMatchStep<In<typeof StartTrialInput>>(id, 'start-trial');
export const useConfirmMatch = (id: string) => useMatchStep<{ version: number }>(id, 'confirm');
export const useEndMatch = (id: string) => useMatchStep<In<typeof EndMatchInput>>(id, 'end');
export const useLogMeeting = (id: string) => useMatchStep<LogMeetingInput>(id, 'meetings');
export const useResendLink = (id: string) => useMatchStep<Record<string, never>>(id, 'resend-link');
export const useRevokeLink = (id: string) => useMatchStep<Record<string, never>>(id, 'revoke-link');

export const useFigures = (from: string, to: string) =>
  useQuery({
    queryKey: ['language-friend-figures', from, to],
    queryFn: () => api.get<LanguageFriendFigures>(`/api/language-friend-figures${queryString({ from, to })}`),
  });

// The volunteer's page, through her link.
const linkPath = (token: string) => `/api/language-friend-links/${seg(token)}`;

export const useVolunteerLink = (token: string) =>
  useQuery({
    queryKey: ['language-friend-link', token],
    queryFn: () => api.get<VolunteerMatchView>(linkPath(token)),
    enabled: token !== '',
    retry: false,
  });

function useLinkStep<I>(token: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => api.post<void>(`${linkPath(token)}/${path}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['language-friend-link', token] }),
  });
}
export const useLinkLogMeeting = (token: string) => useLinkStep<LogMeetingInput>(token, 'meetings');
export const useLinkFeedback = (token: string) => useLinkStep<FeedbackInput>(token, 'feedback');
export const useLinkEnd = (token: string) => useLinkStep<In<typeof VolunteerEndInput>>(token, 'end');
