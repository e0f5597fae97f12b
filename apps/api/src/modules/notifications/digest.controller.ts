import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Roles } from '../../common/auth.decorators';
import { DigestRunDto } from '../../common/dto';
import { DigestService } from './digest.service';

/**
 * Lets an administrator run the daily digest now, e.g. after an outage at DIGEST_TIME. Safe to
 * repeat: nobody gets more than one digest a day.
 */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/notification-digests')
export class DigestController {
  constructor(private readonly digests: DigestService) {}

  @Post()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: DigestRunDto })
  run() {
    return this.digests.run();
  }
}
