import { Module } from '@nestjs/common';
import { RequestsModule } from '../../requests/requests.module';
import { AssignmentMails } from './assignment-mails';
import { MessageMails } from './message-mails';
import { RoutingMails } from './routing-mails';
import { StepMails } from './step-mails';
import { SubmissionMails } from './submission-mails';

/**
 * The notification rules of a request: each subscribes to the request's events and queues its
 * mails in the outbox, inside the transaction of the change.
 */
@Module({
  imports: [RequestsModule],
  providers: [SubmissionMails, StepMails, AssignmentMails, RoutingMails, MessageMails],
})
export class RequestMailsModule {}
