import type {
  CreateRoutingRuleBody,
  FieldError,
  RoutingRule as RoutingRuleDto,
  RoutingRuleList,
  RoutingSuggestion,
  UpdateRoutingRuleBody,
} from '@bgb/contracts';
import { proposeRouting } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { AuditLog, type AuditOrigin } from '../audit/audit-log';
import { CatalogueService } from '../catalogue/catalogue.service';
import { RequestsService } from '../requests/requests.service';
import { UsersRepository } from '../users/users.repository';
import { RoutingRule } from './routing-rule.entity';

type CreateInput = z.output<typeof CreateRoutingRuleBody>;
type UpdateInput = z.output<typeof UpdateRoutingRuleBody>;

const notFound = () => ApiError.notFound('No such routing rule');

/** The administrators' routing rules, and what they propose for a request in triage. */
@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly requests: RequestsService,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<RoutingRuleList> {
    return { items: (await this.findAll()).map(toRoutingRuleDto) };
  }

  async create(origin: AuditOrigin, body: CreateInput): Promise<RoutingRuleDto> {
    await this.requireReferences(body);
    const id = await this.dataSource.transaction(async (manager) => {
      const rule = await manager.getRepository(RoutingRule).save({ ...body, version: 1 });
      await this.audit.record(
        { action: 'routing_rule.created', ...origin, target: ruleTarget(rule.id), details: body },
        manager,
      );
      return rule.id;
    });
    return this.get(id);
  }

  /** Replaces the rule as the administrator saw it at `version`; a stale version changes nothing. */
  async update(origin: AuditOrigin, id: string, body: UpdateInput): Promise<RoutingRuleDto> {
    if (!isUuid(id)) throw notFound();
    await this.requireReferences(body);
    const { version, ...fields } = body;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(RoutingRule)
        .set({ ...fields, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) {
        if (!(await manager.getRepository(RoutingRule).existsBy({ id }))) throw notFound();
        throw ApiError.conflict(
          'VERSION_CONFLICT',
          'Someone else changed this routing rule in the meantime; reload it and try again',
        );
      }
      await this.audit.record(
        { action: 'routing_rule.updated', ...origin, target: ruleTarget(id), details: fields },
        manager,
      );
    });
    return this.get(id);
  }

  async remove(origin: AuditOrigin, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound();
    await this.dataSource.transaction(async (manager) => {
      const { raw } = await manager
        .createQueryBuilder()
        .delete()
        .from(RoutingRule)
        .where('id = :id', { id })
        .returning(['name'])
        .execute();
      const [deleted] = raw as { name: string }[];
      if (!deleted) throw notFound();
      await this.audit.record(
        {
          action: 'routing_rule.deleted',
          ...origin,
          target: ruleTarget(id),
          details: { name: deleted.name },
        },
        manager,
      );
    });
  }

  /** What the rules propose for a request the caller may see; only case handlers are proposed. */
  async suggest(user: AuthUser, requestId: string): Promise<RoutingSuggestion> {
    const request = await this.requests.get(user, requestId);
    const rules = await this.findAll();
    const caseHandlers = new Map(
      rules.flatMap(({ defaultAssignee: person }) =>
        person?.roles.includes('secretariat') ? [[person.id, person] as const] : [],
      ),
    );
    const proposal = proposeRouting(
      request,
      rules.map((rule) => ({
        ...rule,
        defaultAssigneeId: caseHandlers.has(rule.defaultAssigneeId ?? '')
          ? rule.defaultAssigneeId
          : null,
      })),
    );
    const assignee = proposal.caseHandler && caseHandlers.get(proposal.caseHandler.assigneeId)!;
    return {
      biobanks: proposal.biobanks,
      caseHandler:
        proposal.caseHandler && assignee
          ? {
              assignee: { id: assignee.id, name: assignee.name },
              reason: proposal.caseHandler.reason,
            }
          : null,
    };
  }

  private async get(id: string): Promise<RoutingRuleDto> {
    const rule = await this.dataSource
      .getRepository(RoutingRule)
      .findOne({ where: { id }, relations: { defaultAssignee: true } });
    if (!rule) throw notFound();
    return toRoutingRuleDto(rule);
  }

  private findAll(): Promise<RoutingRule[]> {
    return this.dataSource
      .getRepository(RoutingRule)
      .find({ relations: { defaultAssignee: true }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** The service, every biobank and the case handler must exist; each unknown one is named. */
  private async requireReferences(body: CreateInput): Promise<void> {
    const [service, requested, suggested, assignee] = await Promise.all([
      body.serviceId ? this.catalogue.findActiveService(body.serviceId) : null,
      this.catalogue.unknownBiobanks(body.requestedBiobankCodes, 'requestedBiobankCodes'),
      this.catalogue.unknownBiobanks(body.suggestedBiobankCodes, 'suggestedBiobankCodes'),
      body.defaultAssigneeId
        ? this.users.findCaseHandler(this.dataSource.manager, body.defaultAssigneeId)
        : null,
    ]);
    const unknown: FieldError[] = [
      ...(body.serviceId && !service
        ? [
            {
              field: 'serviceId',
              code: 'unknown_service',
              message: 'No such service in the catalogue',
            },
          ]
        : []),
      ...requested.unknown,
      ...suggested.unknown,
      ...(body.defaultAssigneeId && !assignee
        ? [
            {
              field: 'defaultAssigneeId',
              code: 'unknown_case_handler',
              message: 'No member of the secretariat has this id',
            },
          ]
        : []),
    ];
    if (unknown.length > 0) throw ApiError.unknownReference(unknown);
  }
}

function ruleTarget(id: string) {
  return { type: 'routing_rule', id };
}

function toRoutingRuleDto(rule: RoutingRule): RoutingRuleDto {
  return {
    id: rule.id,
    name: rule.name,
    serviceId: rule.serviceId,
    requestedBiobankCodes: rule.requestedBiobankCodes,
    suggestedBiobankCodes: rule.suggestedBiobankCodes,
    defaultAssigneeId: rule.defaultAssigneeId,
    defaultAssignee: rule.defaultAssignee
      ? { id: rule.defaultAssignee.id, name: rule.defaultAssignee.name }
      : null,
    version: rule.version,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}
