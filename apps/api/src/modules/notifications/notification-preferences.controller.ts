import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth.decorators';
import { NotificationPreferencesDto, SetNotificationPreferencesDto } from '../../common/dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @ZodResponse({ status: 200, type: NotificationPreferencesDto })
  get(@CurrentUser() user: AuthUser) {
    return this.preferences.get(user.id);
  }

  @Put()
  @ZodResponse({ status: 200, type: NotificationPreferencesDto })
  set(@CurrentUser() user: AuthUser, @Body() body: SetNotificationPreferencesDto) {
    return this.preferences.set(user.id, body);
  }
}
