import type {
  CreateRequestBody,
  ListRequestsQuery,
  RequestAction,
  RequestList,
  ServiceRequest as ServiceRequestDto,
  TransitionBody,
} from '@bgb/contracts';
import { allowedActions, checkTransition, formatReference, referenceYear } from '@bgb/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { CatalogueService } from '../catalogue/catalogue.service';
import { localized } from '../catalogue/localized';
import { OutboxService } from '../notifications/outbox.service';
import type { MailKind } from '../notifications/mail-templates';
import { type RequestMailRecipient, requestMail } from '../notifications/request-mail';
import { SECRETARIAT_LOCALE } from '../notifications/secretariat';
import { decodeCursor, encodeCursor } from './request-cursor';
import { RequestEvent } from './request-event.entity';
import { ServiceRequest } from './service-request.entity';

import type { z } from 'zod';

type CreateInput = z.output<typeof CreateRequestBody>;
type ListInput = z.output<typeof ListRequestsQuery>;
type TransitionInput = z.output<typeof TransitionBody>;

/** Who hears of each step: the party whose turn it is now, or who must know the outcome. */
const TRANSITION_MAILS: Record<RequestAction, { kind: MailKind; to: RequestMailRecipient }> = {
  start_triage: { kind: 'triage_started', to: 'researcher' },
  ask_researcher: { kind: 'question_to_researcher', to: 'researcher' },
  answer: { kind: 'answer_to_secretariat', to: 'secretariat' },
  reject: { kind: 'request_rejected', to: 'researcher' },
  withdraw: { kind: 'request_withdrawn', to: 'secretariat' },
  close: { kind: 'request_completed', to: 'researcher' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Submits a request: the reference, the request, its first history event and both mails are
   * written in one transaction — all of it happens, or none of it.
   */
  async submit(user: AuthUser, body: CreateInput): Promise<ServiceRequestDto> {
    const service = await this.catalogue.findActiveService(body.serviceId);
    const biobanks = await this.catalogue.findActiveBiobanks(body.biobankCodes);
    const unknown = [
      ...(service ? [] : [{ field: 'serviceId', code: 'unknown_service', message: 'No such service in the catalogue' }]),
      ...body.biobankCodes
        .map((code, index) => ({ code, index }))
        .filter(({ code }) => !biobanks.some((biobank) => biobank.code === code))
        .map(({ code, index }) => ({ field: `biobankCodes.${index}`, code: 'unknown_biobank', message: `No biobank with code ${code}` })),
    ];
    if (unknown.length > 0 || !service) throw ApiError.unknownReference(unknown);

    const id = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const reference = await this.nextReference(manager, referenceYear(now));
      const request = await manager.save(
        manager.create(ServiceRequest, {
          reference,
          status: 'submitted',
          version: 1,
          title: body.title,
          serviceId: service.id,
          biobanks,
          projectDescription: body.projectDescription,
          principalInvestigator: body.principalInvestigator,
          institution: body.institution,
          ethicsApprovalCaseNumber: body.ethicsApprovalCaseNumber || null,
          researcherId: user.id,
          submittedAt: now,
        }),
      );
      await manager.insert(RequestEvent, {
        requestId: request.id,
        actorId: user.id,
        type: 'submitted',
        fromStatus: null,
        toStatus: 'submitted',
      });
      const about = { ...request, researcher: user };
      await this.outbox.enqueue(manager, [
        requestMail(this.config, about, 'researcher', 'request_received', request.id, {
          service: localized(service, 'name')[user.locale],
        }),
        requestMail(this.config, about, 'secretariat', 'request_submitted', request.id, {
          researcher: user.name,
          institution: body.institution,
          service: localized(service, 'name')[SECRETARIAT_LOCALE],
          biobanks: biobanks.map((biobank) => biobank.code).join(', '),
        }),
      ]);
      return request.id;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, query: ListInput): Promise<RequestList> {
    const page = this.visibleTo(user, this.dataSource.manager)
      .select(['request.id', 'request.createdAt'])
      .orderBy('request.createdAt', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) page.andWhere('request.status = :status', { status: query.status });
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      page.andWhere(
        new Brackets((where) =>
          where
            .where('request.createdAt < :createdAt', cursor)
            .orWhere('request.createdAt = :createdAt AND request.id < :id', cursor),
        ),
      );
    }
    const rows = await page.getMany();
    const items = rows.slice(0, query.limit);
    const loaded = await this.load(items.map((row) => row.id));
    const last = items.at(-1);
    return {
      items: items.map((row) => this.toDto(user, loaded.get(row.id)!)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
  }

  async get(user: AuthUser, id: string): Promise<ServiceRequestDto> {
    return this.toDto(user, await this.findVisible(user, id));
  }

  async transition(user: AuthUser, id: string, body: TransitionInput): Promise<ServiceRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.findVisible(user, id, manager);
      const check = checkTransition(body.action, user, request, body.comment);
      if (!check.ok) {
        if (check.reason === 'forbidden') throw ApiError.forbidden(`You may not ${body.action.replace('_', ' ')} this request`);
        if (check.reason === 'comment_required') {
          throw ApiError.validation([{ field: 'comment', code: 'too_small', message: 'A comment is required for this step' }]);
        }
        throw ApiError.conflict('TRANSITION_NOT_ALLOWED', `A ${request.status} request cannot take the step ${body.action}`);
      }
      if (body.version !== undefined && body.version !== request.version) throw staleVersion();
      // The version in the WHERE clause makes the check and the write one atomic step.
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({ status: check.to, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: request.version })
        .execute();
      if (result.affected !== 1) throw staleVersion();
      const event = await manager.save(
        manager.create(RequestEvent, {
          requestId: id,
          actorId: user.id,
          type: body.action,
          fromStatus: request.status,
          toStatus: check.to,
          comment: body.comment || null,
        }),
      );
      const { kind, to } = TRANSITION_MAILS[body.action];
      await this.outbox.enqueue(manager, [
        requestMail(this.config, request, to, kind, event.id, { author: user.name, comment: body.comment ?? '' }),
      ]);
    });
    return this.get(user, id);
  }

  /** Requests this user may see: everything for the secretariat, their own for the rest. */
  private visibleTo(user: AuthUser, manager: EntityManager) {
    const query = manager.createQueryBuilder(ServiceRequest, 'request');
    if (!user.roles.includes('secretariat')) query.where('request.researcherId = :userId', { userId: user.id });
    return query;
  }

  /** A request the user may not see is reported exactly like one that does not exist. */
  async findVisible(user: AuthUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceRequest> {
    const notFound = ApiError.notFound('No such request');
    if (!UUID.test(id)) throw notFound;
    const request = await this.visibleTo(user, manager)
      .andWhere('request.id = :id', { id })
      .leftJoinAndSelect('request.biobanks', 'biobank')
      .leftJoinAndSelect('request.researcher', 'researcher')
      .getOne();
    if (!request) throw notFound;
    return request;
  }

  private async load(ids: string[]): Promise<Map<string, ServiceRequest>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(ServiceRequest, 'request')
      .leftJoinAndSelect('request.biobanks', 'biobank')
      .leftJoinAndSelect('request.researcher', 'researcher')
      .where('request.id IN (:...ids)', { ids })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async nextReference(manager: EntityManager, year: number): Promise<string> {
    const [{ last_sequence }] = await manager.query(
      `INSERT INTO reference_counter (year, last_sequence) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_sequence = reference_counter.last_sequence + 1
       RETURNING last_sequence`,
      [year],
    );
    return formatReference(year, Number(last_sequence));
  }

  private toDto(user: AuthUser, request: ServiceRequest): ServiceRequestDto {
    return {
      id: request.id,
      reference: request.reference,
      status: request.status,
      version: request.version,
      title: request.title,
      serviceId: request.serviceId,
      biobankCodes: request.biobanks.map((biobank) => biobank.code).sort(),
      projectDescription: request.projectDescription,
      principalInvestigator: request.principalInvestigator,
      institution: request.institution,
      ethicsApprovalCaseNumber: request.ethicsApprovalCaseNumber,
      researcher: { id: request.researcher.id, name: request.researcher.name, email: request.researcher.email },
      submittedAt: request.submittedAt?.toISOString() ?? null,
      createdAt: request.createdAt.toISOString(),
      updatedAt: request.updatedAt.toISOString(),
      allowedActions: allowedActions(user, request),
    };
  }
}

function staleVersion() {
  return ApiError.conflict('VERSION_CONFLICT', 'Someone else changed this request in the meantime; reload it and try again');
}
