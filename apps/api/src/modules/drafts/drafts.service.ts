import {
  type CreateDraftBody,
  CreateRequestBody,
  type Draft as DraftDto,
  type DraftList,
  type FieldError,
  DRAFT_FIELDS,
  type ServiceRequest as ServiceRequestDto,
  type UpdateDraftBody,
} from '@bgb/contracts';
import { missingForSubmission } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { type ContentInput, contentColumns, contentOf } from '../requests/request-content';
import { AttachmentCleanup } from '../attachments/attachment-cleanup';
import { RequestsService } from '../requests/requests.service';
import { ServiceRequest } from '../requests/service-request.entity';

type CreateInput = z.output<typeof CreateDraftBody>;
type UpdateInput = z.output<typeof UpdateDraftBody>;

/**
 * Requests a researcher is still writing. A draft is a `service_request` in status `draft`,
 * seen only by its researcher and only here: every other query leaves drafts out.
 */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly attachmentCleanup: AttachmentCleanup,
  ) {}

  /** A new draft with the content given, or a copy of the content of an earlier request of the caller's. */
  async create(user: AuthUser, { copyOf, ...content }: CreateInput): Promise<DraftDto> {
    const source = copyOf
      ? contentOf(await this.findOwn(user, copyOf, { draftsOnly: false }))
      : contentColumns(content);
    const now = new Date();
    const inserted = await this.dataSource.manager.insert(ServiceRequest, {
      ...source,
      status: 'draft',
      version: 1,
      researcherId: user.id,
      researcherName: user.name,
      priority: 'normal',
      lastActivityAt: now,
    });
    return this.get(user, String(inserted.identifiers[0].id));
  }

  async list(user: AuthUser): Promise<DraftList> {
    const drafts = await this.dataSource.manager
      .createQueryBuilder(ServiceRequest, 'request')
      .where(`request.status = 'draft' AND request.researcher_id = :researcherId`, {
        researcherId: user.id,
      })
      .orderBy('request.updated_at', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .getMany();
    return { items: drafts.map(toDto) };
  }

  async get(user: AuthUser, id: string): Promise<DraftDto> {
    return toDto(await this.findOwn(user, id));
  }

  /** Replaces the whole content, if the draft is still at the version the caller saw. */
  async update(
    user: AuthUser,
    id: string,
    { version, ...content }: UpdateInput,
  ): Promise<DraftDto> {
    const draft = await this.findOwn(user, id);
    if (version !== undefined && version !== draft.version) throw staleDraft();
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(ServiceRequest)
      .set({
        ...contentColumns(content),
        version: () => 'version + 1',
        lastActivityAt: () => 'now()',
      })
      .where(`id = :id AND version = :version AND status = 'draft'`, { id, version: draft.version })
      .execute();
    if (result.affected !== 1) throw staleDraft();
    return this.get(user, id);
  }

  /**
   * Deletes a draft in one transaction, so that whatever belongs to it (its attachments) can
   * be deleted in the same one with `manager`.
   */
  async delete(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.findOwn(user, id, { manager });
      // The draft's files go with it: their rows in this transaction, the files once it commits.
      await this.attachmentCleanup.deleteForRequest(manager, id);
      await manager.delete(ServiceRequest, { id, status: 'draft' });
    });
  }

  /**
   * Submits a complete draft as a request, through the very submission of `POST /api/requests`:
   * the draft's row becomes the request, with its reference, deadline, history and mails.
   */
  async submit(
    user: AuthUser,
    id: string,
    version: number | undefined,
  ): Promise<ServiceRequestDto> {
    const draft = await this.findOwn(user, id);
    if (version !== undefined && version !== draft.version) throw staleDraft();
    const missing: FieldError[] = missingForSubmission(draft).map((field) => ({
      field,
      code: 'required',
      message: 'Needed before the request can be submitted',
    }));
    const body = CreateRequestBody.safeParse(
      Object.fromEntries(
        DRAFT_FIELDS.map((field) => [field, draft[field] ?? undefined]),
      ) as ContentInput,
    );
    const invalid: FieldError[] = body.success
      ? []
      : body.error.issues
          .map((issue) => ({
            field: issue.path.join('.'),
            code: issue.code,
            message: issue.message,
          }))
          .filter((issue) => !missing.some((entry) => entry.field === issue.field));
    if (!body.success || missing.length > 0) {
      throw ApiError.incompleteDraft([...missing, ...invalid]);
    }
    return this.requests.submit(user, body.data, { id: draft.id, version: draft.version });
  }

  /** The caller's own draft (or, for a copy, any request of theirs); anybody else's is not found. */
  private async findOwn(
    user: AuthUser,
    id: string,
    {
      draftsOnly = true,
      manager = this.dataSource.manager,
    }: { draftsOnly?: boolean; manager?: EntityManager } = {},
  ): Promise<ServiceRequest> {
    const notFound = ApiError.notFound(draftsOnly ? 'No such draft' : 'No such request');
    if (!isUuid(id)) throw notFound;
    const found = await manager.findOneBy(ServiceRequest, {
      id,
      researcherId: user.id,
      ...(draftsOnly ? { status: 'draft' as const } : {}),
    });
    if (!found) throw notFound;
    return found;
  }
}

function staleDraft() {
  return ApiError.conflict(
    'VERSION_CONFLICT',
    'This draft was changed in another tab or window; reload it to see the latest version',
  );
}

function toDto(draft: ServiceRequest): DraftDto {
  return {
    id: draft.id,
    version: draft.version,
    ...contentOf(draft),
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
    missing: missingForSubmission(draft),
  };
}
