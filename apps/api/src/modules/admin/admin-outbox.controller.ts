import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Roles } from '../../common/auth.decorators';
import { ListOutboxMailsQueryDto, OutboxMailDto, OutboxMailListDto } from '../../common/dto';
import { AdminOutboxService } from './admin-outbox.service';

@ApiTags('admin')
@Roles('admin')
// The path predates the name: the outbox holds outbox mails, not in-app notifications.
@Controller('admin/notifications')
export class AdminOutboxController {
  constructor(private readonly outbox: AdminOutboxService) {}

  /** The outbox, newest first, a page at a time; `status` narrows it to pending, sent or failed mails. */
  @Get()
  @ApiOperation({ summary: 'The outbox mails, newest first' })
  @ZodResponse({ status: 200, type: OutboxMailListDto })
  list(@Query() query: ListOutboxMailsQueryDto) {
    return this.outbox.list(query);
  }

  /** Sends a failed mail again: due now, attempts counted afresh; 409 unless it failed. */
  @Post(':id/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sends a failed outbox mail again' })
  @ZodResponse({ status: 200, type: OutboxMailDto })
  resend(@Param('id') id: string) {
    return this.outbox.resend(id);
  }
}
