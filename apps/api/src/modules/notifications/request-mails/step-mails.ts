import type { RequestAction } from '@bgb/contracts';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app.config';
import { RequestEvents } from '../../requests/request-events';
import type { MailKind } from '../mail-templates';
import { OutboxService } from '../outbox.service';
import { type RequestMailRecipient, requestMail } from '../request-mail';

/**
 * Who hears of each step: the party whose turn it is now, or who must know the outcome. On the
 * secretariat's side that is the case handler, or the shared mailbox while nobody is assigned.
 */
const STEP_MAILS: Record<RequestAction, { kind: MailKind; to: RequestMailRecipient }> = {
  start_triage: { kind: 'triage_started', to: 'researcher' },
  ask_researcher: { kind: 'question_to_researcher', to: 'researcher' },
  answer: { kind: 'answer_to_secretariat', to: 'case_handler' },
  reject: { kind: 'request_rejected', to: 'researcher' },
  withdraw: { kind: 'request_withdrawn', to: 'case_handler' },
  close: { kind: 'request_completed', to: 'researcher' },
};

/** A step of the request's lifecycle. */
@Injectable()
export class StepMails implements OnModuleInit {
  constructor(
    private readonly events: RequestEvents,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on(
      'stepped',
      async ({ action, comment }, { request, actor, occasion, manager }) => {
        const { kind, to } = STEP_MAILS[action];
        await this.outbox.enqueue(manager, [
          requestMail(this.config, request, to, kind, occasion, {
            author: actor.name,
            comment: comment ?? '',
          }),
        ]);
      },
    );
  }
}
