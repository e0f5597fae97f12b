import type {
  RouteBody,
  RoutingTransitionBody,
  ServiceRequest as ServiceRequestDto,
} from '@bgb/contracts';
import { checkRoute, checkRoutingStep } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { CatalogueService } from '../catalogue/catalogue.service';
import { localized } from '../catalogue/localized';
import { biobankRecipients } from '../notifications/coordinators';
import { RequestWriter } from '../requests/request-writer';
import { RequestsService } from '../requests/requests.service';
import { Routing } from './routing.entity';

type RouteInput = z.output<typeof RouteBody>;
type RoutingTransitionInput = z.output<typeof RoutingTransitionBody>;

/** Handing requests to biobanks, and each biobank's own progress. */
@Injectable()
export class RoutingService {
  constructor(
    private readonly requests: RequestsService,
    private readonly catalogue: CatalogueService,
    private readonly writer: RequestWriter,
  ) {}

  /** Routes a request in triage to biobanks: it becomes `routed`, each biobank `pending`. */
  async route(user: AuthUser, id: string, body: RouteInput): Promise<ServiceRequestDto> {
    const { biobanks, unknown } = await this.catalogue.unknownBiobanks(body.biobankCodes);
    await this.writer.change(user, id, body.version, {
      rule: (request) => checkRoute(user, request),
      apply: async (request, _decided, manager) => {
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
        return {
          columns: { status: 'routed' },
          events: [
            {
              history: {
                type: 'routed',
                fromStatus: request.status,
                toStatus: 'routed',
                details: { biobanks: body.biobankCodes.join(', ') },
              },
              event: { type: 'routed', biobanks, note: body.note },
            },
          ],
        };
      },
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
    const code = biobankCode.toUpperCase();
    // Read before the transaction: on the embedded database it holds the only connection.
    const [biobank] = await this.catalogue.findActiveBiobanks([code]);
    await this.writer.change(
      user,
      id,
      body.version,
      {
        rule: (request) => checkRoutingStep(body.action, user, request, code, body.comment),
        apply: async (request, { to, requestTo }, manager) => {
          await manager.update(
            Routing,
            { requestId: request.id, biobankCode: code },
            { status: to, ...(body.action === 'decline' ? { declineReason: body.comment } : {}) },
          );
          return {
            columns: { status: requestTo },
            events: [
              {
                history: {
                  type: `routing_${body.action}`,
                  fromStatus: request.status,
                  toStatus: requestTo,
                  comment: body.comment || null,
                  details: { biobank: code },
                },
                event: {
                  type: 'routing_stepped',
                  action: body.action,
                  biobank: biobank ? localized(biobank, 'name') : { da: code, en: code },
                  requestTo,
                  comment: body.comment,
                },
              },
            ],
          };
        },
      },
      // Steps of several biobanks on one request go one after the other, each seeing the
      // routings as the last one left them.
      { serialize: true },
    );
    return this.requests.get(user, id);
  }
}
