import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import type { DataSource } from 'typeorm';
import { Public } from '../../common/auth.decorators';
import { HealthDto } from '../../common/dto';

const PROBE_TIMEOUT_MS = 2000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ready when the database answers: 200 `{status: ok, database: up}`, else 503. */
  @Get()
  @ZodResponse({ status: 200, type: HealthDto })
  async health(@Res({ passthrough: true }) res: Response) {
    const up = await this.databaseUp();
    res.status(up ? 200 : 503);
    return up
      ? { status: 'ok' as const, database: 'up' as const }
      : { status: 'error' as const, database: 'down' as const };
  }

  /** Alive as long as the process serves HTTP; for restarts, not for routing traffic. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  private async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)),
    );
    const probe = this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
