import type { Person, ServiceRequest as ServiceRequestDto, TriageBody } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { type RecordedEvent, RequestWriter } from '../requests/request-writer';
import { RequestsService } from '../requests/requests.service';
import type { ServiceRequest } from '../requests/service-request.entity';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';

type TriageInput = z.output<typeof TriageBody>;

/** The secretariat's handling of a request: who handles it and how urgent it is. */
@Injectable()
export class TriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly writer: RequestWriter,
    private readonly users: UsersRepository,
  ) {}

  async update(user: AuthUser, id: string, body: TriageInput): Promise<ServiceRequestDto> {
    // Triage has no rule of its own beyond the role, which the route checks.
    await this.writer.change(user, id, body.version, {
      apply: async (request, _decided, manager) => {
        const assignee = body.assigneeId ? await this.caseHandler(manager, body.assigneeId) : null;
        const columns: Partial<ServiceRequest> = {};
        const events: RecordedEvent[] = [];
        if (body.assigneeId !== undefined && body.assigneeId !== request.assigneeId) {
          columns.assigneeId = body.assigneeId;
          events.push(
            assignee
              ? {
                  history: {
                    type: 'assigned',
                    details: { assigneeId: assignee.id, assigneeName: assignee.name },
                  },
                  event: { type: 'assigned', assignee },
                }
              : { history: { type: 'unassigned' }, event: { type: 'unassigned' } },
          );
        }
        if (body.priority !== undefined && body.priority !== request.priority) {
          columns.priority = body.priority;
          events.push({
            history: {
              type: 'priority_changed',
              details: { from: request.priority, to: body.priority },
            },
            event: { type: 'priority_changed' },
          });
        }
        return events.length === 0 ? null : { columns, events };
      },
    });
    return this.requests.get(user, id);
  }

  /** The active members of the secretariat, who may be assigned requests, by name. */
  async caseHandlers(): Promise<Person[]> {
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where(`'secretariat' = ANY(user.roles)`)
      .andWhere('user.deactivated_at IS NULL')
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
