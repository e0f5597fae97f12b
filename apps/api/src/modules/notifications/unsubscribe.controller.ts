import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth.decorators';
import { CsrfExempt } from '../../common/csrf';
import { UnsubscribeQueryDto, UnsubscribeTargetDto } from '../../common/dto';
import { NotificationPreferencesService } from './notification-preferences.service';

/**
 * RFC 8058 one-click unsubscribe. Mail clients POST here without a session or CSRF token; the
 * signed token is the whole authority, and it can only turn one kind of mail off.
 */
@ApiTags('notifications')
@Public()
@CsrfExempt()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  /** Only tells what the link is for: mail scanners open links, so GET changes nothing. */
  @Get()
  @ZodResponse({ status: 200, type: UnsubscribeTargetDto })
  target(@Query() query: UnsubscribeQueryDto) {
    return this.preferences.target(query.token);
  }

  @Post()
  @HttpCode(204)
  unsubscribe(@Query() query: UnsubscribeQueryDto) {
    return this.preferences.unsubscribe(query.token);
  }
}
