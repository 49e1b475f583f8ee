import fs from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/routes.ts';
import { participantAccessRoutes } from './participant-access/routes.ts';
import { participantAppRoutes } from './participant-app/routes.ts';
import { conversationRoutes } from './conversations/routes.ts';
import { registerAuthHooks } from './auth/hooks.ts';
import { authRoutes } from './auth/routes.ts';
import type { Config } from './config.ts';
import type { Db } from './db/types.ts';
import { sealAudit } from './lib/audit.ts';
import { AppError } from './lib/errors.ts';
import { newId } from './lib/ids.ts';
import { webRoot } from './lib/paths.ts';
import { sendProblem } from './lib/problem.ts';
import { participantImportRoutes } from './participant-import/routes.ts';
import { participantRoutes } from './participants/routes.ts';
import { samePersonRoutes } from './same-person/routes.ts';
import { programmeRoutes } from './programmes/routes.ts';
import { employerRoutes } from './employers/routes.ts';
import { placementRoutes } from './placements/routes.ts';
import { meetingRoutes } from './meetings/routes.ts';
import { dashboardRoutes } from './dashboards/routes.ts';
import { lessonRoutes } from './lessons/routes.ts';
import { myLessonRoutes } from './lessons/my-routes.ts';
import { funderReportRoutes } from './funder-report/routes.ts';
import { milestoneRoutes } from './milestones/routes.ts';
import { volunteerRoutes } from './volunteers/routes.ts';
import { enrolmentRoutes } from './enrolments/routes.ts';
import { consentRoutes } from './consents/routes.ts';
import { teamRoutes } from './teams/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { journalRoutes } from './journal/routes.ts';
import { contactRoutes } from './contacts/routes.ts';
import { accessLogRoutes } from './access-log/routes.ts';
import { activityRoutes } from './activities/routes.ts';
import { calendarRoutes } from './calendar/routes.ts';
import { scheduleRoutes } from './schedule/routes.ts';
import { reminderRoutes } from './reminders/routes.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { planRoutes } from './plans/routes.ts';
import { looseThreadRoutes } from './loose-threads/routes.ts';
import { setupRoutes } from './setup/routes.ts';
import { systemRoutes } from './system/routes.ts';
import { unitRoutes } from './units/routes.ts';
import { userRoutes } from './users/routes.ts';
import './lib/http.ts';

/** The one place where the server is wired together. */
export async function createApp({ db, config }: { db: Db; config: Config }) {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: () => newId(),
    requestIdHeader: false,
    bodyLimit: 256 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('config', config);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rödtråd API',
        version: '0.1.0',
        description:
          'Signed-in calls carry the session cookie; calls that change anything also carry the `x-csrf-token` header from `GET /api/session`. Errors are RFC 9457 problem details.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rodtrad_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api-docs', staticCSP: true });

  app.setErrorHandler(sendProblem);
  app.setNotFoundHandler((request, reply) => {
    // A missing built asset is a 404, not the app's page: a browser would keep that page as the asset for good.
    const asset = request.url.startsWith('/assets/');
    if (request.url.startsWith('/api/') || asset || request.method !== 'GET' || !fs.existsSync(webRoot)) {
      return sendProblem(
        new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`),
        request,
        reply,
      );
    }
    // The web apps route on the client: every other GET gets its page, the participant app's under /app.
    const path = request.url.split(/[?#]/)[0]!;
    const participantApp = path === '/app' || path.startsWith('/app/');
    return reply.type('text/html').sendFile(participantApp ? 'participant-app/index.html' : 'index.html');
  });

  // Seal new audit entries into the hash chain every second (any one of several servers may do it).
  let sealer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sealer = setInterval(() => {
      sealAudit(db).catch((error) => app.log.error({ err: error }, 'audit sealing failed'));
    }, 1000).unref();
  });
  app.addHook('onClose', async () => clearInterval(sealer));

  // Background work (reminders and the outbox), shared through the job queue by however many servers run.
  let worker: { stop(): Promise<void> } | undefined;
  if (config.jobs) {
    app.addHook('onReady', async () => {
      const { startWorker } = await import('./jobs/worker.ts');
      worker = startWorker(db, config, app.log);
    });
    app.addHook('onClose', async () => worker?.stop());
  }

  registerAuthHooks(app);
  await app.register(systemRoutes);
  await app.register(setupRoutes);
  await app.register(authRoutes);
  await app.register(unitRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(participantImportRoutes);
  await app.register(participantRoutes);
  await app.register(samePersonRoutes);
  await app.register(programmeRoutes);
  await app.register(employerRoutes);
  await app.register(placementRoutes);
  await app.register(meetingRoutes);
  await app.register(dashboardRoutes);
  await app.register(funderReportRoutes);
  await app.register(milestoneRoutes);
  await app.register(volunteerRoutes);
  await app.register(enrolmentRoutes);
  await app.register(consentRoutes);
  await app.register(teamRoutes);
  await app.register(notificationRoutes);
  await app.register(journalRoutes);
  await app.register(contactRoutes);
  await app.register(accessLogRoutes);
  await app.register(activityRoutes);
  await app.register(calendarRoutes);
  await app.register(scheduleRoutes);
  await app.register(reminderRoutes);
  await app.register(assessmentRoutes);
  await app.register(planRoutes);
  await app.register(looseThreadRoutes);
  await app.register(participantAccessRoutes);
  await app.register(participantAppRoutes);
  await app.register(lessonRoutes);
  await app.register(myLessonRoutes);
  await app.register(conversationRoutes);

  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (fs.existsSync(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz copies beside each file (vite.config.ts).
      preCompressed: true,
    });
    // Built assets carry a content hash in their names, so browsers may keep them for good. Set when the answer
    // is sent: @fastify/static writes its own cache-control after `setHeaders`, which is why that never took.
    app.addHook('onSend', async (request, reply) => {
      if (reply.statusCode === 200 && request.url.startsWith('/assets/'))
        reply.header('cache-control', 'public, max-age=31536000, immutable');
    });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof createApp>>;
