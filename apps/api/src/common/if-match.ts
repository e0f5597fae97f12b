import {
  applyDecorators,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { ApiError } from './api-error';

/** `"7"`, `W/"7"` or `7`: the version a client saw, as the ETag of the request gave it. */
const ENTITY_TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = ENTITY_TAG.exec(header.trim());
  if (!match || Number(match[1]) < 1) {
    throw ApiError.validation([
      {
        field: 'If-Match',
        code: 'invalid_format',
        message: 'If-Match must be the ETag of the request, e.g. "7"',
      },
    ]);
  }
  return Number(match[1]);
}

/** The version in the `If-Match` header, an alternative to a `version` field in the body. */
export const IfMatchVersion = createParamDecorator(
  (_data: unknown, context: ExecutionContext): number | undefined =>
    parseIfMatch(context.switchToHttp().getRequest<Request>().header('if-match')),
);

/** Answers with the entity's version as its ETag, which a later change may send back in `If-Match`. */
@Injectable()
class VersionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { version?: unknown } | undefined)?.version;
        if (typeof version === 'number') response.setHeader('ETag', `"${version}"`);
        return body;
      }),
    );
  }
}

/** A route whose reply carries an ETag and that accepts the version in `If-Match`. */
export const VersionedEntity = () =>
  applyDecorators(
    UseInterceptors(VersionETagInterceptor),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'The ETag (version) the change is based on, instead of `version` in the body; a stale one is 409',
    }),
  );
