import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { PublishQuestionSetDto, QuestionSetDto, QuestionSetVersionListDto } from '../../common/dto';
import { type AuditOrigin, RequestOrigin } from '../audit/audit-log';
import { ServiceQuestionsService } from './service-questions.service';

/** A service's questions belong to the catalogue, which is public. */
@ApiTags('catalogue')
@Public()
@Controller('services/:id/questions')
export class ServiceQuestionsController {
  constructor(private readonly questions: ServiceQuestionsService) {}

  /** The questions a new request for the service answers. */
  @Get()
  @ZodResponse({ status: 200, type: QuestionSetDto })
  current(@Param('id') id: string) {
    return this.questions.current(id);
  }

  /** An earlier version, to show the answers of a request made under it. */
  @Get('versions/:version')
  @ZodResponse({ status: 200, type: QuestionSetDto })
  version(@Param('id') id: string, @Param('version') version: string) {
    return this.questions.version(id, version);
  }
}

@ApiTags('admin')
@Roles('admin')
@Controller('admin/services/:id/questions')
export class AdminServiceQuestionsController {
  constructor(private readonly questions: ServiceQuestionsService) {}

  /** Every published version, newest first. */
  @Get('versions')
  @ZodResponse({ status: 200, type: QuestionSetVersionListDto })
  versions(@Param('id') id: string) {
    return this.questions.versions(id);
  }

  /** Publishes a new version; `basedOnVersion` must be the current one (409 otherwise). */
  @Post()
  @ZodResponse({ status: 201, type: QuestionSetDto })
  publish(
    @CurrentUser() user: AuthUser,
    @RequestOrigin() origin: AuditOrigin,
    @Param('id') id: string,
    @Body() body: PublishQuestionSetDto,
  ) {
    return this.questions.publish(user, origin, id, body);
  }
}
