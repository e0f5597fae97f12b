import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { DigestController } from './digest.controller';
import { DigestService } from './digest.service';
import { InAppNotificationsController } from './in-app-notifications.controller';
import { InAppNotificationsService } from './in-app-notifications.service';
import { MailTemplates } from './mail-templates';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationRouter } from './notification-router';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-token';

const unsubscribeTokensProvider = {
  provide: UnsubscribeTokens,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new UnsubscribeTokens(config.SESSION_SECRET),
};

/**
 * Queues mails in the outbox (each to a person also as an in-app notification, by their
 * preferences) and serves the notification centre; sending is the delivery module's part.
 */
@Global()
@Module({
  controllers: [
    NotificationPreferencesController,
    InAppNotificationsController,
    UnsubscribeController,
    DigestController,
  ],
  providers: [
    MailTemplates,
    OutboxService,
    OutboxRepository,
    NotificationRouter,
    unsubscribeTokensProvider,
    NotificationPreferencesService,
    InAppNotificationsService,
    DigestService,
  ],
  exports: [OutboxService, OutboxRepository, DigestService, MailTemplates],
})
export class NotificationsModule {}
