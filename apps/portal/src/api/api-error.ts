import { ErrorBody, type ErrorCode, type FieldError } from '@bgb/contracts';

/** Status used when the request never got an HTTP answer (offline, DNS, CORS...). */
const NETWORK_FAILURE_STATUS = 0;

/** A failed API call, carrying the API's error body (or one built from what came back). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    /** From `Retry-After` on a 429: how many seconds to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(body.message);
  }

  get code(): ErrorCode {
    return this.body.code;
  }

  get isNetworkFailure(): boolean {
    return this.status === NETWORK_FAILURE_STATUS;
  }

  /**
   * Field errors keyed by the top-level body key (`biobankCodes.1` counts for
   * `biobankCodes`), the first error of each field only: that is what a form can show.
   */
  fieldErrors(): Record<string, FieldError> {
    const byField: Record<string, FieldError> = {};
    for (const detail of this.body.details ?? []) {
      const field = detail.field.split('.')[0];
      if (field && !(field in byField)) byField[field] = detail;
    }
    return byField;
  }

  /**
   * Builds an ApiError from any HTTP answer and its payload, whether or not that has the
   * ErrorBody shape. The API sends `Retry-After` in seconds.
   */
  static fromResponse(
    { status, statusText, headers }: Pick<Response, 'status' | 'statusText' | 'headers'>,
    payload: unknown,
  ): ApiError {
    const retryAfter = headers.get('Retry-After');
    const seconds = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
    const parsed = ErrorBody.safeParse(payload);
    if (parsed.success) return new ApiError(status, parsed.data, seconds);
    return new ApiError(
      status,
      {
        statusCode: status,
        error: statusText || 'Error',
        code: fallbackCode(status),
        message: statusText || `HTTP ${status}`,
      },
      seconds,
    );
  }

  static networkFailure(cause: unknown): ApiError {
    const error = new ApiError(NETWORK_FAILURE_STATUS, {
      statusCode: NETWORK_FAILURE_STATUS,
      error: 'Network Error',
      code: 'INTERNAL',
      message: cause instanceof Error ? cause.message : 'Network request failed',
    });
    return error;
  }
}

function fallbackCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL';
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
