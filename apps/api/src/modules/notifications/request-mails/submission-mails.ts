import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app.config';
import { localized } from '../../catalogue/localized';
import { RequestEvents } from '../../requests/request-events';
import { OutboxService } from '../outbox.service';
import { requestMail } from '../request-mail';
import { SECRETARIAT_LOCALE } from '../secretariat';

/** A submitted request: its receipt to the researcher, and the news to the secretariat. */
@Injectable()
export class SubmissionMails implements OnModuleInit {
  constructor(
    private readonly events: RequestEvents,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('submitted', async ({ service, biobankCodes }, { request, actor, manager }) => {
      const name = localized(service, 'name');
      // A request is submitted once: its id makes these mails unique.
      await this.outbox.enqueue(manager, [
        requestMail(this.config, request, 'researcher', 'request_received', request.id, {
          service: name[request.researcher.locale],
        }),
        requestMail(this.config, request, 'secretariat', 'request_submitted', request.id, {
          researcher: actor.name,
          institution: request.institution,
          service: name[SECRETARIAT_LOCALE],
          biobanks: biobankCodes.join(', '),
        }),
      ]);
    });
  }
}
