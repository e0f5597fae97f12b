import { Global, Module } from '@nestjs/common';
import { MailTemplates } from './mail-templates';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** Queues mails in the outbox; sending them is the delivery module's part. */
@Global()
@Module({
  providers: [MailTemplates, OutboxService, OutboxRepository],
  exports: [OutboxService, OutboxRepository],
})
export class NotificationsModule {}
