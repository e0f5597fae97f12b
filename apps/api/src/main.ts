import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import session from 'express-session';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import passport from 'passport';
import { AppModule } from './app.module';
import { CSRF_PROTECTION, type CsrfProtection, issueCsrfCookie } from './common/csrf';
import { setUpOpenApi } from './common/openapi';
import { portalDirectory, servePortal } from './common/portal-static';
import { ConfigError, loadConfig } from './config/app.config';
import { isSecure } from './config/config.module';
import { closeDatabase, openDatabase } from './database/data-source';
import { SESSION_COOKIE } from './modules/auth/auth.service';
import { TypeormSessionStore } from './modules/auth/typeorm-session.store';

const JSON_BODY_LIMIT = '1mb';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(helmet());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(cookieParser());
  const ttlMs = config.SESSION_TTL_HOURS * 3600_000;
  const store = new TypeormSessionStore(database.dataSource, {
    idleMs: ttlMs,
    maxAgeMs: config.SESSION_MAX_HOURS * 3600_000,
  });
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.SESSION_SECRET,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(config),
        maxAge: ttlMs,
        path: '/',
      },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(issueCsrfCookie(app.get<CsrfProtection>(CSRF_PROTECTION)));
  app.setGlobalPrefix('api');
  setUpOpenApi(app);
  const portalDir = portalDirectory(config);
  if (portalDir) servePortal(app, portalDir);

  const pruneTimer = setInterval(
    () => void store.pruneExpired().catch(() => undefined),
    3600_000,
  ).unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.get(Logger).log(`${signal} received: finishing requests and mail delivery, then stopping`);
    clearInterval(pruneTimer);
    await app.close();
    await closeDatabase(database);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.PORT, config.HOST);
  app
    .get(Logger)
    .log(
      `BGB portal listening on port ${config.PORT}, public address ${config.PUBLIC_URL} (${config.APP_MODE} mode, ${config.embeddedDatabase ? `embedded database in ${config.DATA_DIR}` : 'PostgreSQL'})`,
    );
}

bootstrap().catch((error: unknown) => {
  // A bad configuration is the operator's to fix: say what is wrong, without a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
