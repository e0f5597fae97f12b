import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { RequestsModule } from '../requests/requests.module';
import { AttachmentAccess } from './attachment-access';
import { AttachmentCleanup } from './attachment-cleanup';
import { AttachmentUploads } from './attachment-uploads';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStorage, LocalFileStorage } from './file-storage';

@Module({
  imports: [RequestsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentUploads,
    AttachmentAccess,
    AttachmentCleanup,
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(config.ATTACHMENTS_DIR),
    },
  ],
  exports: [AttachmentsService, AttachmentCleanup],
})
export class AttachmentsModule {}
