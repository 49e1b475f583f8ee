import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '#shared/problem.ts';
import { AppError, errorStatus, type ErrorCode } from './errors.ts';

const titles: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation: 'Invalid input',
  role_unit_mismatch: 'Role and unit do not fit',
  unauthenticated: 'Not signed in',
  second_factor_required: 'Two-factor code required',
  forbidden: 'Not allowed',
  account_disabled: 'Account disabled',
  no_role: 'No role',
  no_account: 'No account',
  csrf: 'Missing or wrong CSRF token',
  not_found: 'Not found',
  conflict: 'Conflict',
  email_taken: 'E-mail address taken',
  name_taken: 'Name taken',
  two_factor_enabled: 'Two-factor already set up',
  version_conflict: 'Changed by someone else',
  possible_duplicate: 'Possibly already registered',
  identity_number_taken: 'Identity number already registered',
  organisation_number_taken: 'Organisation number already registered',
  participant_merged: 'Record merged into another',
  merge_blocked: 'Settle this before merging',
  session_past: 'The session has ended',
  double_booking: 'Booked at the same time',
  activity_full: 'The activity is full',
  gone: 'Gone',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  locked: 'Locked',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Unavailable',
};

function fastifyCode(error: FastifyError): ErrorCode | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'bad_request';
  }
  if (error.statusCode === 429) return 'rate_limited';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'bad_request';
  return null;
}

/** Every error leaves as RFC 9457 problem details; a stack trace never does. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  let problem: Problem;
  if (hasZodFastifySchemaValidationErrors(error)) {
    problem = {
      type: 'about:blank',
      title: titles.validation,
      status: 400,
      code: 'validation',
      detail: `Some fields in the ${error.validationContext ?? 'request'} are missing or invalid.`,
      errors: error.validation.map((v) => ({
        path: v.instancePath
          .split('/')
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: v.message ?? 'invalid',
        code: v.keyword,
      })),
    };
  } else if (error instanceof AppError) {
    problem = {
      type: 'about:blank',
      title: titles[error.code],
      status: error.status,
      code: error.code,
      detail: error.message,
    };
    if (typeof error.extra.retryAfter === 'number')
      reply.header('retry-after', String(error.extra.retryAfter));
    Object.assign(problem, error.extra);
  } else {
    const code = fastifyCode(error as FastifyError);
    if (code) {
      const status = code === 'bad_request' ? ((error as FastifyError).statusCode ?? 400) : errorStatus[code];
      problem = { type: 'about:blank', title: titles[code], status, code, detail: (error as Error).message };
    } else {
      request.log.error({ err: error }, 'unhandled error');
      problem = {
        type: 'about:blank',
        title: titles.internal,
        status: 500,
        code: 'internal',
        detail: 'Something went wrong on our side. The error has been logged with the request id.',
      };
    }
  }
  problem.instance = request.url.split('?')[0];
  problem.requestId = request.id;
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
