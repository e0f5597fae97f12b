import type { AttachmentMediaType } from '@bgb/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AttachmentAccess } from './attachment-access';
import { Attachment } from './attachment.entity';
import { FileInspector } from './file-inspector';
import { FileStorage } from './file-storage';
import { cleanFileName, detectMediaType, nameForMediaType } from './media-type';

/** A complete upload in temporary storage, not yet checked. */
interface Received {
  tempKey: string;
  fileName: string;
  size: number;
  sha256: string;
  isText: boolean;
}

const ALLOWED_NAMES = 'PDF, DOCX, XLSX, CSV, PNG or JPEG';

/**
 * The upload pipeline: a file streams through to temporary storage; only once it is whole,
 * within the size limit and of an allowed type is it moved into place and its row written.
 */
@Injectable()
export class AttachmentUploads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AttachmentAccess,
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Takes in the request's one file; returns the id of its new row. */
  async upload(user: AuthUser, requestId: string, req: Request): Promise<string> {
    const kind = await this.access.mayUpload(user, requestId);
    const received = await this.receive(req);
    let key: string | undefined;
    try {
      const mediaType = await this.detect(received);
      key = await this.storage.finalize(received.tempKey);
      const storageKey = key;
      return await this.dataSource.transaction(async (manager) => {
        // The request may have moved on (e.g. been submitted) while the file arrived.
        if ((await this.access.uploadKind(user, requestId, manager)) !== kind) {
          throw ApiError.conflict(
            'TRANSITION_NOT_ALLOWED',
            'The request changed while the file was uploaded; look again and retry',
          );
        }
        const row = manager.create(Attachment, {
          requestId,
          messageId: null,
          pending: kind === 'message',
          uploadedById: user.id,
          fileName: nameForMediaType(received.fileName, mediaType),
          mediaType,
          size: received.size,
          storageKey,
          sha256: received.sha256,
        });
        return (await manager.save(row)).id;
      });
    } catch (error) {
      await this.storage.delete(key ?? received.tempKey);
      throw error;
    }
  }

  /**
   * Streams the form's one `file` part to temporary storage. Resolves once the whole form has
   * arrived; a form cut off, refused or too large leaves no temporary file behind.
   */
  private async receive(req: Request): Promise<Received> {
    const notMultipart = ApiError.validation(
      [
        {
          field: 'file',
          code: 'required',
          message: 'Send one file as multipart/form-data in the field "file"',
        },
      ],
      'No file was sent',
    );
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // One byte over the limit: busboy calls a file that reaches its limit exactly truncated.
        limits: { files: 1, fields: 10, fileSize: this.config.ATTACHMENT_MAX_BYTES + 1 },
      });
    } catch {
      throw notMultipart;
    }
    let file: Readable | undefined;
    const stored = new Promise<Received>((resolve, reject) => {
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || file) {
          stream.resume();
          return;
        }
        file = stream;
        this.store(stream, cleanFileName(info.filename)).then(resolve, reject);
      });
      parser.on('close', () => {
        if (!file) reject(notMultipart);
      });
    });
    const parsed = pipeline(req, parser).catch((error: unknown) => {
      // The client went away or sent a broken form: the file part, if any, ends in an error too.
      file?.destroy(error instanceof Error ? error : new Error('Upload interrupted'));
      throw error;
    });
    try {
      const [received] = await Promise.all([stored, parsed]);
      return received;
    } catch (error) {
      const received = await stored.catch(() => undefined);
      if (received) await this.storage.delete(received.tempKey);
      // After a refusal the rest of the body is still read and dropped by the parser.
      parsed.catch(() => undefined);
      throw error instanceof ApiError
        ? error
        : ApiError.validation(
            [{ field: 'file', code: 'incomplete', message: 'The upload did not arrive whole' }],
            'The upload was cut off',
          );
    }
  }

  private async store(
    stream: Readable & { truncated?: boolean },
    fileName: string,
  ): Promise<Received> {
    const upload = await this.storage.createUpload();
    const inspector = new FileInspector();
    try {
      await pipeline(stream, inspector, upload.stream);
      if (stream.truncated || inspector.size > this.config.ATTACHMENT_MAX_BYTES) {
        const megabytes = (this.config.ATTACHMENT_MAX_BYTES / 1024 / 1024).toLocaleString('en', {
          maximumFractionDigits: 1,
        });
        throw new ApiError(
          413,
          'ATTACHMENT_TOO_LARGE',
          `A file may be at most ${megabytes} MB (${this.config.ATTACHMENT_MAX_BYTES} bytes)`,
        );
      }
      if (inspector.size === 0)
        throw ApiError.validation(
          [{ field: 'file', code: 'empty', message: 'The file is empty' }],
          'The file is empty',
        );
    } catch (error) {
      await this.storage.delete(upload.tempKey);
      throw error;
    }
    return {
      tempKey: upload.tempKey,
      fileName,
      size: inspector.size,
      sha256: inspector.sha256,
      isText: inspector.isText,
    };
  }

  private async detect(received: Received): Promise<AttachmentMediaType> {
    const content = this.storage.read(received.tempKey);
    try {
      const mediaType = await detectMediaType(content, {
        name: received.fileName,
        isText: received.isText,
      });
      if (!mediaType) {
        throw new ApiError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Only ${ALLOWED_NAMES} files can be attached; the type is read from the content, not the name`,
        );
      }
      return mediaType;
    } finally {
      content.destroy();
    }
  }
}
