import type { Biobank as BiobankDto, FieldError, Service as ServiceDto } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { ApiError } from '../../common/api-error';
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

  /** The field errors for codes among `codes` that are no active biobank, e.g. `biobankCodes.1`. */
  async unknownBiobanks(
    codes: string[],
    field = 'biobankCodes',
  ): Promise<{ biobanks: Biobank[]; unknown: FieldError[] }> {
    const biobanks = await this.findActiveBiobanks(codes);
    const unknown = codes
      .map((code, index) => ({ code, index }))
      .filter(({ code }) => !biobanks.some((biobank) => biobank.code === code))
      .map(({ code, index }) => ({
        field: `${field}.${index}`,
        code: 'unknown_biobank',
        message: `No biobank with code ${code}`,
      }));
    return { biobanks, unknown };
  }

  /** The active biobanks with these codes; any unknown code is a 422 naming its entry. */
  async requireBiobanks(codes: string[], field = 'biobankCodes'): Promise<Biobank[]> {
    const { biobanks, unknown } = await this.unknownBiobanks(codes, field);
    if (unknown.length > 0) throw ApiError.unknownReference(unknown);
    return biobanks;
  }
}

export const toBiobankDto = (b: Biobank): BiobankDto => ({
  code: b.code,
  name: localized(b, 'name'),
  description: localized(b, 'description'),
});

const toServiceDto = (s: Service): ServiceDto => ({
  id: s.id,
  slug: s.slug,
  name: localized(s, 'name'),
  description: localized(s, 'description'),
});
