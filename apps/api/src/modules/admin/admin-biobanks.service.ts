import type { AdminBiobank, AdminBiobankList, UpdateBiobankBody } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import { AuditLog, type AuditOrigin } from '../audit/audit-log';
import { Biobank } from '../catalogue/biobank.entity';
import { toBiobankDto } from '../catalogue/catalogue.service';
import { coordinatorsOf } from '../notifications/coordinators';

type UpdateInput = z.output<typeof UpdateBiobankBody>;

/** The biobanks as administrators keep them: who hears of what is routed to each. */
@Injectable()
export class AdminBiobanksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<AdminBiobankList> {
    const biobanks = await this.dataSource
      .getRepository(Biobank)
      .find({ order: { sortOrder: 'ASC' } });
    return { items: await this.withCoordinatorCounts(biobanks) };
  }

  async update(origin: AuditOrigin, code: string, body: UpdateInput): Promise<AdminBiobank> {
    const biobank = await this.dataSource.transaction(async (manager) => {
      // Locked, so that the mailbox recorded as before is the one this change replaced.
      const found = await manager
        .getRepository(Biobank)
        .findOne({ where: { code: code.toUpperCase() }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw ApiError.notFound(`No biobank with code ${code}`);
      const before = found.sharedMailbox;
      found.sharedMailbox = body.sharedMailbox;
      await manager.save(found);
      if (before !== found.sharedMailbox)
        await this.audit.record(
          {
            action: 'biobank.mailbox_changed',
            ...origin,
            target: { type: 'biobank', id: found.code },
            details: { before, after: found.sharedMailbox },
          },
          manager,
        );
      return found;
    });
    const [updated] = await this.withCoordinatorCounts([biobank]);
    return updated;
  }

  private async withCoordinatorCounts(biobanks: Biobank[]): Promise<AdminBiobank[]> {
    const coordinators = await coordinatorsOf(
      this.dataSource.manager,
      biobanks.map((biobank) => biobank.code),
    );
    return biobanks.map((biobank) => ({
      ...toBiobankDto(biobank),
      sharedMailbox: biobank.sharedMailbox,
      coordinatorCount: coordinators.filter(({ biobankCode }) => biobankCode === biobank.code)
        .length,
    }));
  }
}
