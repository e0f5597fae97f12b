import {
  type CreateRequestBody,
  type EditRequestBody,
  type ListRequestsQuery,
  REQUEST_FIELDS,
  type RequestList,
  type ServiceRequest as ServiceRequestDto,
  type TransitionBody,
} from '@bgb/contracts';
import {
  addDanishWorkingDays,
  allAcceptedDelivered,
  allowedActions,
  allowedRoutingActions,
  checkEdit,
  checkRequestStep,
  type CoordinatorActor,
  followsRequest,
  mayRoute,
  type RecordSubject,
  type RecordView,
  recordViewOf,
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
import { ServiceQuestionsService } from '../service-questions/service-questions.service';
import { contentColumns, fieldText } from './request-content';
import { staleVersion } from './request-refusals';
import { RequestWriter } from './request-writer';
import { RequestsRepository } from './requests.repository';
import { ServiceRequest } from './service-request.entity';

import type { z } from 'zod';

type CreateInput = z.output<typeof CreateRequestBody>;
type ListInput = z.output<typeof ListRequestsQuery>;
type TransitionInput = z.output<typeof TransitionBody>;
type EditInput = z.output<typeof EditRequestBody>;

@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: RequestsRepository,
    private readonly questions: ServiceQuestionsService,
    private readonly writer: RequestWriter,
  ) {}

  /**
   * Submits a request: the reference, the request, its first history event and what its event
   * sets off (both mails) are written in one transaction — all of it happens, or none of it. A
   * new request and a draft being submitted take this same path, so both meet every check made
   * here. It creates its request rather than loading one, so it shares only the writer's tail.
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
      await this.writer.record(manager, user, await this.findVisible(user, requestId, manager), [
        {
          history: { type: 'submitted', toStatus: 'submitted' },
          event: { type: 'submitted', service, biobankCodes: codes },
        },
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
    await this.writer.change(user, id, body.version, {
      rule: (request) => checkEdit(user, request),
      apply: async (request, _decided, manager) => {
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
        if (changed.length === 0) return null;
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
        const { biobankCodes: _codes, version: _version, ...fields } = body;
        return {
          columns: {
            // Empty text clears a field, as it does at submission.
            ...Object.fromEntries(
              Object.entries(fields).map(([field, value]) => [field, value === '' ? null : value]),
            ),
            ...(after.biobankCodes !== before.biobankCodes
              ? { biobankCodes: after.biobankCodes.split(', ') }
              : {}),
          },
          events: [
            {
              history: {
                type: 'edited',
                details: Object.fromEntries(
                  changed.flatMap((field) => [
                    [`${field}.from`, before[field]],
                    [`${field}.to`, after[field]],
                  ]),
                ),
              },
              event: { type: 'edited' },
            },
          ],
        };
      },
    });
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string): Promise<ServiceRequestDto> {
    return this.toDto(user, await this.findVisible(user, id));
  }

  async transition(user: AuthUser, id: string, body: TransitionInput): Promise<ServiceRequestDto> {
    await this.writer.change(user, id, body.version, {
      rule: (request) => checkRequestStep(body.action, user, request, body.comment),
      apply: async (request, { to }) => ({
        columns: {
          status: to,
          // Any step by the secretariat answers the researcher, and stops the deadline clock.
          ...(REQUEST_ACTION_RULES[body.action].actor === 'secretariat'
            ? { firstRespondedAt: () => 'COALESCE(first_responded_at, now())' }
            : {}),
        },
        events: [
          {
            history: {
              type: body.action,
              fromStatus: request.status,
              toStatus: to,
              comment: body.comment || null,
            },
            event: { type: 'stepped', action: body.action, comment: body.comment },
          },
        ],
      }),
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

  /** What this person sees of the request's record (its conversation, files and history). */
  async recordView(
    viewer: CoordinatorActor,
    request: ServiceRequest,
    manager?: EntityManager,
  ): Promise<RecordView> {
    const view = recordViewOf(viewer, request);
    // Where the viewer's biobanks declined matters only to one who no longer follows it.
    return view.upTo === null
      ? view
      : recordViewOf(viewer, await this.recordSubject(request, manager));
  }

  /**
   * The request as the domain's rule of who sees what of its record needs it: with where in its
   * history each declined biobank declined it.
   */
  async recordSubject(
    request: ServiceRequest,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RecordSubject> {
    const declinedAt = request.routings.some((routing) => !followsRequest(routing))
      ? await this.repository.declinePositions(manager, request.id)
      : new Map<string, bigint>();
    return {
      researcherId: request.researcherId,
      routings: request.routings.map((routing) => ({
        biobankCode: routing.biobankCode,
        status: routing.status,
        declinedAt: declinedAt.get(routing.biobankCode) ?? null,
      })),
    };
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
          // The note is between the secretariat and the biobank, as internal as an internal note.
          note: recordViewOf(user, request).internal ? routing.note : null,
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
