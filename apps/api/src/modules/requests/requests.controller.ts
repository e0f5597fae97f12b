import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import { IfMatchVersion, VersionedEntity } from '../../common/if-match';
import { RequiresVerifiedEmail } from '../../common/verified-email.guard';
import {
  CreateRequestDto,
  EditRequestDto,
  ListRequestsQueryDto,
  RequestListDto,
  ServiceRequestDto,
  TransitionDto,
} from '../../common/dto';
import { RequestsService } from './requests.service';

@ApiTags('requests')
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Post()
  @Roles('researcher')
  @RequiresVerifiedEmail()
  @ZodResponse({ status: 201, type: ServiceRequestDto })
  submit(@CurrentUser() user: AuthUser, @Body() body: CreateRequestDto) {
    return this.requests.submit(user, body);
  }

  @Get()
  @ZodResponse({ status: 200, type: RequestListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListRequestsQueryDto) {
    return this.requests.list(user, query);
  }

  @Get(':id')
  @VersionedEntity()
  @ZodResponse({ status: 200, type: ServiceRequestDto })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.requests.get(user, id);
  }

  /** The researcher's edits while the secretariat waits for an answer (`awaiting_researcher`). */
  @Patch(':id')
  @ZodResponse({ status: 200, type: ServiceRequestDto })
  edit(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: EditRequestDto) {
    return this.requests.edit(user, id, body);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @VersionedEntity()
  @ZodResponse({ status: 200, type: ServiceRequestDto })
  transition(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: TransitionDto,
    @IfMatchVersion() ifMatch?: number,
  ) {
    return this.requests.transition(user, id, { ...body, version: body.version ?? ifMatch });
  }
}
