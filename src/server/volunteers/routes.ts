import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  AddReferenceInput,
  Area,
  BookInterviewInput,
  CreateAreaInput,
  DecideVolunteerInput,
  LanguageFriendInterestState,
  PauseVolunteerInput,
  PublicRegistrationForm,
  PublicUnitParams,
  RecordExtractInput,
  RecordInterviewInput,
  RegisterVolunteerInput,
  RegistrationReceipt,
  SaveLanguageFriendInterestInput,
  UpdateAreaInput,
  UpdateVolunteerInput,
  VersionInput,
  Volunteer,
  VolunteersQuery,
  VolunteerSummary,
} from '#shared/volunteers.ts';
import { ctxOf, systemCtxOf } from '../lib/http.ts';
import { createArea, listAreas, updateArea } from './areas.ts';
import { languageFriendMatchRoutes } from './match-routes.ts';
import { getLanguageFriendInterest, saveLanguageFriendInterest } from './interest.ts';
import { readRegistrationForm, registerVolunteer } from './registration.ts';
import {
  addReference,
  bookInterview,
  decideVolunteer,
  eraseVolunteer,
  getVolunteer,
  listVolunteers,
  pauseVolunteer,
  recordExtractSeen,
  recordInterview,
  updateVolunteer,
} from './service.ts';

const tags = ['language friends'];
const conflictNote = '409 `version_conflict` carries the volunteer as `current`.';

/** A registration is a few kilobytes; anything far larger is refused with 413 before it is parsed. */
const registrationBodyLimit = 16 * 1024;

export const volunteerRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(languageFriendMatchRoutes);
  // The public page: no sign-in, rate limited like sign-in, and scoped to the unit in the address.
  const publicLimit = { max: app.config.authRateLimit, timeWindow: '1 minute' };
  app.get(
    '/api/public/units/:unitId/language-friends',
    {
      config: { auth: 'public', rateLimit: publicLimit },
      schema: {
        tags,
        description: 'The unit’s public name and the areas a volunteer can choose; 404 for an unknown unit.',
        params: PublicUnitParams,
        response: { 200: PublicRegistrationForm },
      },
    },
    async (request) => readRegistrationForm(app.db, request.params.unitId),
  );
  app.post(
    '/api/public/units/:unitId/language-friends',
    {
      bodyLimit: registrationBodyLimit,
      config: { auth: 'public', rateLimit: publicLimit },
      schema: {
        tags,
        description:
          'Registers interest as a language friend. Consent must be `true`; an e-mail address or a phone ' +
          'number is needed; a confirmation goes out through the outbox in the chosen language. Only a ' +
          'receipt comes back. `website` is a honeypot: when filled in, the answer is the same and nothing ' +
          'is stored.',
        params: PublicUnitParams,
        body: RegisterVolunteerInput,
        response: { 201: RegistrationReceipt },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerVolunteer(app.db, systemCtxOf(request), request.params.unitId, request.body)),
  );

  app.get(
    '/api/volunteers',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        description: 'The unit’s volunteers, new registrations first, then newest first; `status` filters.',
        querystring: VolunteersQuery,
        response: { 200: z.array(VolunteerSummary) },
      },
    },
    async (request) => listVolunteers(ctxOf(request), request.query),
  );
  app.get(
    '/api/volunteers/:id',
    {
      config: { permission: 'volunteers.read' },
      schema: {
        tags,
        description: 'One volunteer with her references and status history.',
        params: IdParams,
        response: { 200: Volunteer },
      },
    },
    async (request) => getVolunteer(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/volunteers/:id',
    {
      config: { permission: 'volunteers.manage' },
      schema: {
        tags,
        description: `Corrects the profile fields given. ${conflictNote}`,
        params: IdParams,
        body: UpdateVolunteerInput,
        response: { 200: Volunteer },
      },
    },
    async (request) => updateVolunteer(ctxOf(request), request.params.id, request.body),
  );
  const step = <S extends z.ZodType>(
    path: string,
    description: string,
    body: S,
    run: (ctx: ReturnType<typeof ctxOf>, id: string, body: z.output<S>) => Promise<Volunteer>,
  ) =>
    app.post(
      `/api/volunteers/:id/${path}`,
      {
        config: { permission: 'volunteers.manage' },
        schema: { tags, description, params: IdParams, body, response: { 200: Volunteer } },
      },
      async (request) => run(ctxOf(request), request.params.id, request.body as z.output<S>),
    );
  step(
    'interview',
    `Books (or moves) the intake interview. ${conflictNote}`,
    BookInterviewInput,
    bookInterview,
  );
  step(
    'interview-record',
    `Records that the booked intake interview was held, with notes. ${conflictNote}`,
    RecordInterviewInput,
    recordInterview,
  );
  step(
    'record-extract',
    `The date a criminal-record extract was seen. Only the date is kept, never a copy. ${conflictNote}`,
    RecordExtractInput,
    recordExtractSeen,
  );
  step(
    'references',
    'Adds a reference: name, relation, when contacted and the outcome.',
    AddReferenceInput,
    addReference,
  );
  step(
    'decision',
    'Approves (after a held interview and a seen record extract; 409 otherwise) or declines with a reason. ' +
      conflictNote,
    DecideVolunteerInput,
    decideVolunteer,
  );
  step('pause', `Pauses an approved volunteer. ${conflictNote}`, PauseVolunteerInput, (ctx, id, body) =>
    pauseVolunteer(ctx, id, body, true),
  );
  step('resume', `Resumes a paused volunteer. ${conflictNote}`, PauseVolunteerInput, (ctx, id, body) =>
    pauseVolunteer(ctx, id, body, false),
  );
  step(
    'erase',
    'She asked to be removed: erases her personal data, references and confirmation message, keeping a ' +
      `tombstone (id, unit, status, when). Cannot be undone. ${conflictNote}`,
    VersionInput,
    (ctx, id, body) => eraseVolunteer(ctx, id, body.version),
  );

  app.get(
    '/api/language-friend-areas',
    {
      config: { permission: 'language_friend_interest.read' },
      schema: {
        tags,
        description: 'The unit’s areas (districts) with coordinates, active and inactive.',
        response: { 200: z.array(Area) },
      },
    },
    async (request) => listAreas(ctxOf(request)),
  );
  app.post(
    '/api/language-friend-areas',
    {
      config: { permission: 'areas.manage' },
      schema: { tags, description: 'Adds an area.', body: CreateAreaInput, response: { 201: Area } },
    },
    async (request, reply) => reply.status(201).send(await createArea(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/language-friend-areas/:id',
    {
      config: { permission: 'areas.manage' },
      schema: {
        tags,
        description:
          'Renames, moves or (in)activates an area. 409 `version_conflict` carries it as `current`.',
        params: IdParams,
        body: UpdateAreaInput,
        response: { 200: Area },
      },
    },
    async (request) => updateArea(ctxOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/participants/:id/language-friend-interest',
    {
      config: { permission: 'language_friend_interest.read' },
      schema: {
        tags,
        description:
          'Her wish for a language friend, the number of saves (`version`) and whether she is eligible ' +
          '(18 or older by the birth date in the register).',
        params: IdParams,
        response: { 200: LanguageFriendInterestState },
      },
    },
    async (request) => getLanguageFriendInterest(ctxOf(request), request.params.id),
  );
  app.put(
    '/api/participants/:id/language-friend-interest',
    {
      config: { permission: 'language_friend_interest.write' },
      schema: {
        tags,
        description:
          'Saves her wish (kept as history). Marking her interested when she is under 18, or her birth date ' +
          'is unknown, answers 409 `conflict` with `reason`. 409 `version_conflict` carries the state as ' +
          '`current`.',
        params: IdParams,
        body: SaveLanguageFriendInterestInput,
        response: { 200: LanguageFriendInterestState },
      },
    },
    async (request) => saveLanguageFriendInterest(ctxOf(request), request.params.id, request.body),
  );
};
