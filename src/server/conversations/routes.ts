import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/common.ts';
import {
  Conversation,
  ConversationMessage,
  NewConversationMessage,
  UnreadCount,
} from '#shared/conversations.ts';
import { ctxOf } from '../lib/http.ts';
import { participantCtxOf } from '../participant-access/hook.ts';
import { countMyUnread, getMyConversation, sendMyMessage } from './self.ts';
import { countUnreadFromHer, getConversation, sendStaffMessage } from './service.ts';

const tags = ['conversations'];
const appTags = ['participant app'];

export const conversationRoutes: FastifyPluginAsyncZod = async (app) => {
  // The team's side, from her case file.
  app.get(
    '/api/participants/:id/conversation',
    {
      config: { permission: 'conversations.read' },
      schema: {
        tags,
        description:
          'Samtal: her conversation with the team, the latest 200 messages oldest first. Opening it marks her ' +
          'messages read by the team (she sees when, not by whom); `newCount` says how many were unread.',
        params: IdParams,
        response: { 200: Conversation },
      },
    },
    async (request) => getConversation(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/participants/:id/conversation/unread',
    {
      config: { permission: 'conversations.read' },
      schema: {
        tags,
        description: 'How many of her messages nobody in the team has read yet; marks nothing.',
        params: IdParams,
        response: { 200: UnreadCount },
      },
    },
    async (request) => countUnreadFromHer(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/conversation/messages',
    {
      config: { permission: 'conversations.write' },
      schema: {
        tags,
        description:
          'Writes to her as the caller. If she uses the app she is told by SMS or e-mail that the team wrote ' +
          '(never the text), once for each run of messages she has not read, held while her reminders are paused.',
        params: IdParams,
        body: NewConversationMessage,
        response: { 201: ConversationMessage },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await sendStaffMessage(ctxOf(request), app.config.publicUrl, request.params.id, request.body.body),
        ),
  );

  // Her side, in the participant app: her id comes from her session only.
  app.get(
    '/api/me/conversation',
    {
      config: { auth: 'participant' },
      schema: {
        tags: appTags,
        description: 'Her conversation with her team; opening it marks the team’s messages read by her.',
        response: { 200: Conversation },
      },
    },
    async (request) => getMyConversation(participantCtxOf(request)),
  );
  app.get(
    '/api/me/conversation/unread',
    {
      config: { auth: 'participant' },
      schema: {
        tags: appTags,
        description: 'How many of the team’s messages she has not read yet; marks nothing.',
        response: { 200: UnreadCount },
      },
    },
    async (request) => countMyUnread(participantCtxOf(request)),
  );
  app.post(
    '/api/me/conversation/messages',
    {
      config: { auth: 'participant' },
      schema: {
        tags: appTags,
        description: 'A message from her to the team of her unit.',
        body: NewConversationMessage,
        response: { 201: ConversationMessage },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendMyMessage(participantCtxOf(request), request.body.body)),
  );
};
