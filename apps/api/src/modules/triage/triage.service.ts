import type { Person, ServiceRequest as ServiceRequestDto, TriageBody } from '@bgb/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { OutboxService } from '../notifications/outbox.service';
import { requestMail } from '../notifications/request-mail';
import { RequestEvent } from '../requests/request-event.entity';
import { RequestsService, staleVersion } from '../requests/requests.service';
import { ServiceRequest } from '../requests/service-request.entity';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';

type TriageInput = z.output<typeof TriageBody>;

/** The secretariat's handling of a request: who handles it and how urgent it is. */
@Injectable()
export class TriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
  ) {}

  async update(user: AuthUser, id: string, body: TriageInput): Promise<ServiceRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.requests.findVisible(user, id, manager);
      if (body.version !== request.version) throw staleVersion();
      const assignee = body.assigneeId ? await this.caseHandler(manager, body.assigneeId) : null;
      const changes: Partial<ServiceRequest> = {};
      const events: Partial<RequestEvent>[] = [];
      if (body.assigneeId !== undefined && body.assigneeId !== request.assigneeId) {
        changes.assigneeId = body.assigneeId;
        events.push(
          assignee
            ? {
                type: 'assigned',
                details: { assigneeId: assignee.id, assigneeName: assignee.name },
              }
            : { type: 'unassigned', details: null },
        );
      }
      if (body.priority !== undefined && body.priority !== request.priority) {
        changes.priority = body.priority;
        events.push({
          type: 'priority_changed',
          details: { from: request.priority, to: body.priority },
        });
      }
      if (events.length === 0) return;
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({ ...changes, version: () => 'version + 1', lastActivityAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: request.id, version: request.version })
        .execute();
      if (result.affected !== 1) throw staleVersion();
      for (const event of events) {
        const inserted = await manager.insert(RequestEvent, {
          ...event,
          requestId: request.id,
          actorId: user.id,
          fromStatus: null,
          toStatus: null,
        });
        // Assigning oneself needs no mail: the new case handler is the one who did it.
        if (event.type === 'assigned' && assignee && assignee.id !== user.id) {
          const occasion = String(inserted.identifiers[0].id);
          await this.outbox.enqueue(manager, [
            requestMail(this.config, request, assignee, 'request_assigned', occasion, {
              author: user.name,
            }),
          ]);
        }
      }
    });
    return this.requests.get(user, id);
  }

  /** The members of the secretariat, who may be assigned requests, by name. */
  async caseHandlers(): Promise<Person[]> {
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where(`'secretariat' = ANY(user.roles)`)
      .orderBy('user.name')
      .addOrderBy('user.id')
      .getMany();
    return users.map((user) => ({ id: user.id, name: user.name }));
  }

  /** Only a member of the secretariat can be a request's case handler. */
  private async caseHandler(manager: EntityManager, id: string): Promise<User> {
    const user = await this.users.findCaseHandler(manager, id);
    if (!user) {
      throw ApiError.unknownReference([
        {
          field: 'assigneeId',
          code: 'unknown_case_handler',
          message: 'No member of the secretariat has this id',
        },
      ]);
    }
    return user;
  }
}
