import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/common.ts';
import {
  CreateEmployerInput,
  Employer,
  EmployerListQuery,
  EmployerPage,
  UpdateEmployerInput,
} from '#shared/employers.ts';
import { ctxOf } from '../lib/http.ts';
import { createEmployer, getEmployer, listEmployers, updateEmployer } from './service.ts';

const tags = ['employers'];

export const employerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/employers',
    {
      config: { permission: 'employers.read' },
      schema: {
        tags,
        description: 'The unit’s employers, by name or the start of an organisation number, and by offer.',
        querystring: EmployerListQuery,
        response: { 200: EmployerPage },
      },
    },
    async (request) => listEmployers(ctxOf(request), request.query),
  );
  app.get(
    '/api/employers/:id',
    {
      config: { permission: 'employers.read' },
      schema: { tags, params: IdParams, response: { 200: Employer } },
    },
    async (request) => getEmployer(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/employers',
    {
      config: { permission: 'employers.write' },
      schema: {
        tags,
        description:
          'Registers an employer. 409 `organisation_number_taken` carries the unit’s employer with that number ' +
          'as `existing`.',
        body: CreateEmployerInput,
        response: { 201: Employer },
      },
    },
    async (request, reply) => reply.status(201).send(await createEmployer(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/employers/:id',
    {
      config: { permission: 'employers.write' },
      schema: {
        tags,
        description:
          'Changes the fields given; addresses, contacts and offers are replaced whole. 409 `version_conflict` ' +
          'carries the current record as `current`.',
        params: IdParams,
        body: UpdateEmployerInput,
        response: { 200: Employer },
      },
    },
    async (request) => updateEmployer(ctxOf(request), request.params.id, request.body),
  );
};
