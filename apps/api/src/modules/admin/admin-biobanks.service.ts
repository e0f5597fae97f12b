import type { AdminBiobank, AdminBiobankList, UpdateBiobankBody } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import { Biobank } from '../catalogue/biobank.entity';
import { toBiobankDto } from '../catalogue/catalogue.service';
import { coordinatorsOf } from '../notifications/coordinators';

type UpdateInput = z.output<typeof UpdateBiobankBody>;

/** The biobanks as administrators keep them: who hears of what is routed to each. */
@Injectable()
export class AdminBiobanksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<AdminBiobankList> {
    const biobanks = await this.dataSource
      .getRepository(Biobank)
      .find({ order: { sortOrder: 'ASC' } });
    return { items: await this.withCoordinatorCounts(biobanks) };
  }

  async update(code: string, body: UpdateInput): Promise<AdminBiobank> {
    const repository = this.dataSource.getRepository(Biobank);
    const biobank = await repository.findOneBy({ code: code.toUpperCase() });
    if (!biobank) throw ApiError.notFound(`No biobank with code ${code}`);
    biobank.sharedMailbox = body.sharedMailbox;
    await repository.save(biobank);
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
