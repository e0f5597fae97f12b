import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth.decorators';
import {
  InAppNotificationListDto,
  ListNotificationsQueryDto,
  UnreadCountDto,
} from '../../common/dto';
import { InAppNotificationsService } from './in-app-notifications.service';

@ApiTags('in-app notifications')
@Controller('notifications')
export class InAppNotificationsController {
  constructor(private readonly notifications: InAppNotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Your in-app notifications, newest first' })
  @ZodResponse({ status: 200, type: InAppNotificationListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQueryDto) {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your in-app notifications are unread' })
  @ZodResponse({ status: 200, type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Marks all your in-app notifications read' })
  markAllRead(@CurrentUser() user: AuthUser) {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Marks one of your in-app notifications read' })
  markRead(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.notifications.markRead(user, id);
  }
}
