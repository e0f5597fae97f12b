import { Global, Inject, Module, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { DeliveryWorker, MAIL_TRANSPORT } from './delivery.worker';
import { DigestScheduler } from './digest.scheduler';
import { MailCatcher } from './mail-catcher';
import { smtpTransportOptions } from './smtp-transport';

/** Demo mode without SMTP settings gets the built-in catcher; otherwise real SMTP. */
const catcherProvider = {
  provide: MailCatcher,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    config.demo && !config.smtpConfigured ? new MailCatcher() : null,
};

const transportProvider = {
  provide: MAIL_TRANSPORT,
  inject: [APP_CONFIG, MailCatcher],
  useFactory: async (config: AppConfig, catcher: MailCatcher | null) =>
    createTransport(smtpTransportOptions(config, catcher ? await catcher.start() : undefined)),
};

/**
 * Sends the outbox, and queues the daily digests: inside the API (MAIL_DELIVERY=inline) or as
 * the separate worker process.
 */
@Global()
@Module({
  providers: [catcherProvider, transportProvider, DeliveryWorker, DigestScheduler],
  exports: [MailCatcher],
})
export class DeliveryModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(MailCatcher) private readonly catcher: MailCatcher | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.catcher?.stop();
  }
}
