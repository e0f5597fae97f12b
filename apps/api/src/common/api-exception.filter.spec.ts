import { type ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { ApiError } from './api-error';
import { ApiExceptionFilter } from './api-exception.filter';

function reply(exception: unknown) {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = {
    headers: {},
  };
  const response = {
    headersSent: false,
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return sent;
}

describe('the error filter', () => {
  // The filter logs unknown errors; the test's own fake error need not clutter the output.
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('passes a domain error through with its code and field details', () => {
    const details = [{ field: 'title', code: 'too_big', message: 'Too long' }];
    expect(reply(ApiError.validation(details))).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: 'Some fields are not valid',
        details,
      },
    });
  });

  it('tells a rate-limited client how many seconds to wait, in Retry-After', () => {
    const sent = reply(ApiError.rateLimited(90));
    expect(sent.status).toBe(429);
    expect(sent.headers).toEqual({ 'Retry-After': '90' });
    expect(sent.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(reply(ApiError.notFound()).headers).toEqual({});
  });

  it('maps framework and parser errors onto the same shape', () => {
    expect(reply(new NotFoundException('Cannot GET /api/x')).body).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
    });
    expect(reply({ type: 'entity.too.large', status: 413 }).body).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(reply(new BadRequestException('Unexpected token s in "secret"')).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'MALFORMED_BODY',
      message: 'The request body is not valid JSON',
    });
  });

  it('never shows the client a stack trace or SQL', () => {
    const sent = reply(
      new Error('relation "app_user" does not exist\n    at Query.run (pg.js:1:1)'),
    );
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toMatch(/app_user|pg\.js/);
  });
});
