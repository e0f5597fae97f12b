import {
  type Attachment as AttachmentDto,
  type AttachmentList,
  type AttachmentMediaType,
  type AttachmentSummary,
} from '@bgb/contracts';
import { mayDeleteAttachment, maySeeAttachment, uploadKind } from '@bgb/domain';
import { Inject, Injectable, Logger, type OnModuleInit, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import busboy from 'busboy';
import contentDisposition from 'content-disposition';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  In,
  IsNull,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { RequestsService } from '../requests/requests.service';
import type { ServiceRequest } from '../requests/service-request.entity';
import { Attachment } from './attachment.entity';
import { FileInspector } from './file-inspector';
import { FileStorage } from './file-storage';
import { cleanFileName, detectMediaType } from './media-type';

/** A complete upload in temporary storage, not yet checked. */
interface Received {
  tempKey: string;
  fileName: string;
  size: number;
  sha256: string;
  isText: boolean;
}

const ALLOWED_NAMES = 'PDF, DOCX, XLSX, CSV, PNG or JPEG';

/**
 * Files on requests and messages. An upload streams through to temporary storage; only once
 * it is whole, within the size limit and of an allowed type is it moved into place and its row
 * written. Every read checks that the caller may see the request and the file (404 otherwise).
 */
@Injectable()
export class AttachmentsService implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger(AttachmentsService.name);
  /** Files of rows deleted inside a transaction still open, removed once it commits. */
  private readonly afterCommit = new WeakMap<QueryRunner, string[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  async upload(user: AuthUser, requestId: string, req: Request): Promise<AttachmentDto> {
    const kind = uploadKind(user, await this.requests.findVisibleOrOwnDraft(user, requestId));
    if (!kind)
      throw ApiError.forbidden(
        'Files can be added to a draft by its researcher, and to a submitted request by those who may write on it',
      );
    const received = await this.receive(req);
    let key: string | undefined;
    try {
      const mediaType = await this.detect(received);
      key = await this.storage.finalize(received.tempKey);
      const storageKey = key;
      const id = await this.dataSource.transaction(async (manager) => {
        // The request may have moved on (e.g. been submitted) while the file arrived.
        if (
          uploadKind(user, await this.requests.findVisibleOrOwnDraft(user, requestId, manager)) !==
          kind
        ) {
          throw ApiError.conflict(
            'TRANSITION_NOT_ALLOWED',
            'The request changed while the file was uploaded; look again and retry',
          );
        }
        const row = manager.create(Attachment, {
          requestId,
          messageId: null,
          pending: kind === 'message',
          uploadedById: user.id,
          fileName: received.fileName,
          mediaType,
          size: received.size,
          storageKey,
          sha256: received.sha256,
        });
        return (await manager.save(row)).id;
      });
      return toDto(await this.loadOne(id));
    } catch (error) {
      await this.storage.delete(key ?? received.tempKey);
      throw error;
    }
  }

  async list(user: AuthUser, requestId: string): Promise<AttachmentList> {
    const request = await this.requests.findVisibleOrOwnDraft(user, requestId);
    const rows = await this.dataSource.getRepository(Attachment).find({
      where: { requestId: request.id },
      relations: { uploadedBy: true, message: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      items: rows.filter((row) => maySeeAttachment(user, request, subject(row))).map(toDto),
    };
  }

  async download(user: AuthUser, id: string): Promise<StreamableFile> {
    const { attachment } = await this.findVisible(user, id);
    return new StreamableFile(this.storage.read(attachment.storageKey), {
      type: attachment.mediaType,
      length: attachment.size,
      // RFC 6266: the UTF-8 name in filename*, and a plain ASCII filename for old clients
      // (a Latin-1 one would reach some browsers garbled).
      disposition: contentDisposition(attachment.fileName, {
        type: 'attachment',
        fallback: asciiFallback(attachment.fileName),
      }),
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { attachment, request } = await this.findVisible(user, id, manager);
      if (attachment.uploadedById !== user.id)
        throw ApiError.forbidden('Only the person who uploaded a file may delete it');
      if (!mayDeleteAttachment(request, subject(attachment))) {
        throw ApiError.conflict(
          'TRANSITION_NOT_ALLOWED',
          'A file that was sent or submitted is part of the record and cannot be deleted',
        );
      }
      await this.deleteRows(manager, [attachment]);
    });
  }

  /**
   * Deletes every file of a request: the rows in the caller's transaction, the bytes once it
   * commits (never, if it rolls back). Outside a transaction, at once.
   */
  async deleteForRequest(manager: EntityManager, requestId: string): Promise<void> {
    await this.deleteRows(manager, await manager.find(Attachment, { where: { requestId } }));
  }

  /**
   * Sends the sender's own pending files with their new message: they take its visibility.
   * Any id that is not such a file of this request fails the whole post.
   */
  async linkToMessage(
    manager: EntityManager,
    user: AuthUser,
    requestId: string,
    messageId: string,
    ids: readonly string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    const unique = [...new Set(ids)];
    const result = await manager.update(
      Attachment,
      { id: In(unique), requestId, uploadedById: user.id, pending: true, messageId: IsNull() },
      { pending: false, messageId },
    );
    if (result.affected !== unique.length) {
      throw new ApiError(
        422,
        'UNKNOWN_REFERENCE',
        'Only files you uploaded to this request and have not sent yet can go with a message',
        [
          {
            field: 'attachmentIds',
            code: 'unknown_attachment',
            message: 'Upload the files again and send the message with them',
          },
        ],
      );
    }
  }

  /** The files sent with these messages, by message id. */
  async summariesOf(messageIds: readonly string[]): Promise<Map<string, AttachmentSummary[]>> {
    const byMessage = new Map<string, AttachmentSummary[]>();
    if (messageIds.length === 0) return byMessage;
    const rows = await this.dataSource.getRepository(Attachment).find({
      where: { messageId: In([...messageIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) {
      const list = byMessage.get(row.messageId!) ?? [];
      list.push(toSummary(row));
      byMessage.set(row.messageId!, list);
    }
    return byMessage;
  }

  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const keys = this.afterCommit.get(event.queryRunner) ?? [];
    this.afterCommit.delete(event.queryRunner);
    return this.deleteFiles(keys);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.afterCommit.delete(event.queryRunner);
  }

  private async deleteRows(manager: EntityManager, rows: Attachment[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.delete(Attachment, { id: In(rows.map((row) => row.id)) });
    const keys = rows.map((row) => row.storageKey);
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive)
      this.afterCommit.set(runner, [...(this.afterCommit.get(runner) ?? []), ...keys]);
    else await this.deleteFiles(keys);
  }

  /** A file left behind is only disk space; it must not undo the deletion of its row. */
  private async deleteFiles(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.storage
        .delete(key)
        .catch((error: unknown) =>
          this.logger.error(
            `Could not delete the attachment file ${key}`,
            error instanceof Error ? error.stack : undefined,
          ),
        );
    }
  }

  private async findVisible(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ attachment: Attachment; request: ServiceRequest }> {
    const notFound = ApiError.notFound('No such file');
    if (!isUuid(id)) throw notFound;
    const attachment = await manager.findOne(Attachment, {
      where: { id },
      relations: { message: true },
    });
    if (!attachment) throw notFound;
    const request = await this.requests
      .findVisibleOrOwnDraft(user, attachment.requestId, manager)
      .catch(() => {
        throw notFound;
      });
    if (!maySeeAttachment(user, request, subject(attachment))) throw notFound;
    return { attachment, request };
  }

  private loadOne(id: string): Promise<Attachment> {
    return this.dataSource
      .getRepository(Attachment)
      .findOneOrFail({ where: { id }, relations: { uploadedBy: true } });
  }

  /**
   * Streams the form's one `file` part to temporary storage. Resolves once the whole form has
   * arrived; a form cut off, refused or too large leaves no temporary file behind.
   */
  private async receive(req: Request): Promise<Received> {
    const notMultipart = ApiError.validation(
      [
        {
          field: 'file',
          code: 'required',
          message: 'Send one file as multipart/form-data in the field "file"',
        },
      ],
      'No file was sent',
    );
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // One byte over the limit: busboy calls a file that reaches its limit exactly truncated.
        limits: { files: 1, fields: 10, fileSize: this.config.ATTACHMENT_MAX_BYTES + 1 },
      });
    } catch {
      throw notMultipart;
    }
    let file: Readable | undefined;
    const stored = new Promise<Received>((resolve, reject) => {
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || file) {
          stream.resume();
          return;
        }
        file = stream;
        this.store(stream, cleanFileName(info.filename)).then(resolve, reject);
      });
      parser.on('close', () => {
        if (!file) reject(notMultipart);
      });
    });
    const parsed = pipeline(req, parser).catch((error: unknown) => {
      // The client went away or sent a broken form: the file part, if any, ends in an error too.
      file?.destroy(error instanceof Error ? error : new Error('Upload interrupted'));
      throw error;
    });
    try {
      const [received] = await Promise.all([stored, parsed]);
      return received;
    } catch (error) {
      const received = await stored.catch(() => undefined);
      if (received) await this.storage.delete(received.tempKey);
      // After a refusal the rest of the body is still read and dropped by the parser.
      parsed.catch(() => undefined);
      throw error instanceof ApiError
        ? error
        : ApiError.validation(
            [{ field: 'file', code: 'incomplete', message: 'The upload did not arrive whole' }],
            'The upload was cut off',
          );
    }
  }

  private async store(
    stream: Readable & { truncated?: boolean },
    fileName: string,
  ): Promise<Received> {
    const upload = await this.storage.createUpload();
    const inspector = new FileInspector();
    try {
      await pipeline(stream, inspector, upload.stream);
      if (stream.truncated || inspector.size > this.config.ATTACHMENT_MAX_BYTES) {
        const megabytes = (this.config.ATTACHMENT_MAX_BYTES / 1024 / 1024).toLocaleString('en', {
          maximumFractionDigits: 1,
        });
        throw new ApiError(
          413,
          'ATTACHMENT_TOO_LARGE',
          `A file may be at most ${megabytes} MB (${this.config.ATTACHMENT_MAX_BYTES} bytes)`,
        );
      }
      if (inspector.size === 0)
        throw ApiError.validation(
          [{ field: 'file', code: 'empty', message: 'The file is empty' }],
          'The file is empty',
        );
    } catch (error) {
      await this.storage.delete(upload.tempKey);
      throw error;
    }
    return {
      tempKey: upload.tempKey,
      fileName,
      size: inspector.size,
      sha256: inspector.sha256,
      isText: inspector.isText,
    };
  }

  private async detect(received: Received): Promise<AttachmentMediaType> {
    const content = this.storage.read(received.tempKey);
    try {
      const mediaType = await detectMediaType(content, {
        name: received.fileName,
        isText: received.isText,
      });
      if (!mediaType) {
        throw new ApiError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Only ${ALLOWED_NAMES} files can be attached; the type is read from the content, not the name`,
        );
      }
      return mediaType;
    } finally {
      content.destroy();
    }
  }
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
}

function subject(row: Attachment) {
  return {
    uploadedById: row.uploadedById,
    pending: row.pending,
    message: row.message ? { internal: row.message.internal } : null,
  };
}

function toSummary(row: Attachment): AttachmentSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType as AttachmentMediaType,
    size: row.size,
  };
}

function toDto(row: Attachment): AttachmentDto {
  return {
    ...toSummary(row),
    requestId: row.requestId,
    messageId: row.messageId,
    pending: row.pending,
    uploadedBy: { id: row.uploadedBy.id, name: row.uploadedBy.name },
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}
