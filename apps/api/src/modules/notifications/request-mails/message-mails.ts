import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app.config';
import { RequestEvents } from '../../requests/request-events';
import { biobankRecipients, onePerAddress } from '../coordinators';
import { OutboxService } from '../outbox.service';
import { requestMail } from '../request-mail';
import { postRecipients } from './post-recipients';

/** A post on a request's conversation reaches the other parties, as `postRecipients` decides. */
@Injectable()
export class MessageMails implements OnModuleInit {
  constructor(
    private readonly events: RequestEvents,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('message_posted', async ({ message }, { request, actor, manager }) => {
      const routedTo = request.routings
        .filter((routing) => routing.status !== 'declined')
        .map((routing) => routing.biobankCode);
      const biobankPeople = onePerAddress(
        (await biobankRecipients(manager, routedTo)).map(({ to }) => to),
      );
      const values = { author: actor.name, message: message.body };
      await this.outbox.enqueue(
        manager,
        postRecipients(actor, request, message.internal, biobankPeople).map(({ to, kind }) =>
          requestMail(this.config, request, to, kind, message.id, values),
        ),
      );
    });
  }
}
