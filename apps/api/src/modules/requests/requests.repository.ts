import { type ListRequestsQuery, PRIORITIES } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import { isUuid } from '../../common/uuid';
import type { AuthUser } from '../../common/auth.decorators';
import { formatReference } from '@bgb/domain';
import { afterCursor, decodeCursor, encodeCursor, SORT_KEYS, type SortKey } from './request-cursor';
import { Routing } from '../routing/routing.entity';
import { ServiceRequest } from './service-request.entity';

type ListInput = z.output<typeof ListRequestsQuery>;

/** A condition of the list's query with its named parameters. */
interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * How many rows of the order a page with several filters reads, per row it wants, before it
 * finds its matches through the filters' indexes instead. For a page of 25 that is some 5,000
 * rows, about 10 ms of index walk; rarer than one in 200, the matches of a million requests
 * number a few thousand at most, few enough to fetch and sort in a similar time.
 */
const PROBE_ROWS_PER_ROW = 200;

/** The expression of the QueueFilterFacets index, written the same so the planner can use it. */
const FACETS = `(ARRAY['status:' || request.status, 'priority:' || request.priority_rank::text, 'service:' || request.service_id::text,
  'assignee:' || coalesce(request.assignee_id::text, 'none')] || request.biobank_codes)`;

/** The SQL of service requests: who sees what, the queue's filters and keyset pages. */
@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Submitted requests this user may see: everything for the secretariat; their own for a
   * researcher; for a coordinator, those routed to one of their biobanks. Drafts are nobody's
   * request yet: they are found only through the drafts API, and by `ownDrafts` for what
   * belongs to a draft (its attachments), only its researcher's.
   */
  visibleTo(
    user: AuthUser,
    manager: EntityManager = this.dataSource.manager,
    { ownDrafts = false }: { ownDrafts?: boolean } = {},
  ): SelectQueryBuilder<ServiceRequest> {
    const request = manager.createQueryBuilder(ServiceRequest, 'request');
    const query = ownDrafts
      ? request.where(`(request.status <> 'draft' OR request.researcher_id = :userId)`, {
          userId: user.id,
        })
      : request.where(`request.status <> 'draft'`);
    if (user.roles.includes('secretariat')) return query;
    const routedToMine =
      user.roles.includes('coordinator') && user.biobankCodes.length > 0
        ? ' OR EXISTS (SELECT 1 FROM routing mine WHERE mine.request_id = request.id AND mine.biobank_code IN (:...myBiobanks))'
        : '';
    return query.andWhere(`(request.researcher_id = :userId${routedToMine})`, {
      userId: user.id,
      myBiobanks: user.biobankCodes,
    });
  }

  /** A request the user may not see is reported exactly like one that does not exist. */
  async findVisible(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    options: { ownDrafts?: boolean } = {},
  ): Promise<ServiceRequest> {
    const notFound = ApiError.notFound('No such request');
    if (!isUuid(id)) throw notFound;
    const request = await this.withRelations(
      this.visibleTo(user, manager, options).andWhere('request.id = :id', { id }),
    ).getOne();
    if (!request) throw notFound;
    return request;
  }

  /**
   * One page of the list: ids by index first (filters, order, keyset), then the full rows of
   * just those ids — joins never multiply the rows being paged.
   */
  async page(
    user: AuthUser,
    query: ListInput,
  ): Promise<{ items: ServiceRequest[]; nextCursor: string | null }> {
    const keys = SORT_KEYS[query.sort];
    const cursor = query.cursor
      ? afterCursor('request', keys, decodeCursor(query.sort, query.cursor))
      : undefined;
    const rows = await this.pageKeys(user, query, keys, cursor);
    const pageRows = rows.slice(0, query.limit);
    // The id is the last sort key of every order.
    const ids = pageRows.map((row) => String(row[`k${keys.length - 1}`]));
    const loaded = ids.length
      ? await this.withRelations(
          this.dataSource.manager.createQueryBuilder(ServiceRequest, 'request'),
        )
          .where('request.id IN (:...ids)', { ids })
          .getMany()
      : [];
    const byId = new Map(loaded.map((request) => [request.id, request]));
    const last = pageRows.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor(
            query.sort,
            keys.map((_key, index) => cursorValue(last[`k${index}`])),
          )
        : null;
    return { items: ids.map((id) => byId.get(id)!), nextCursor };
  }

  /**
   * Where in the request's history each of its biobanks last declined it, by biobank code: a
   * biobank asked again after declining keeps the position of its last decline.
   */
  async declinePositions(manager: EntityManager, requestId: string): Promise<Map<string, bigint>> {
    const rows: { code: string; seq: string }[] = await manager.query(
      `SELECT details->>'biobank' AS code, max(seq)::text AS seq FROM request_event
       WHERE request_id = $1 AND type = 'routing_decline' GROUP BY 1`,
      [requestId],
    );
    return new Map(rows.map((row) => [row.code, BigInt(row.seq)]));
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

  /**
   * The sort keys of one page, and of one row more to tell whether another page follows.
   *
   * With one filter the planner's estimate is sound and one query walks the index that fits.
   * With several it multiplies their selectivities, and for correlated filters that match
   * little or nothing (say DCB + high) it expects thousands of matches and walks the order
   * through most of the table. So a bounded stretch of the order is read first, each row
   * marked by whether it matches: when matches are common the page is among them. Only when
   * they are rare are all of them found through the filters' indexes and sorted; the OFFSET 0
   * fence keeps the planner from walking the order again for that.
   */
  private async pageKeys(
    user: AuthUser,
    query: ListInput,
    keys: SortKey[],
    cursor?: Condition,
  ): Promise<Record<string, unknown>[]> {
    const size = query.limit + 1;
    const conditions = this.filters(user, query, { facets: false });
    const ordered = this.sortKeys(user, keys, cursor);
    keys.forEach((key) => ordered.addOrderBy(`request.${key.column}`, key.direction));
    if (conditions.length < 2) {
      conditions.forEach((condition) => ordered.andWhere(condition.sql, condition.params));
      return ordered.limit(size).getRawMany();
    }
    const order = keys.map((key, index) => `"k${index}" ${key.direction}`).join(', ');
    const probeRows = size * PROBE_ROWS_PER_ROW;
    // In priority order the filtered priority is where the walk starts, not one more filter:
    // otherwise every higher priority is read (and found not to match) first.
    if (query.sort === 'priority' && query.priority)
      ordered.andWhere('request.priority_rank = :rank');
    conditions.forEach((condition) => ordered.setParameters(condition.params));
    ordered
      .addSelect(`(${conditions.map((condition) => condition.sql).join(' AND ')})`, 'hit')
      .limit(probeRows);
    const [probeSql, probeParams] = ordered.getQueryAndParameters();
    // One row at least: how many rows were read, with the first matches among them if any.
    const probed: Record<string, unknown>[] = await this.dataSource.query(
      `WITH probe AS MATERIALIZED (${probeSql})
       SELECT counted.probed_rows, hits.* FROM (SELECT count(*)::int AS probed_rows FROM probe) counted
       LEFT JOIN LATERAL (SELECT * FROM probe WHERE hit ORDER BY ${order} LIMIT ${size}) hits ON true`,
      probeParams,
    );
    const hits = probed.filter((row) => row.hit === true);
    if (hits.length === size || Number(probed[0].probed_rows) < probeRows) return hits;

    const rare = this.sortKeys(user, keys, cursor);
    this.filters(user, query, { facets: true }).forEach((condition) =>
      rare.andWhere(condition.sql, condition.params),
    );
    const [sql, params] = rare.getQueryAndParameters();
    return this.dataSource.query(
      `SELECT * FROM (${sql} OFFSET 0) rare ORDER BY ${order} LIMIT ${size}`,
      params,
    );
  }

  /** The sort keys as k0, k1, ... of the requests this user may see, after the cursor. */
  private sortKeys(
    user: AuthUser,
    keys: SortKey[],
    cursor?: Condition,
  ): SelectQueryBuilder<ServiceRequest> {
    const query = this.visibleTo(user).select([]);
    keys.forEach((key, index) => query.addSelect(`request.${key.column}`, `k${index}`));
    if (cursor) query.andWhere(cursor.sql, cursor.params);
    return query;
  }

  /**
   * The list's filters as SQL conditions. With `facets`, two or more equality filters become
   * one containment test on the expression of the QueueFilterFacets index, which intersects
   * them inside a single index scan.
   */
  private filters(user: AuthUser, query: ListInput, { facets }: { facets: boolean }): Condition[] {
    const equalities: { facet: string; condition: Condition }[] = [];
    const equal = (facet: string, sql: string, params: Record<string, unknown> = {}) =>
      equalities.push({ facet, condition: { sql, params } });
    if (query.status)
      equal(`status:${query.status}`, 'request.status = :status', { status: query.status });
    // Facets hold the canonical lower-case text of a uuid; the query's may be upper case.
    if (query.service)
      equal(`service:${query.service.toLowerCase()}`, 'request.service_id = :service', {
        service: query.service,
      });
    if (query.priority) {
      // The indexed rank, not the text: lets the planner combine it with the other filters' indexes.
      const rank = PRIORITIES.indexOf(query.priority) + 1;
      equal(`priority:${rank}`, 'request.priority_rank = :rank', { rank });
    }
    if (query.biobank)
      equal(query.biobank, 'request.biobank_codes @> ARRAY[:biobank]::text[]', {
        biobank: query.biobank,
      });
    if (query.assignee === 'none') equal('assignee:none', 'request.assignee_id IS NULL');
    else if (query.assignee) {
      const assignee = query.assignee === 'me' ? user.id : query.assignee;
      equal(`assignee:${assignee.toLowerCase()}`, 'request.assignee_id = :assignee', { assignee });
    }
    const conditions =
      facets && equalities.length >= 2
        ? [
            {
              sql: `${FACETS} @> ARRAY[:...facets]::text[]`,
              params: { facets: equalities.map((equality) => equality.facet) },
            },
          ]
        : equalities.map((equality) => equality.condition);
    if (query.overdue !== undefined) {
      const overdue = `request.first_responded_at IS NULL AND request.status = 'submitted' AND request.first_response_due_at < now()`;
      conditions.push({ sql: query.overdue ? `(${overdue})` : `NOT (${overdue})`, params: {} });
    }
    if (query.q)
      conditions.push({
        sql: `request.search @@ websearch_to_tsquery('simple', :q)`,
        params: { q: query.q },
      });
    return conditions;
  }

  private withRelations(
    query: SelectQueryBuilder<ServiceRequest>,
  ): SelectQueryBuilder<ServiceRequest> {
    return query
      .leftJoinAndSelect('request.biobanks', 'biobank')
      .leftJoinAndSelect('request.researcher', 'researcher')
      .leftJoinAndSelect('request.assignee', 'assignee')
      .leftJoinAndMapMany(
        'request.routings',
        Routing,
        'routing',
        'routing.request_id = request.id',
      );
  }
}

/** Raw timestamps come back as Date objects; cursors carry them as ISO strings. */
function cursorValue(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'number' ? value : String(value);
}
