import { randomUUID } from 'node:crypto';
import type {
  AttachmentSummary,
  History,
  HistoryEntry,
  Message as MessageDto,
  MessageList,
  PostMessageBody,
} from '@bgb/contracts';
import { checkPostMessage, isInView, type RecordView } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth.decorators';
import { AttachmentsService } from '../attachments/attachments.service';
import { RequestEvent } from '../requests/request-event.entity';
import { RequestWriter } from '../requests/request-writer';
import { RequestsService } from '../requests/requests.service';
import { RequestMessage } from './request-message.entity';

type PostInput = z.output<typeof PostMessageBody>;

/** The conversation on a request and its history, each shown only to those who may see it. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly attachments: AttachmentsService,
    private readonly writer: RequestWriter,
  ) {}

  async list(user: AuthUser, requestId: string): Promise<MessageList> {
    const request = await this.requests.findVisible(user, requestId);
    const messages = await this.messagesOf(
      await this.requests.recordView(user, request),
      request.id,
    );
    const files = await this.attachments.summariesOf(messages.map((message) => message.id));
    return { items: messages.map((message) => toMessageDto(message, files.get(message.id) ?? [])) };
  }

  /** Posts a message; its mails are queued in the same transaction. */
  async post(user: AuthUser, requestId: string, body: PostInput): Promise<MessageDto> {
    // Chosen here rather than by the database, so that the reply can read the message back.
    const id = randomUUID();
    await this.writer.change(user, requestId, undefined, {
      rule: (request) => checkPostMessage(user, request, body.internal),
      apply: async (request, _decided, manager) => {
        const message = manager.create(RequestMessage, {
          id,
          requestId: request.id,
          authorId: user.id,
          body: body.body,
          internal: body.internal,
        });
        await manager.insert(RequestMessage, message);
        await this.attachments.linkToMessage(
          manager,
          user,
          request.id,
          message.id,
          body.attachmentIds ?? [],
        );
        return {
          // A public reply from the secretariat or a biobank is a first response.
          columns:
            !body.internal && user.id !== request.researcherId
              ? { firstRespondedAt: () => 'COALESCE(first_responded_at, now())' }
              : {},
          keepVersion: true,
          events: [{ occasion: message.id, event: { type: 'message_posted', message } }],
        };
      },
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
    const view = await this.requests.recordView(user, request);
    const [events, messages] = await Promise.all([
      this.dataSource.getRepository(RequestEvent).find({
        where: { requestId: request.id },
        relations: { actor: true },
        order: { seq: 'ASC' },
      }),
      this.messagesOf(view, request.id),
    ]);
    const files = await this.attachments.summariesOf(messages.map((message) => message.id));
    const entries: (HistoryEntry & { seq: bigint })[] = [
      ...events
        .filter((event) => isInView(view, { internal: false, seq: BigInt(event.seq) }))
        .map((event) => ({
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

  private async messagesOf(view: RecordView, requestId: string): Promise<RequestMessage[]> {
    const messages = await this.dataSource.getRepository(RequestMessage).find({
      where: { requestId },
      relations: { author: true },
      order: { seq: 'ASC' },
    });
    return messages.filter((message) =>
      isInView(view, { internal: message.internal, seq: BigInt(message.seq) }),
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
