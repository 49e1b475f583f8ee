import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  AlternativesQuery,
  AlternativesView,
  EndMatchInput,
  FeedbackInput,
  FiguresQuery,
  IntroduceMatchInput,
  LanguageFriendFigures,
  LinkTokenParams,
  LogMeetingInput,
  Match,
  MatchesQuery,
  MatchSummary,
  MatchVersionInput,
  myLanguageFriendSchema,
  PairInput,
  ProposalsView,
  RejectPairInput,
  StartTrialInput,
  VolunteerEndInput,
  VolunteerMatchView,
} from '#shared/language-friends.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import { ctxOf, systemCtxOf } from '../lib/http.ts';
import { participantCtxOf } from '../participant-access/hook.ts';
import { languageFriendFigures } from './figures.ts';
import { endByLink, feedbackByLink, logMeetingByLink, readVolunteerView } from './matches/link.ts';
import { getMyLanguageFriend, giveMyFeedback } from './matches/me.ts';
import { acceptPair, listAlternatives, rejectPair, runProposals } from './matches/proposals.ts';
import {
  confirmMatch,
  endMatch,
  getMatch,
  introduceMatch,
  listMatches,
  listParticipantMatches,
  logMeeting,
  resendLink,
  revokeLink,
  startTrial,
} from './matches/service.ts';

const tags = ['language friends'];
const conflictNote =
  '409 `version_conflict` carries the match as `current`; a step the status does not allow answers 409 ' +
  '`conflict` with `reason: illegal_transition`.';

export const languageFriendMatchRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicUrl = app.config.publicUrl;
  app.get(
    '/api/language-friend-proposals',
    {
      config: { permission: 'language_friend_matches.read' },
      schema: {
        tags,
        description:
          'Runs the matching engine for the unit: approved volunteers with a free place and adults waiting ' +
          'without an open match, less rejected pairs; each pair with its score and reasons.',
        response: { 200: ProposalsView },
      },
    },
    async (request) => runProposals(ctxOf(request)),
  );
  app.get(
    '/api/language-friend-proposals/alternatives',
    {
      config: { permission: 'language_friend_matches.read' },
      schema: {
        tags,
        description: 'Every eligible volunteer with a free place for one waiting participant, best first.',
        querystring: AlternativesQuery,
        response: { 200: AlternativesView },
      },
    },
    async (request) => listAlternatives(ctxOf(request), request.query.participantId),
  );
  app.post(
    '/api/language-friend-proposals/reject',
    {
      config: { permission: 'language_friend_matches.manage' },
      schema: {
        tags,
        description: 'Rejects a pair with a reason; it is not proposed again.',
        body: RejectPairInput,
      },
    },
    async (request, reply) => {
      await rejectPair(ctxOf(request), request.body);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/language-friend-matches',
    {
      config: { permission: 'language_friend_matches.manage' },
      schema: {
        tags,
        description:
          'Accepts a pair (proposed, or changed to another volunteer): a match with status `proposed`. Every ' +
          'rule is checked again: 409 `conflict` with `reason` otherwise.',
        body: PairInput,
        response: { 201: Match },
      },
    },
    async (request, reply) => reply.status(201).send(await acceptPair(ctxOf(request), request.body)),
  );
  app.get(
    '/api/language-friend-matches',
    {
      config: { permission: 'language_friend_matches.read' },
      schema: {
        tags,
        description: 'The unit’s matches, open first, newest first.',
        querystring: MatchesQuery,
        response: { 200: z.array(MatchSummary) },
      },
    },
    async (request) => listMatches(ctxOf(request), request.query),
  );
  app.get(
    '/api/language-friend-matches/:id',
    {
      config: { permission: 'language_friend_matches.read' },
      schema: {
        tags,
        description: 'One match with its introduction, log and check-ins.',
        params: IdParams,
        response: { 200: Match },
      },
    },
    async (request) => getMatch(ctxOf(request), request.params.id),
  );
  const matchStep = <S extends z.ZodType>(
    path: string,
    description: string,
    body: S,
    run: (ctx: ReturnType<typeof ctxOf>, id: string, body: z.output<S>) => Promise<Match>,
  ) =>
    app.post(
      `/api/language-friend-matches/:id/${path}`,
      {
        config: { permission: 'language_friend_matches.manage' },
        schema: { tags, description, params: IdParams, body, response: { 200: Match } },
      },
      async (request) => run(ctxOf(request), request.params.id, request.body as z.output<S>),
    );
  matchStep(
    'introduce',
    'Books the introduction as a meeting led by the caller (in her schedule and feed), sets what the volunteer ' +
      `sees and sends the volunteer her link. ${conflictNote}`,
    IntroduceMatchInput,
    introduceMatch(publicUrl),
  );
  matchStep(
    'start-trial',
    `The introduction was held on \`heldOn\`: the trial month starts that day. ${conflictNote}`,
    StartTrialInput,
    startTrial,
  );
  matchStep(
    'confirm',
    `Confirms the match after the trial month (409 \`trial_not_over\` before). ${conflictNote}`,
    MatchVersionInput,
    confirmMatch,
  );
  matchStep(
    'end',
    `Ends the match with the reason and who ended it. ${conflictNote}`,
    EndMatchInput,
    endMatch,
  );
  matchStep(
    'meetings',
    'Logs a meeting they had (day, what they did, hours), optionally with their next meeting.',
    LogMeetingInput,
    logMeeting,
  );
  matchStep(
    'resend-link',
    'Sends the volunteer a new link; the old one stops working.',
    z.strictObject({}),
    resendLink(publicUrl),
  );
  matchStep('revoke-link', 'The volunteer’s link stops working.', z.strictObject({}), revokeLink);

  app.get(
    '/api/participants/:id/language-friend-matches',
    {
      config: { permission: 'language_friend_interest.read' },
      schema: {
        tags,
        description: 'Her language-friend matches, newest first.',
        params: IdParams,
        response: { 200: z.array(MatchSummary) },
      },
    },
    async (request) => listParticipantMatches(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/language-friend-figures',
    {
      config: { permission: 'language_friend_matches.read' },
      schema: {
        tags,
        description: 'The unit’s figures: volunteers by status, matches, meetings and hours per month.',
        querystring: FiguresQuery,
        response: { 200: LanguageFriendFigures },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return inTenant(ctx, async (tx) => {
        const figures = await languageFriendFigures(tx, {
          unitIds: ctx.actor.unitId ? [ctx.actor.unitId] : [],
          ...request.query,
        });
        await audit(tx, ctx, { action: 'language_friend.figures', details: request.query });
        return figures;
      });
    },
  );

  // The volunteer's page: the token is the credential, so these are public and rate limited like sign-in.
  const linkLimit = { max: app.config.authRateLimit, timeWindow: '1 minute' };
  const linkConfig = { auth: 'public' as const, rateLimit: linkLimit };
  app.get(
    '/api/language-friend-links/:token',
    {
      config: linkConfig,
      schema: {
        tags,
        description:
          'What the volunteer sees of the match: the participant’s first name, what the coordinator shares, ' +
          'where they meet and when next. 404 for an unknown, replaced or revoked link or an ended match.',
        params: LinkTokenParams,
        response: { 200: VolunteerMatchView },
      },
    },
    async (request) => readVolunteerView(app.db, systemCtxOf(request), request.params.token),
  );
  const linkStep = <S extends z.ZodType>(
    path: string,
    description: string,
    body: S,
    run: (
      db: typeof app.db,
      ctx: ReturnType<typeof systemCtxOf>,
      token: string,
      body: z.output<S>,
    ) => Promise<void>,
  ) =>
    app.post(
      `/api/language-friend-links/:token/${path}`,
      { config: linkConfig, schema: { tags, description, params: LinkTokenParams, body } },
      async (request, reply) => {
        await run(app.db, systemCtxOf(request), request.params.token, request.body as z.output<S>);
        return reply.status(204).send();
      },
    );
  linkStep('meetings', 'The volunteer logs a meeting they had.', LogMeetingInput, logMeetingByLink);
  linkStep(
    'feedback',
    'The volunteer’s feedback at the check-in now due (409 `no_check_in_due` otherwise).',
    FeedbackInput,
    feedbackByLink,
  );
  linkStep(
    'end',
    'The volunteer ends the match with a reason; the link stops working.',
    VolunteerEndInput,
    endByLink,
  );

  // The participant app (her own session and context).
  app.get(
    '/api/me/language-friend',
    {
      config: { auth: 'participant' },
      schema: {
        tags: ['participant app'],
        description: 'Her open language-friend match, or null.',
        response: { 200: myLanguageFriendSchema },
      },
    },
    async (request) => getMyLanguageFriend(participantCtxOf(request)),
  );
  app.post(
    '/api/me/language-friend/feedback',
    {
      config: { auth: 'participant' },
      schema: {
        tags: ['participant app'],
        description: 'Her feedback at the check-in now due (409 `no_check_in_due` otherwise).',
        body: FeedbackInput,
      },
    },
    async (request, reply) => {
      await giveMyFeedback(participantCtxOf(request), request.body);
      return reply.status(204).send();
    },
  );
};
