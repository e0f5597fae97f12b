import {
  type CreateRequestBody,
  type EditRequestBody,
  type ListRequestsQuery,
  REQUEST_FIELDS,
  type RequestAction,
  type RequestList,
  type ServiceRequest as ServiceRequestDto,
  type TransitionBody,
} from '@bgb/contracts';
import {
  addDanishWorkingDays,
  allAcceptedDelivered,
  allowedActions,
  allowedRoutingActions,
  checkTransition,
  mayEditRequest,
  mayRoute,
  maySeeInternalNotes,
  REQUEST_ACTION_RULES,
  referenceYear,
} from '@bgb/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { CatalogueService } from '../catalogue/catalogue.service';
import { localized } from '../catalogue/localized';
import { OutboxService } from '../notifications/outbox.service';
import type { MailKind } from '../notifications/mail-templates';
import { type RequestMailRecipient, requestMail } from '../notifications/request-mail';
import { SECRETARIAT_LOCALE } from '../notifications/secretariat';
import { ServiceQuestionsService } from '../service-questions/service-questions.service';
import { contentColumns, fieldText } from './request-content';
import { RequestEvent } from './request-event.entity';
import { RequestsRepository } from './requests.repository';
import { ServiceRequest } from './service-request.entity';

import type { z } from 'zod';

type CreateInput = z.output<typeof CreateRequestBody>;
type ListInput = z.output<typeof ListRequestsQuery>;
type TransitionInput = z.output<typeof TransitionBody>;
type EditInput = z.output<typeof EditRequestBody>;

/**
 * Who hears of each step: the party whose turn it is now, or who must know the outcome. On the
 * secretariat's side that is the case handler, or the shared mailbox while nobody is assigned.
 */
const TRANSITION_MAILS: Record<RequestAction, { kind: MailKind; to: RequestMailRecipient }> = {
  start_triage: { kind: 'triage_started', to: 'researcher' },
  ask_researcher: { kind: 'question_to_researcher', to: 'researcher' },
  answer: { kind: 'answer_to_secretariat', to: 'case_handler' },
  reject: { kind: 'request_rejected', to: 'researcher' },
  withdraw: { kind: 'request_withdrawn', to: 'case_handler' },
  close: { kind: 'request_completed', to: 'researcher' },
};

@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: RequestsRepository,
    private readonly questions: ServiceQuestionsService,
  ) {}

  /**
   * Submits a request: the reference, the request, its first history event and both mails are
   * written in one transaction — all of it happens, or none of it. A new request and a draft
   * being submitted take this same path, so both meet every check made here.
   */
  async submit(
    user: AuthUser,
    body: CreateInput,
    draft?: { id: string; version: number },
  ): Promise<ServiceRequestDto> {
    const service = await this.catalogue.findActiveService(body.serviceId);
    const { biobanks, unknown: unknownBiobanks } = await this.catalogue.unknownBiobanks(
      body.biobankCodes,
    );
    const unknown = [
      ...(service
        ? []
        : [
            {
              field: 'serviceId',
              code: 'unknown_service',
              message: 'No such service in the catalogue',
            },
          ]),
      ...unknownBiobanks,
    ];
    if (unknown.length > 0 || !service) throw ApiError.unknownReference(unknown);

    const id = await this.dataSource.transaction(async (manager) => {
      // A client that shows no questions sends no answers; such a request keeps none. A draft
      // was written in the portal, which asks them: its answers are checked even when empty.
      const answered =
        !draft && body.answers === undefined && body.questionSetVersion === undefined
          ? null
          : await this.questions.assertAnswers(
              manager,
              service.id,
              body.questionSetVersion,
              body.answers ?? {},
            );
      const now = new Date();
      const reference = await this.repository.nextReference(manager, referenceYear(now));
      const codes = biobanks.map((biobank) => biobank.code).sort();
      const columns = {
        ...contentColumns(body),
        reference,
        status: 'submitted' as const,
        serviceId: service.id,
        biobankCodes: codes,
        researcherName: user.name,
        priority: 'normal' as const,
        firstResponseDueAt: addDanishWorkingDays(now, this.config.FIRST_RESPONSE_WORKING_DAYS),
        lastActivityAt: now,
        submittedAt: now,
        questionSetVersion: answered?.questionSetVersion ?? null,
        answers: answered?.answers ?? null,
      };
      let requestId: string;
      if (draft) {
        // The version and the status in the WHERE clause: a draft changed in another tab, or
        // submitted there already, is a conflict.
        const result = await manager
          .createQueryBuilder()
          .update(ServiceRequest)
          .set({ ...columns, version: () => 'version + 1' })
          .where(
            `id = :id AND version = :version AND status = 'draft' AND researcher_id = :researcherId`,
            {
              ...draft,
              researcherId: user.id,
            },
          )
          .execute();
        if (result.affected !== 1) throw staleVersion();
        requestId = draft.id;
      } else {
        const inserted = await manager.insert(ServiceRequest, {
          ...columns,
          version: 1,
          researcherId: user.id,
        });
        requestId = String(inserted.identifiers[0].id);
      }
      await manager
        .createQueryBuilder()
        .relation(ServiceRequest, 'biobanks')
        .of(requestId)
        .add(codes);
      await manager.insert(RequestEvent, {
        requestId,
        actorId: user.id,
        type: 'submitted',
        fromStatus: null,
        toStatus: 'submitted',
      });
      const about = {
        id: requestId,
        reference,
        title: body.title,
        assigneeId: null,
        researcher: user,
      };
      await this.outbox.enqueue(manager, [
        requestMail(this.config, about, 'researcher', 'request_received', requestId, {
          service: localized(service, 'name')[user.locale],
        }),
        requestMail(this.config, about, 'secretariat', 'request_submitted', requestId, {
          researcher: user.name,
          institution: body.institution,
          service: localized(service, 'name')[SECRETARIAT_LOCALE],
          biobanks: codes.join(', '),
        }),
      ]);
      return requestId;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, query: ListInput): Promise<RequestList> {
    const { items, nextCursor } = await this.repository.page(user, query);
    return { items: items.map((request) => this.toDto(user, request)), nextCursor };
  }

  /**
   * The researcher edits their request while the secretariat waits for an answer. Every
   * changed field is kept in the history as before and after.
   */
  async edit(user: AuthUser, id: string, body: EditInput): Promise<ServiceRequestDto> {
    const service = body.serviceId
      ? await this.catalogue.findActiveService(body.serviceId)
      : undefined;
    const { biobanks, unknown: unknownBiobanks } = body.biobankCodes
      ? await this.catalogue.unknownBiobanks(body.biobankCodes)
      : { biobanks: undefined, unknown: [] };
    const unknown = [
      ...(service === null
        ? [
            {
              field: 'serviceId',
              code: 'unknown_service',
              message: 'No such service in the catalogue',
            },
          ]
        : []),
      ...unknownBiobanks,
    ];
    await this.dataSource.transaction(async (manager) => {
      const request = await this.findVisible(user, id, manager);
      if (!mayEditRequest(user, request)) {
        if (request.researcherId !== user.id)
          throw ApiError.forbidden('Only the researcher who made the request may edit it');
        throw ApiError.conflict(
          'TRANSITION_NOT_ALLOWED',
          'A request can be edited only while the secretariat waits for your answer',
        );
      }
      if (body.version !== request.version) throw staleVersion();
      if (unknown.length > 0) throw ApiError.unknownReference(unknown);
      const before: Record<string, string> = {
        ...Object.fromEntries(REQUEST_FIELDS.map((field) => [field, fieldText(request[field])])),
        biobankCodes: fieldText(request.biobanks.map((biobank) => biobank.code)),
      };
      const after: Record<string, string> = { ...before };
      for (const field of REQUEST_FIELDS) {
        const value = body[field];
        if (value !== undefined) after[field] = fieldText(value);
      }
      const changed = REQUEST_FIELDS.filter((field) => before[field] !== after[field]);
      if (changed.length === 0) return;
      const { biobankCodes: _codes, version: _version, ...fields } = body;
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({
          // Empty text clears a field, as it does at submission.
          ...Object.fromEntries(
            Object.entries(fields).map(([field, value]) => [field, value === '' ? null : value]),
          ),
          ...(after.biobankCodes !== before.biobankCodes
            ? { biobankCodes: after.biobankCodes.split(', ') }
            : {}),
          version: () => 'version + 1',
          lastActivityAt: () => 'now()',
        })
        .where('id = :id AND version = :version', { id: request.id, version: request.version })
        .execute();
      if (result.affected !== 1) throw staleVersion();
      if (biobanks && changed.includes('biobankCodes')) {
        const wanted = new Set(biobanks.map((biobank) => biobank.code));
        const current = new Set(request.biobanks.map((biobank) => biobank.code));
        await manager
          .createQueryBuilder()
          .relation(ServiceRequest, 'biobanks')
          .of(request.id)
          .addAndRemove(
            [...wanted].filter((code) => !current.has(code)),
            [...current].filter((code) => !wanted.has(code)),
          );
      }
      await manager.insert(RequestEvent, {
        requestId: request.id,
        actorId: user.id,
        type: 'edited',
        fromStatus: null,
        toStatus: null,
        details: Object.fromEntries(
          changed.flatMap((field) => [
            [`${field}.from`, before[field]],
            [`${field}.to`, after[field]],
          ]),
        ),
      });
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<ServiceRequestDto> {
    return this.toDto(user, await this.findVisible(user, id));
  }

  async transition(user: AuthUser, id: string, body: TransitionInput): Promise<ServiceRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.findVisible(user, id, manager);
      const check = checkTransition(body.action, user, request, body.comment);
      if (!check.ok) {
        if (check.reason === 'forbidden')
          throw ApiError.forbidden(`You may not ${body.action.replace('_', ' ')} this request`);
        if (check.reason === 'comment_required') {
          throw ApiError.validation([
            { field: 'comment', code: 'too_small', message: 'A comment is required for this step' },
          ]);
        }
        throw ApiError.conflict(
          'TRANSITION_NOT_ALLOWED',
          `A ${request.status} request cannot take the step ${body.action}`,
        );
      }
      if (body.version !== undefined && body.version !== request.version) throw staleVersion();
      if (
        body.action === 'close' &&
        !allAcceptedDelivered(request.routings.map((routing) => routing.status))
      ) {
        throw ApiError.conflict(
          'TRANSITION_NOT_ALLOWED',
          'The request can be closed when every biobank that took it on has delivered',
        );
      }
      // The version in the WHERE clause makes the check and the write one atomic step.
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({
          status: check.to,
          version: () => 'version + 1',
          lastActivityAt: () => 'now()',
          // Any step by the secretariat answers the researcher, and stops the deadline clock.
          ...(REQUEST_ACTION_RULES[body.action].actor === 'secretariat'
            ? { firstRespondedAt: () => 'COALESCE(first_responded_at, now())' }
            : {}),
        })
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
        requestMail(this.config, request, to, kind, event.id, {
          author: user.name,
          comment: body.comment ?? '',
        }),
      ]);
    });
    return this.get(user, id);
  }

  findVisible(user: AuthUser, id: string, manager?: EntityManager): Promise<ServiceRequest> {
    return this.repository.findVisible(user, id, manager);
  }

  /** As `findVisible`, and the caller's own drafts too: for what hangs on a draft, like its files. */
  findVisibleOrOwnDraft(
    user: AuthUser,
    id: string,
    manager?: EntityManager,
  ): Promise<ServiceRequest> {
    return this.repository.findVisible(user, id, manager, { ownDrafts: true });
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
      coApplicants: request.coApplicants,
      funding: request.funding,
      industryPartnerName: request.industryPartnerName,
      industryPartnerCvr: request.industryPartnerCvr,
      ethicsApprovalCaseNumber: request.ethicsApprovalCaseNumber,
      questionSetVersion: request.questionSetVersion,
      answers: request.answers,
      ethicsApprovalDate: request.ethicsApprovalDate,
      ethicsCommittee: request.ethicsCommittee,
      dataProtectionReference: request.dataProtectionReference,
      consentBasis: request.consentBasis,
      researcher: {
        id: request.researcher.id,
        name: request.researcher.name,
        email: request.researcher.email,
      },
      priority: request.priority,
      assignee: request.assignee ? { id: request.assignee.id, name: request.assignee.name } : null,
      firstResponseDueAt: request.firstResponseDueAt?.toISOString() ?? null,
      overdue: isOverdue(request),
      lastActivityAt: request.lastActivityAt.toISOString(),
      routings: [...request.routings]
        .sort((a, b) => a.biobankCode.localeCompare(b.biobankCode))
        .map((routing) => ({
          biobankCode: routing.biobankCode,
          status: routing.status,
          // The note is between the secretariat and the biobank.
          note: maySeeInternalNotes(user) ? routing.note : null,
          declineReason: routing.declineReason,
          allowedActions: allowedRoutingActions(user, routing, request.status),
          updatedAt: routing.updatedAt.toISOString(),
        })),
      submittedAt: request.submittedAt?.toISOString() ?? null,
      createdAt: request.createdAt.toISOString(),
      updatedAt: request.updatedAt.toISOString(),
      // Closing also waits for the biobanks, which the status alone does not say.
      allowedActions: allowedActions(user, request).filter(
        (action) =>
          action !== 'close' ||
          allAcceptedDelivered(request.routings.map((routing) => routing.status)),
      ),
      mayRoute: mayRoute(user, request),
    };
  }
}

/** Past the first-response deadline with no answer from the secretariat yet. */
function isOverdue(request: ServiceRequest, now = new Date()): boolean {
  return (
    request.status === 'submitted' &&
    !request.firstRespondedAt &&
    !!request.firstResponseDueAt &&
    request.firstResponseDueAt < now
  );
}

export function staleVersion() {
  return ApiError.conflict(
    'VERSION_CONFLICT',
    'Someone else changed this request in the meantime; reload it and try again',
  );
}
