import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Roles } from '../../common/auth.decorators';
import { AdminBiobankDto, AdminBiobankListDto, UpdateBiobankDto } from '../../common/dto';
import { type AuditOrigin, RequestOrigin } from '../audit/audit-log';
import { AdminBiobanksService } from './admin-biobanks.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/biobanks')
export class AdminBiobanksController {
  constructor(private readonly biobanks: AdminBiobanksService) {}

  /** Every biobank with its shared mailbox and how many coordinators it has. */
  @Get()
  @ZodResponse({ status: 200, type: AdminBiobankListDto })
  list() {
    return this.biobanks.list();
  }

  /** Sets or clears (`null`) the biobank's shared mailbox. */
  @Put(':code')
  @ZodResponse({ status: 200, type: AdminBiobankDto })
  update(
    @RequestOrigin() origin: AuditOrigin,
    @Param('code') code: string,
    @Body() body: UpdateBiobankDto,
  ) {
    return this.biobanks.update(origin, code, body);
  }
}
