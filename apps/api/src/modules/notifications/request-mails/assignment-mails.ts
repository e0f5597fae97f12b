import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app.config';
import { RequestEvents } from '../../requests/request-events';
import { OutboxService } from '../outbox.service';
import { requestMail } from '../request-mail';

/** A request's new case handler hears of it. */
@Injectable()
export class AssignmentMails implements OnModuleInit {
  constructor(
    private readonly events: RequestEvents,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('assigned', async ({ assignee }, { request, actor, occasion, manager }) => {
      // Assigning oneself needs no mail: the new case handler is the one who did it.
      if (assignee.id === actor.id) return;
      await this.outbox.enqueue(manager, [
        requestMail(this.config, request, assignee, 'request_assigned', occasion, {
          author: actor.name,
        }),
      ]);
    });
  }
}
