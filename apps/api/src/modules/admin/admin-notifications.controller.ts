import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Roles } from '../../common/auth.decorators';
import {
  AdminNotificationDto,
  AdminNotificationListDto,
  ListAdminNotificationsQueryDto,
} from '../../common/dto';
import { AdminNotificationsService } from './admin-notifications.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/notifications')
export class AdminNotificationsController {
  constructor(private readonly notifications: AdminNotificationsService) {}

  /** The outbox, newest first, a page at a time; `status` narrows it to pending, sent or failed mails. */
  @Get()
  @ZodResponse({ status: 200, type: AdminNotificationListDto })
  list(@Query() query: ListAdminNotificationsQueryDto) {
    return this.notifications.list(query);
  }

  /** Sends a failed mail again: due now, attempts counted afresh; 409 unless it failed. */
  @Post(':id/resend')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: AdminNotificationDto })
  resend(@Param('id') id: string) {
    return this.notifications.resend(id);
  }
}
