import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiError } from '../../common/api-error';
import { Roles } from '../../common/auth.decorators';
import { CaughtMailDto } from '../../common/dto';
import { MailCatcher } from '../notifications/mail-catcher';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/mails')
export class AdminMailsController {
  constructor(@Optional() @Inject(MailCatcher) private readonly catcher: MailCatcher | null) {}

  /** What demo mode's built-in SMTP catcher received, newest first; 404 when it is not running. */
  @Get()
  @ZodResponse({ status: 200, type: [CaughtMailDto] })
  list() {
    if (!this.catcher)
      throw ApiError.notFound('The mail catcher runs only in demo mode without SMTP_URL');
    return this.catcher.list();
  }
}
