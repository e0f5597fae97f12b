import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { RequestsModule } from '../requests/requests.module';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

@Module({
  imports: [RequestsModule, AttachmentsModule],
  controllers: [MessagesController],
  providers: [MessagesService],
})
export class MessagesModule {}
