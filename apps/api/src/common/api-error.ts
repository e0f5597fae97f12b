import type { ErrorCode, FieldError } from '@bgb/contracts';

/**
 * A failure the client caused or must know about, with a stable code and a message meant for
 * people. The global filter turns it into the JSON error body of PRODUCT.md.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** Sent as `Retry-After`: how many seconds the client should wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  static unauthenticated(message = 'You must log in first') {
    return new ApiError(401, 'UNAUTHENTICATED', message);
  }

  static forbidden(message = 'You may not do this') {
    return new ApiError(403, 'FORBIDDEN', message);
  }

  static notFound(message = 'Not found') {
    return new ApiError(404, 'NOT_FOUND', message);
  }

  static conflict(code: ErrorCode, message: string) {
    return new ApiError(409, code, message);
  }

  static rateLimited(retryAfterSeconds: number) {
    return new ApiError(
      429,
      'RATE_LIMITED',
      `Too many attempts; wait ${retryAfterSeconds} seconds and try again`,
      undefined,
      retryAfterSeconds,
    );
  }

  static validation(details: FieldError[], message = 'Some fields are not valid') {
    return new ApiError(400, 'VALIDATION_FAILED', message, details);
  }

  /** Routing to a biobank that nobody would hear of: neither a coordinator nor a shared mailbox. */
  static biobankUnreachable(details: FieldError[]) {
    return new ApiError(
      422,
      'BIOBANK_UNREACHABLE',
      'Nobody at a chosen biobank would hear of the request: it has neither a coordinator nor a shared mailbox',
      details,
    );
  }

  static unknownReference(details: FieldError[]) {
    return new ApiError(
      422,
      'UNKNOWN_REFERENCE',
      'The request refers to something that does not exist',
      details,
    );
  }

  /** A draft submitted before everything a request needs is there; the details name every field. */
  static incompleteDraft(details: FieldError[]) {
    return new ApiError(
      422,
      'DRAFT_INCOMPLETE',
      'The draft is not complete yet: fill in the fields named and submit it again',
      details,
    );
  }
}
