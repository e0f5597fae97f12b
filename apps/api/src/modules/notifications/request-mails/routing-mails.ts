import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app.config';
import { localized } from '../../catalogue/localized';
import { RequestEvents } from '../../requests/request-events';
import { biobankRecipients } from '../coordinators';
import type { OutgoingMail } from '../outgoing-mail';
import { OutboxService } from '../outbox.service';
import { requestMail } from '../request-mail';

/**
 * Routing: the researcher and each routed biobank hear of it; then the case handler hears of a
 * biobank's decline or delivery, and the researcher of the work starting.
 */
@Injectable()
export class RoutingMails implements OnModuleInit {
  constructor(
    private readonly events: RequestEvents,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('routed', async ({ biobanks, note }, { request, occasion, manager }) => {
      const recipients = await biobankRecipients(
        manager,
        biobanks.map((biobank) => biobank.code),
      );
      const names = biobanks.map((biobank) => localized(biobank, 'name'));
      await this.outbox.enqueue(manager, [
        requestMail(this.config, request, 'researcher', 'request_routed', occasion, {
          biobanks: names.map((name) => name[request.researcher.locale]).join(', '),
        }),
        ...recipients.map(({ to, biobankCode }) => {
          const biobank = biobanks.find((candidate) => candidate.code === biobankCode)!;
          return requestMail(
            this.config,
            request,
            to,
            'routed_to_biobank',
            `${occasion}:${biobankCode}`,
            { biobank: localized(biobank, 'name')[to.locale], note: note ?? '' },
          );
        }),
      ]);
    });

    this.events.on(
      'routing_stepped',
      async ({ action, biobank, requestTo, comment }, { request, actor, occasion, manager }) => {
        const values = (locale: 'da' | 'en') => ({
          author: actor.name,
          comment: comment ?? '',
          biobank: biobank[locale],
        });
        const mails: OutgoingMail[] = [];
        if (action === 'decline')
          mails.push(
            requestMail(this.config, request, 'case_handler', 'biobank_declined', occasion, values),
          );
        if (action === 'deliver')
          mails.push(
            requestMail(
              this.config,
              request,
              'case_handler',
              'biobank_delivered',
              occasion,
              values,
            ),
          );
        if (request.status === 'routed' && requestTo === 'in_progress') {
          mails.push(
            requestMail(this.config, request, 'researcher', 'work_started', occasion, {
              biobank: biobank[request.researcher.locale],
            }),
          );
        }
        await this.outbox.enqueue(manager, mails);
      },
    );
  }
}
