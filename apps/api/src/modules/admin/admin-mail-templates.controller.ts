import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  MailPreviewQueryDto,
  MailTemplateListDto,
  QueuedMailDto,
  RenderedMailDto,
  SendTestMailDto,
} from '../../common/dto';
import { RateLimit } from '../rate-limits/rate-limit.decorator';
import { AdminMailTemplatesService } from './admin-mail-templates.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/mail-templates')
export class AdminMailTemplatesController {
  constructor(private readonly mailTemplates: AdminMailTemplatesService) {}

  /** Every kind of mail the portal sends, with what it is for. */
  @Get()
  @ZodResponse({ status: 200, type: MailTemplateListDto })
  list() {
    return this.mailTemplates.list();
  }

  /** The kind rendered with sample data in the chosen language: subject, plain text and HTML. */
  @Get(':kind/preview')
  @ZodResponse({ status: 200, type: RenderedMailDto })
  preview(@Param('kind') kind: string, @Query() query: MailPreviewQueryDto) {
    return this.mailTemplates.preview(kind, query.locale);
  }

  /** Queues a test mail to any address, to check that mail is delivered. */
  @Post('test')
  @RateLimit('test_mail')
  @HttpCode(202)
  @ZodResponse({ status: 202, type: QueuedMailDto })
  sendTest(@CurrentUser() admin: AuthUser, @Body() body: SendTestMailDto) {
    return this.mailTemplates.sendTest(admin, body);
  }
}
