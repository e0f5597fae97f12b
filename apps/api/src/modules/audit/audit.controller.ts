import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Roles } from '../../common/auth.decorators';
import { AuditEventListDto, ListAuditEventsQueryDto } from '../../common/dto';
import { AuditService } from './audit.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first, a page at a time; filtered by actor, action and time. */
  @Get()
  @ApiOperation({ summary: 'The audit trail, newest first' })
  @ZodResponse({ status: 200, type: AuditEventListDto })
  list(@Query() query: ListAuditEventsQueryDto) {
    return this.audit.list(query);
  }
}
