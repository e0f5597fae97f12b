import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CronJob } from 'cron';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { DigestService } from './digest.service';

/**
 * Runs the digest every day at DIGEST_TIME, Danish time (summer time included). Every
 * delivering process (API or worker) runs it; the digest's per-user, per-day key makes the
 * extra runs send nothing.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DigestScheduler');
  private job?: CronJob;
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly digests: DigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const [hour, minute] = this.config.DIGEST_TIME.split(':').map(Number);
    this.job = CronJob.from({
      cronTime: `${minute} ${hour} * * *`,
      timeZone: 'Europe/Copenhagen',
      start: true,
      onTick: () => {
        this.current = this.digests
          .run()
          .then(({ queued }) => this.logger.log(`Daily digest queued for ${queued} user(s)`))
          .catch((error: unknown) => this.logger.error(error, 'Daily digest failed'));
      },
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.job?.stop();
    await this.current;
  }
}
