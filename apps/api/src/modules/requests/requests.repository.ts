import { type ListRequestsQuery, PRIORITIES } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { formatReference } from '@bgb/domain';
import { afterCursor, decodeCursor, encodeCursor, SORT_KEYS } from './request-cursor';
import { ServiceRequest } from './service-request.entity';

type ListInput = z.output<typeof ListRequestsQuery>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The SQL of service requests: who sees what, the queue's filters and keyset pages. */
@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Requests this user may see: everything for the secretariat; their own for a researcher;
   * for a coordinator, those routed to one of their biobanks.
   */
  visibleTo(user: AuthUser, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<ServiceRequest> {
    const query = manager.createQueryBuilder(ServiceRequest, 'request');
    if (user.roles.includes('secretariat')) return query;
    const routedToMine =
      user.roles.includes('coordinator') && user.biobankCodes.length > 0
        ? ' OR EXISTS (SELECT 1 FROM routing mine WHERE mine.request_id = request.id AND mine.biobank_code IN (:...myBiobanks))'
        : '';
    return query.where(`(request.researcher_id = :userId${routedToMine})`, { userId: user.id, myBiobanks: user.biobankCodes });
  }

  /** A request the user may not see is reported exactly like one that does not exist. */
  async findVisible(user: AuthUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceRequest> {
    const notFound = ApiError.notFound('No such request');
    if (!UUID.test(id)) throw notFound;
    const request = await this.withRelations(this.visibleTo(user, manager).andWhere('request.id = :id', { id })).getOne();
    if (!request) throw notFound;
    return request;
  }

  /**
   * One page of the list: ids by index first (filters, order, keyset), then the full rows of
   * just those ids — joins never multiply the rows being paged.
   */
  async page(user: AuthUser, query: ListInput): Promise<{ items: ServiceRequest[]; nextCursor: string | null }> {
    const keys = SORT_KEYS[query.sort];
    const page = this.visibleTo(user).select([]);
    keys.forEach((key, index) => page.addSelect(`request.${key.column}`, `k${index}`).addOrderBy(`request.${key.column}`, key.direction));
    page.limit(query.limit + 1);
    this.applyFilters(page, user, query);
    if (query.cursor) {
      const { sql, params } = afterCursor('request', keys, decodeCursor(query.sort, query.cursor));
      page.andWhere(sql, params);
    }
    const rows: Record<string, unknown>[] = await page.getRawMany();
    const pageRows = rows.slice(0, query.limit);
    // The id is the last sort key of every order.
    const ids = pageRows.map((row) => String(row[`k${keys.length - 1}`]));
    const loaded = ids.length
      ? await this.withRelations(this.dataSource.manager.createQueryBuilder(ServiceRequest, 'request'))
          .where('request.id IN (:...ids)', { ids })
          .getMany()
      : [];
    const byId = new Map(loaded.map((request) => [request.id, request]));
    const last = pageRows.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor(query.sort, keys.map((_key, index) => cursorValue(last[`k${index}`])))
        : null;
    return { items: ids.map((id) => byId.get(id)!), nextCursor };
  }

  /** Increments this year's counter under a row lock held until the caller's transaction ends. */
  async nextReference(manager: EntityManager, year: number): Promise<string> {
    const [{ last_sequence }] = await manager.query(
      `INSERT INTO reference_counter (year, last_sequence) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_sequence = reference_counter.last_sequence + 1
       RETURNING last_sequence`,
      [year],
    );
    return formatReference(year, Number(last_sequence));
  }

  private applyFilters(page: SelectQueryBuilder<ServiceRequest>, user: AuthUser, query: ListInput): void {
    if (query.status) page.andWhere('request.status = :status', { status: query.status });
    if (query.service) page.andWhere('request.service_id = :service', { service: query.service });
    // The indexed rank, not the text: lets the planner combine it with the other filters' indexes.
    if (query.priority) page.andWhere('request.priority_rank = :rank', { rank: PRIORITIES.indexOf(query.priority) + 1 });
    if (query.biobank) page.andWhere('request.biobank_codes @> ARRAY[:biobank]::text[]', { biobank: query.biobank });
    if (query.assignee === 'none') page.andWhere('request.assignee_id IS NULL');
    else if (query.assignee) {
      page.andWhere('request.assignee_id = :assignee', { assignee: query.assignee === 'me' ? user.id : query.assignee });
    }
    if (query.overdue !== undefined) {
      const overdue = `request.first_responded_at IS NULL AND request.status = 'submitted' AND request.first_response_due_at < now()`;
      page.andWhere(query.overdue ? overdue : `NOT (${overdue})`);
    }
    if (query.q) page.andWhere(`request.search @@ websearch_to_tsquery('simple', :q)`, { q: query.q });
  }

  private withRelations(query: SelectQueryBuilder<ServiceRequest>): SelectQueryBuilder<ServiceRequest> {
    return query
      .leftJoinAndSelect('request.biobanks', 'biobank')
      .leftJoinAndSelect('request.researcher', 'researcher')
      .leftJoinAndSelect('request.assignee', 'assignee')
      .leftJoinAndSelect('request.routings', 'routing');
  }
}

/** Raw timestamps come back as Date objects; cursors carry them as ISO strings. */
function cursorValue(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'number' ? value : String(value);
}
