import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { createZodValidationPipe, ZodSerializerInterceptor } from 'nestjs-zod';
import { randomUUID } from 'node:crypto';
import { ApiError } from './common/api-error';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { CsrfGuard } from './common/csrf';
import { redactUrl, requestLogProps } from './common/request-log';
import { SessionAuthGuard } from './common/session-auth.guard';
import { fieldErrors } from './common/zod-validation';
import type { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import type { Database } from './database/data-source';
import { AdminModule } from './modules/admin/admin.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { DemoModule } from './modules/demo/demo.module';
import { HealthModule } from './modules/health/health.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MessagesModule } from './modules/messages/messages.module';
import { DraftsModule } from './modules/drafts/drafts.module';
import { DeliveryModule } from './modules/notifications/delivery.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OidcModule } from './modules/oidc/oidc.module';
import { RequestMailsModule } from './modules/notifications/request-mails/request-mails.module';
import { RateLimitGuard } from './modules/rate-limits/rate-limit.guard';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { RequestsModule } from './modules/requests/requests.module';
import { RoutingModule } from './modules/routing/routing.module';
import { RoutingRulesModule } from './modules/routing-rules/routing-rules.module';
import { ServiceQuestionsModule } from './modules/service-questions/service-questions.module';
import { TriageModule } from './modules/triage/triage.module';
import type { ZodError } from 'zod';

const ZodValidationPipe = createZodValidationPipe({
  createValidationException: (error) => ApiError.validation(fieldErrors(error as ZodError)),
});

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req, res) => {
              const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (req) => req.url?.startsWith('/api/health') ?? false },
            // One line per request without personal data: no cookies, tokens, bodies or search
            // text; who asked is the user id alone.
            customProps: requestLogProps,
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: redactUrl(req.url),
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => database.dataSource,
        }),
        RateLimitsModule,
        AuditModule,
        NotificationsModule,
        RequestMailsModule,
        // With delivery off, separate worker processes (worker.ts) send the outbox.
        ...(config.MAIL_DELIVERY === 'inline' ? [DeliveryModule] : []),
        HealthModule,
        AuthModule,
        InvitationsModule,
        OidcModule.forRoot(config),
        CatalogueModule,
        ServiceQuestionsModule,
        RequestsModule,
        DraftsModule,
        MessagesModule,
        AttachmentsModule,
        TriageModule,
        RoutingModule,
        RoutingRulesModule,
        AdminModule,
        ...(config.demo ? [DemoModule] : []),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        // Order matters: no session is a 401 before a missing CSRF token is a 403, and only
        // calls that pass both count against a rate limit.
        { provide: APP_GUARD, useClass: SessionAuthGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
