import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth.decorators';
import { BiobankDto, ServiceDto } from '../../common/dto';
import { CatalogueService } from './catalogue.service';

/** The catalogue is public: researchers may look before they register. */
@ApiTags('catalogue')
@Public()
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('biobanks')
  @ZodResponse({ status: 200, type: [BiobankDto] })
  biobanks() {
    return this.catalogue.listBiobanks();
  }

  @Get('services')
  @ZodResponse({ status: 200, type: [ServiceDto] })
  services() {
    return this.catalogue.listServices();
  }
}
