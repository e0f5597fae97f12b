import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import { RequiresVerifiedEmail } from '../../common/verified-email.guard';
import {
  CreateDraftDto,
  DraftDto,
  DraftListDto,
  ServiceRequestDto,
  SubmitDraftDto,
  UpdateDraftDto,
} from '../../common/dto';
import { IfMatchVersion, VersionedEntity } from '../../common/if-match';
import { DraftsService } from './drafts.service';

/** A researcher's requests in the writing; seen by nobody else (404), submitted once complete. */
@ApiTags('drafts')
@Controller('drafts')
@Roles('researcher')
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @Post()
  @VersionedEntity()
  @ZodResponse({ status: 201, type: DraftDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateDraftDto) {
    return this.drafts.create(user, body);
  }

  @Get()
  @ZodResponse({ status: 200, type: DraftListDto })
  list(@CurrentUser() user: AuthUser) {
    return this.drafts.list(user);
  }

  @Get(':id')
  @VersionedEntity()
  @ZodResponse({ status: 200, type: DraftDto })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.drafts.get(user, id);
  }

  /** Saves the whole content; a version other than the draft's is 409 and changes nothing. */
  @Put(':id')
  @VersionedEntity()
  @ZodResponse({ status: 200, type: DraftDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: UpdateDraftDto,
    @IfMatchVersion() ifMatch?: number,
  ) {
    return this.drafts.update(user, id, { ...body, version: body.version ?? ifMatch });
  }

  @Delete(':id')
  @HttpCode(204)
  delete(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.drafts.delete(user, id);
  }

  /** Submits a complete draft as a request; an incomplete one is 422 naming every missing field. */
  @Post(':id/submit')
  @VersionedEntity()
  @RequiresVerifiedEmail()
  @ZodResponse({ status: 201, type: ServiceRequestDto })
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: SubmitDraftDto,
    @IfMatchVersion() ifMatch?: number,
  ) {
    return this.drafts.submit(user, id, body.version ?? ifMatch);
  }
}
