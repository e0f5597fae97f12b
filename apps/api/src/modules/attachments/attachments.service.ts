import type {
  Attachment as AttachmentDto,
  AttachmentList,
  AttachmentMediaType,
  AttachmentSummary,
} from '@bgb/contracts';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import contentDisposition from 'content-disposition';
import type { Request } from 'express';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { AttachmentAccess } from './attachment-access';
import { AttachmentCleanup } from './attachment-cleanup';
import { AttachmentUploads } from './attachment-uploads';
import { Attachment } from './attachment.entity';
import { FileStorage } from './file-storage';

/**
 * Files on requests and messages, as the API offers them. The jobs behind it are each their
 * own piece: the upload pipeline, the access rules, the storage and the cleanup.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: AttachmentUploads,
    private readonly access: AttachmentAccess,
    private readonly storage: FileStorage,
    private readonly cleanup: AttachmentCleanup,
  ) {}

  async upload(user: AuthUser, requestId: string, req: Request): Promise<AttachmentDto> {
    const id = await this.uploads.upload(user, requestId, req);
    return toDto(
      await this.dataSource
        .getRepository(Attachment)
        .findOneOrFail({ where: { id }, relations: { uploadedBy: true } }),
    );
  }

  async list(user: AuthUser, requestId: string): Promise<AttachmentList> {
    return { items: (await this.access.visibleFiles(user, requestId)).map(toDto) };
  }

  async download(user: AuthUser, id: string): Promise<StreamableFile> {
    const { attachment } = await this.access.findVisible(user, id);
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
      await this.cleanup.delete(manager, [await this.access.findDeletable(user, id, manager)]);
    });
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
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
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
