import type { Biobank as BiobankDto, Service as ServiceDto } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Biobank } from './biobank.entity';
import { localized } from './localized';
import { Service } from './service.entity';

@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(Biobank) private readonly biobanks: Repository<Biobank>,
    @InjectRepository(Service) private readonly services: Repository<Service>,
  ) {}

  async listBiobanks(): Promise<BiobankDto[]> {
    const rows = await this.biobanks.find({ where: { active: true }, order: { sortOrder: 'ASC' } });
    return rows.map(toBiobankDto);
  }

  async listServices(): Promise<ServiceDto[]> {
    const rows = await this.services.find({ where: { active: true }, order: { sortOrder: 'ASC' } });
    return rows.map(toServiceDto);
  }

  findActiveService(id: string): Promise<Service | null> {
    return this.services.findOneBy({ id, active: true });
  }

  findActiveBiobanks(codes: string[]): Promise<Biobank[]> {
    return this.biobanks.findBy({ code: In(codes), active: true });
  }
}

export const toBiobankDto = (b: Biobank): BiobankDto => ({
  code: b.code,
  name: localized(b, 'name'),
  description: localized(b, 'description'),
});

export const toServiceDto = (s: Service): ServiceDto => ({
  id: s.id,
  slug: s.slug,
  name: localized(s, 'name'),
  description: localized(s, 'description'),
});
