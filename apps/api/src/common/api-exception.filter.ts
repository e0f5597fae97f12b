import type { ErrorBody } from '@bgb/contracts';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ApiError } from './api-error';

/** Errors that body-parser attaches a `type` to before Nest ever sees the request. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * The one place that shapes error replies: `{ statusCode, error, code, message, details? }`.
 * Unknown errors become a bare 500 — their stack and SQL go to the log, never to the client.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    if (response.headersSent) return;
    if (exception instanceof ApiError && exception.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof ApiError) {
      return make(exception.status, exception.code, exception.message, exception.details);
    }
    const parserError = exception as BodyParserError;
    if (parserError?.type === 'entity.too.large') {
      return make(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
    }
    if (
      parserError?.type === 'entity.parse.failed' ||
      parserError?.type === 'encoding.unsupported'
    ) {
      return make(400, 'MALFORMED_BODY', 'The request body is not valid JSON');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return make(404, 'NOT_FOUND', 'Not found');
      if (status === 413) return make(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
      if (status === 401) return make(401, 'UNAUTHENTICATED', 'You must log in first');
      if (status === 403) return make(403, 'FORBIDDEN', 'You may not do this');
      // Nest turns body-parser's SyntaxError into a bare 400; its text may quote the body.
      if (status === 400) return make(400, 'MALFORMED_BODY', 'The request body is not valid JSON');
      if (status < 500) return make(status, 'VALIDATION_FAILED', exception.message);
    }
    return make(500, 'INTERNAL', 'Something went wrong on our side; please try again');
  }
}

function make(
  statusCode: number,
  code: ErrorBody['code'],
  message: string,
  details?: ErrorBody['details'],
): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    code,
    message,
    ...(details ? { details } : {}),
  };
}
