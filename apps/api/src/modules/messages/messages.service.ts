import type {
  AttachmentSummary,
  History,
  HistoryEntry,
  Message as MessageDto,
  MessageList,
  PostMessageBody,
} from '@bgb/contracts';
import { mayPostMessage, maySeeInternalNotes } from '@bgb/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AttachmentsService } from '../attachments/attachments.service';
import { biobankRecipients, onePerAddress } from '../notifications/coordinators';
import { OutboxService } from '../notifications/outbox.service';
import type { OutgoingMail } from '../notifications/outgoing-mail';
import { requestMail } from '../notifications/request-mail';
import { RequestEvent } from '../requests/request-event.entity';
import { ServiceRequest } from '../requests/service-request.entity';
import { RequestsService } from '../requests/requests.service';
import { postRecipients } from './post-recipients';
import { RequestMessage } from './request-message.entity';

type PostInput = z.output<typeof PostMessageBody>;

/** The conversation on a request and its history, each shown only to those who may see it. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly outbox: OutboxService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, requestId: string): Promise<MessageList> {
    const request = await this.requests.findVisible(user, requestId);
    const messages = await this.messagesOf(user, request.id);
    const files = await this.attachments.summariesOf(messages.map((message) => message.id));
    return { items: messages.map((message) => toMessageDto(message, files.get(message.id) ?? [])) };
  }

  /** Posts a message and queues its mails in the same transaction. */
  async post(user: AuthUser, requestId: string, body: PostInput): Promise<MessageDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findVisible(user, requestId, manager);
      if (!mayPostMessage(user, request, body.internal)) {
        throw ApiError.forbidden(
          body.internal
            ? 'Only the secretariat and biobanks may write internal notes'
            : 'You may not post here',
        );
      }
      const message = await manager.save(
        manager.create(RequestMessage, {
          requestId: request.id,
          authorId: user.id,
          body: body.body,
          internal: body.internal,
        }),
      );
      const answersResearcher = !body.internal && user.id !== request.researcherId;
      await this.attachments.linkToMessage(
        manager,
        user,
        request.id,
        message.id,
        body.attachmentIds ?? [],
      );
      await manager.update(ServiceRequest, request.id, {
        lastActivityAt: () => 'now()',
        // A public reply from the secretariat or a biobank is a first response.
        ...(answersResearcher
          ? { firstRespondedAt: () => 'COALESCE(first_responded_at, now())' }
          : {}),
      });
      await this.outbox.enqueue(manager, await this.mailsFor(manager, user, request, message));
      return message.id;
    });
    const message = await this.dataSource
      .getRepository(RequestMessage)
      .findOneOrFail({ where: { id }, relations: { author: true } });
    const files = await this.attachments.summariesOf([id]);
    return toMessageDto(message, files.get(id) ?? []);
  }

  /** Every change and every message the user may see, oldest first. */
  async history(user: AuthUser, requestId: string): Promise<History> {
    const request = await this.requests.findVisible(user, requestId);
    const [events, messages] = await Promise.all([
      this.dataSource.getRepository(RequestEvent).find({
        where: { requestId: request.id },
        relations: { actor: true },
        order: { seq: 'ASC' },
      }),
      this.messagesOf(user, request.id),
    ]);
    const files = await this.attachments.summariesOf(messages.map((message) => message.id));
    const entries: (HistoryEntry & { seq: bigint })[] = [
      ...events.map((event) => ({
        seq: BigInt(event.seq),
        kind: 'event' as const,
        id: event.id,
        at: event.createdAt.toISOString(),
        actor: event.actor ? { id: event.actor.id, name: event.actor.name } : null,
        type: event.type,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        comment: event.comment,
        details: event.details,
      })),
      ...messages.map((message) => ({
        seq: BigInt(message.seq),
        kind: 'message' as const,
        id: message.id,
        at: message.createdAt.toISOString(),
        actor: { id: message.author.id, name: message.author.name },
        body: message.body,
        internal: message.internal,
        attachments: files.get(message.id) ?? [],
      })),
    ];
    entries.sort((a, b) => (a.seq < b.seq ? -1 : 1));
    return { items: entries.map(({ seq: _seq, ...entry }) => entry) };
  }

  private messagesOf(user: AuthUser, requestId: string): Promise<RequestMessage[]> {
    return this.dataSource.getRepository(RequestMessage).find({
      where: { requestId, ...(maySeeInternalNotes(user) ? {} : { internal: false }) },
      relations: { author: true },
      order: { seq: 'ASC' },
    });
  }

  private async mailsFor(
    manager: EntityManager,
    author: AuthUser,
    request: ServiceRequest,
    message: RequestMessage,
  ): Promise<OutgoingMail[]> {
    const routedTo = request.routings
      .filter((routing) => routing.status !== 'declined')
      .map((routing) => routing.biobankCode);
    const biobankPeople = onePerAddress(
      (await biobankRecipients(manager, routedTo)).map(({ to }) => to),
    );
    const values = { author: author.name, message: message.body };
    return postRecipients(author, request, message.internal, biobankPeople).map(({ to, kind }) =>
      requestMail(this.config, request, to, kind, message.id, values),
    );
  }
}

function toMessageDto(message: RequestMessage, attachments: AttachmentSummary[]): MessageDto {
  return {
    id: message.id,
    requestId: message.requestId,
    author: { id: message.author.id, name: message.author.name },
    body: message.body,
    internal: message.internal,
    createdAt: message.createdAt.toISOString(),
    attachments,
  };
}
