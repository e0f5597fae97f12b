import type {
  Locale,
  LocalizedText,
  RouteBody,
  RoutingTransitionBody,
  ServiceRequest as ServiceRequestDto,
} from '@bgb/contracts';
import { checkRoutingTransition, mayRoute, requestStatusAfterRouting } from '@bgb/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { CatalogueService } from '../catalogue/catalogue.service';
import { localized } from '../catalogue/localized';
import { OutboxService } from '../notifications/outbox.service';
import type { OutgoingMail } from '../notifications/outgoing-mail';
import { biobankRecipients } from '../notifications/coordinators';
import { requestMail } from '../notifications/request-mail';
import { RequestEvent } from '../requests/request-event.entity';
import { RequestsService, staleVersion } from '../requests/requests.service';
import { ServiceRequest } from '../requests/service-request.entity';
import { Routing } from './routing.entity';

type RouteInput = z.output<typeof RouteBody>;
type RoutingTransitionInput = z.output<typeof RoutingTransitionBody>;

/** Handing requests to biobanks, and each biobank's own progress. */
@Injectable()
export class RoutingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Routes a request in triage to biobanks: it becomes `routed`, each biobank `pending`. */
  async route(user: AuthUser, id: string, body: RouteInput): Promise<ServiceRequestDto> {
    const { biobanks, unknown } = await this.catalogue.unknownBiobanks(body.biobankCodes);
    await this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findVisible(user, id, manager);
      if (body.version !== request.version) throw staleVersion();
      if (!mayRoute(user, request)) {
        throw ApiError.conflict(
          'TRANSITION_NOT_ALLOWED',
          `A ${request.status} request cannot be routed; start triage first`,
        );
      }
      if (unknown.length > 0) throw ApiError.unknownReference(unknown);
      const recipients = await biobankRecipients(manager, body.biobankCodes);
      const unreachable = body.biobankCodes
        .map((code, index) => ({
          biobank: biobanks.find((candidate) => candidate.code === code)!,
          index,
        }))
        .filter(
          ({ biobank }) => !recipients.some(({ biobankCode }) => biobankCode === biobank.code),
        );
      if (unreachable.length > 0) {
        throw ApiError.biobankUnreachable(
          unreachable.map(({ biobank, index }) => ({
            field: `biobankCodes.${index}`,
            code: 'BIOBANK_UNREACHABLE',
            message: `${biobank.nameEn} (${biobank.code}) has neither a coordinator nor a shared mailbox`,
          })),
        );
      }
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({ status: 'routed', version: () => 'version + 1', lastActivityAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: request.id, version: request.version })
        .execute();
      if (result.affected !== 1) throw staleVersion();
      // A biobank that declined an earlier routing may be asked again.
      await manager.upsert(
        Routing,
        body.biobankCodes.map((biobankCode) => ({
          requestId: request.id,
          biobankCode,
          status: 'pending' as const,
          note: body.note || null,
          declineReason: null,
        })),
        ['requestId', 'biobankCode'],
      );
      const event = await manager.save(
        manager.create(RequestEvent, {
          requestId: request.id,
          actorId: user.id,
          type: 'routed',
          fromStatus: request.status,
          toStatus: 'routed',
          comment: null,
          details: { biobanks: body.biobankCodes.join(', ') },
        }),
      );
      const names = biobanks.map((biobank) => localized(biobank, 'name'));
      await this.outbox.enqueue(manager, [
        requestMail(this.config, request, 'researcher', 'request_routed', event.id, {
          biobanks: names.map((name) => name[request.researcher.locale]).join(', '),
        }),
        ...recipients.map(({ to, biobankCode }) => {
          const biobank = biobanks.find((candidate) => candidate.code === biobankCode)!;
          return requestMail(
            this.config,
            request,
            to,
            'routed_to_biobank',
            `${event.id}:${biobankCode}`,
            {
              biobank: localized(biobank, 'name')[to.locale],
              note: body.note ?? '',
            },
          );
        }),
      ]);
    });
    return this.requests.get(user, id);
  }

  /** A coordinator's step for their biobank; the request follows where the biobanks lead it. */
  async transition(
    user: AuthUser,
    id: string,
    biobankCode: string,
    body: RoutingTransitionInput,
  ): Promise<ServiceRequestDto> {
    // Read before the transaction: on the embedded database it holds the only connection.
    const [biobank] = await this.catalogue.findActiveBiobanks([biobankCode.toUpperCase()]);
    await this.dataSource.transaction(async (manager) => {
      // Locks the request row before reading it: steps on one request, by one biobank or several,
      // go one after the other, and each sees the request and its routings as the last one left them.
      if (isUuid(id)) {
        await manager
          .createQueryBuilder(ServiceRequest, 'request')
          .setLock('pessimistic_write')
          .where('request.id = :id', { id })
          .getOne();
      }
      const request = await this.requests.findVisible(user, id, manager);
      const routing = request.routings.find(
        (candidate) => candidate.biobankCode === biobankCode.toUpperCase(),
      );
      if (!routing) throw ApiError.notFound('This request is not routed to that biobank');
      const check = checkRoutingTransition(
        body.action,
        user,
        routing,
        request.status,
        body.comment,
      );
      if (!check.ok) {
        if (check.reason === 'forbidden')
          throw ApiError.forbidden(`Only coordinators of ${routing.biobankCode} may do this`);
        if (check.reason === 'comment_required') {
          throw ApiError.validation([
            { field: 'comment', code: 'too_small', message: 'Give the reason for declining' },
          ]);
        }
        throw ApiError.conflict(
          'TRANSITION_NOT_ALLOWED',
          `A ${routing.status} routing cannot take the step ${body.action}`,
        );
      }
      if (body.version !== undefined && body.version !== request.version) throw staleVersion();
      await manager.update(
        Routing,
        { requestId: request.id, biobankCode: routing.biobankCode },
        { status: check.to, ...(body.action === 'decline' ? { declineReason: body.comment } : {}) },
      );
      const statuses = request.routings.map((candidate) =>
        candidate === routing ? check.to : candidate.status,
      );
      const nextStatus = requestStatusAfterRouting(request.status, statuses);
      await manager.update(ServiceRequest, request.id, {
        status: nextStatus,
        version: () => 'version + 1',
        lastActivityAt: () => 'now()',
      });
      const event = await manager.save(
        manager.create(RequestEvent, {
          requestId: request.id,
          actorId: user.id,
          type: `routing_${body.action}`,
          fromStatus: request.status,
          toStatus: nextStatus,
          comment: body.comment || null,
          details: { biobank: routing.biobankCode },
        }),
      );
      const name = biobank
        ? localized(biobank, 'name')
        : { da: routing.biobankCode, en: routing.biobankCode };
      await this.outbox.enqueue(
        manager,
        this.mailsFor(user, request, name, body, event.id, request.status, nextStatus),
      );
    });
    return this.requests.get(user, id);
  }

  private mailsFor(
    user: AuthUser,
    request: ServiceRequest,
    name: LocalizedText,
    body: RoutingTransitionInput,
    occasion: string,
    before: ServiceRequest['status'],
    after: ServiceRequest['status'],
  ): OutgoingMail[] {
    const values = (locale: Locale) => ({
      author: user.name,
      comment: body.comment ?? '',
      biobank: name[locale],
    });
    const mails: OutgoingMail[] = [];
    if (body.action === 'decline')
      mails.push(
        requestMail(this.config, request, 'case_handler', 'biobank_declined', occasion, values),
      );
    if (body.action === 'deliver')
      mails.push(
        requestMail(this.config, request, 'case_handler', 'biobank_delivered', occasion, values),
      );
    if (before === 'routed' && after === 'in_progress') {
      mails.push(
        requestMail(this.config, request, 'researcher', 'work_started', occasion, {
          biobank: name[request.researcher.locale],
        }),
      );
    }
    return mails;
  }
}
