import { mayDeleteAttachment, maySeeAttachment, uploadKind } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { RequestsService } from '../requests/requests.service';
import type { ServiceRequest } from '../requests/service-request.entity';
import { Attachment } from './attachment.entity';

export type UploadKind = 'request' | 'message';

/**
 * Who may do what with files, by the domain's rules. Whoever may not see a file, or its
 * request, finds nothing (404), as if it did not exist.
 */
@Injectable()
export class AttachmentAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
  ) {}

  /** Where the caller's upload to this request goes; refuses anyone who may upload nothing. */
  async mayUpload(user: AuthUser, requestId: string): Promise<UploadKind> {
    const kind = await this.uploadKind(user, requestId);
    if (!kind)
      throw ApiError.forbidden(
        'Files can be added to a draft by its researcher, and to a submitted request by those who may write on it',
      );
    return kind;
  }

  /** Where the caller's upload to this request would go; `null` if they may upload nothing. */
  async uploadKind(
    user: AuthUser,
    requestId: string,
    manager?: EntityManager,
  ): Promise<UploadKind | null> {
    return uploadKind(user, await this.requests.findVisibleOrOwnDraft(user, requestId, manager));
  }

  /** The request's files that the caller may see, oldest first. */
  async visibleFiles(user: AuthUser, requestId: string): Promise<Attachment[]> {
    const request = await this.requests.findVisibleOrOwnDraft(user, requestId);
    const rows = await this.dataSource.getRepository(Attachment).find({
      where: { requestId: request.id },
      relations: { uploadedBy: true, message: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const view = await this.requests.recordView(user, request);
    return rows.filter((row) => maySeeAttachment(user, view, subject(row)));
  }

  async findVisible(
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
    const view = await this.requests.recordView(user, request, manager);
    if (!maySeeAttachment(user, view, subject(attachment))) throw notFound;
    return { attachment, request };
  }

  /** A file its uploader may still take back; a sent or submitted one is part of the record. */
  async findDeletable(user: AuthUser, id: string, manager: EntityManager): Promise<Attachment> {
    const { attachment, request } = await this.findVisible(user, id, manager);
    if (attachment.uploadedById !== user.id)
      throw ApiError.forbidden('Only the person who uploaded a file may delete it');
    if (!mayDeleteAttachment(request, subject(attachment))) {
      throw ApiError.conflict(
        'TRANSITION_NOT_ALLOWED',
        'A file that was sent or submitted is part of the record and cannot be deleted',
      );
    }
    return attachment;
  }
}

function subject(row: Attachment) {
  return {
    uploadedById: row.uploadedById,
    pending: row.pending,
    message: row.message ? { internal: row.message.internal, seq: BigInt(row.message.seq) } : null,
  };
}
