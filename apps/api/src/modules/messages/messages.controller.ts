import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth.decorators';
import { HistoryDto, MessageDto, MessageListDto, PostMessageDto } from '../../common/dto';
import { MessagesService } from './messages.service';

@ApiTags('requests')
@Controller('requests/:id')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get('messages')
  @ZodResponse({ status: 200, type: MessageListDto })
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.messages.list(user, id);
  }

  @Post('messages')
  @ZodResponse({ status: 201, type: MessageDto })
  post(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: PostMessageDto) {
    return this.messages.post(user, id, body);
  }

  @Get('history')
  @ZodResponse({ status: 200, type: HistoryDto })
  history(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.messages.history(user, id);
  }
}
