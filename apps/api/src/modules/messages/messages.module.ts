import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

@Module({ imports: [RequestsModule], controllers: [MessagesController], providers: [MessagesService] })
export class MessagesModule {}
