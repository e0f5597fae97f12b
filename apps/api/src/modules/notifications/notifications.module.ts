import { Global, Inject, Module, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { DeliveryWorker, MAIL_TRANSPORT } from './delivery.worker';
import { MailCatcher } from './mail-catcher';
import { MailTemplates } from './mail-templates';
import { OutboxService } from './outbox.service';

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

@Global()
@Module({
  providers: [MailTemplates, OutboxService, catcherProvider, transportProvider, DeliveryWorker],
  exports: [OutboxService, MailCatcher, MailTemplates],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(MailCatcher) private readonly catcher: MailCatcher | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.catcher?.stop();
  }
}
