import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { RequestsModule } from '../requests/requests.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage, LocalFileStorage } from './file-storage';

@Module({
  imports: [RequestsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(config.ATTACHMENTS_DIR),
    },
  ],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
