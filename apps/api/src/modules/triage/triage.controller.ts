import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import { PersonDto, ServiceRequestDto, TriageDto } from '../../common/dto';
import { TriageService } from './triage.service';

@ApiTags('triage')
@Roles('secretariat')
@Controller()
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  /** Who a request can be assigned to; administrators choose from them for routing rules. */
  @Get('case-handlers')
  @Roles('secretariat', 'admin')
  @ZodResponse({ status: 200, type: [PersonDto] })
  caseHandlers() {
    return this.triage.caseHandlers();
  }

  /** Assign a case handler (`null` to unassign) and/or set the priority, based on `version`. */
  @Patch('requests/:id/triage')
  @ZodResponse({ status: 200, type: ServiceRequestDto })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: TriageDto) {
    return this.triage.update(user, id, body);
  }
}
