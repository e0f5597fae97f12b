import { Global, Inject, Module, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { DeliveryWorker, MAIL_TRANSPORT } from './delivery.worker';
import { DigestController } from './digest.controller';
import { DigestScheduler } from './digest.scheduler';
import { DigestService } from './digest.service';
import { InAppNotificationsController } from './in-app-notifications.controller';
import { InAppNotificationsService } from './in-app-notifications.service';
import { MailCatcher } from './mail-catcher';
import { MailTemplates } from './mail-templates';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationRouter } from './notification-router';
import { OutboxService } from './outbox.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-token';

/** Demo mode without SMTP_URL gets the built-in catcher; otherwise real SMTP. */
const catcherProvider = {
  provide: MailCatcher,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => (config.demo && !config.SMTP_URL ? new MailCatcher() : null),
};

const transportProvider = {
  provide: MAIL_TRANSPORT,
  inject: [APP_CONFIG, MailCatcher],
  useFactory: async (config: AppConfig, catcher: MailCatcher | null) => {
    const url = catcher ? await catcher.start() : config.SMTP_URL;
    return createTransport(url);
  },
};

const unsubscribeTokensProvider = {
  provide: UnsubscribeTokens,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new UnsubscribeTokens(config.SESSION_SECRET),
};

@Global()
@Module({
  controllers: [NotificationPreferencesController, InAppNotificationsController, UnsubscribeController, DigestController],
  providers: [
    MailTemplates,
    OutboxService,
    NotificationRouter,
    unsubscribeTokensProvider,
    NotificationPreferencesService,
    InAppNotificationsService,
    DigestService,
    DigestScheduler,
    catcherProvider,
    transportProvider,
    DeliveryWorker,
  ],
  exports: [OutboxService, MailCatcher],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(MailCatcher) private readonly catcher: MailCatcher | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.catcher?.stop();
  }
}
