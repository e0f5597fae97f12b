import { Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth.decorators';
import { AttachmentDto, AttachmentListDto, ErrorBodyDto } from '../../common/dto';
import { AttachmentsService } from './attachments.service';

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /**
   * Uploads one file: to the researcher's own draft as one of the request's documents, or, on a
   * submitted request, as a pending file for the caller's next message (send its id in
   * `attachmentIds`). The type is read from the content: PDF, DOCX, XLSX, CSV, PNG or JPEG.
   */
  @Post('requests/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'The document; its original name is kept',
        },
      },
    },
  })
  @ZodResponse({ status: 201, type: AttachmentDto })
  @ApiResponse({
    status: 413,
    type: ErrorBodyDto,
    description: 'ATTACHMENT_TOO_LARGE: larger than ATTACHMENT_MAX_BYTES',
  })
  @ApiResponse({
    status: 415,
    type: ErrorBodyDto,
    description: 'UNSUPPORTED_MEDIA_TYPE: not a PDF, DOCX, XLSX, CSV, PNG or JPEG',
  })
  upload(@CurrentUser() user: AuthUser, @Param('id') id: string, @Req() req: Request) {
    return this.attachments.upload(user, id, req);
  }

  /** The request's own documents, the files of the messages the caller sees, and the caller's pending files. */
  @Get('requests/:id/attachments')
  @ZodResponse({ status: 200, type: AttachmentListDto })
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.attachments.list(user, id);
  }

  /** The file itself, under its original name; 404 for anyone who may not see it. */
  @Get('attachments/:id')
  @ApiProduces(
    ...[
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
      'image/png',
      'image/jpeg',
    ],
  )
  @ApiOkResponse({
    description: 'The file, as an attachment with its original name',
    schema: { type: 'string', format: 'binary' },
  })
  download(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.attachments.download(user, id);
  }

  /** Takes back a pending file, or one of a draft's own documents; sent files stay (409). */
  @Delete('attachments/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted, file and all' })
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.attachments.remove(user, id);
  }
}
