import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { CSRF_COOKIE } from './csrf';

/** OpenAPI at /api/docs (JSON at /api/docs-json), generated from the shared zod schemas. */
export function setUpOpenApi(app: INestApplication): void {
  const document = new DocumentBuilder()
    .setTitle('BGB Service Portal API')
    .setDescription(
      [
        'Researcher service requests for Bio- and Genome Bank Denmark.',
        'Sessions live in the httpOnly cookie `bgb.sid` (log in with `POST /api/auth/login`).',
        `State-changing calls carry the value of the readable cookie \`${CSRF_COOKIE}\` in the header \`X-XSRF-TOKEN\`;`,
        'any response sets the cookie when it is missing, and `GET /api/auth/csrf` renews it.',
        'Errors have the shape `{ statusCode, error, code, message, details? }`; `details` lists field errors.',
        'Lists are paginated with an opaque `cursor` (pass `nextCursor` back).',
      ].join('\n\n'),
    )
    .setVersion('1.0')
    .addCookieAuth('bgb.sid')
    .addSecurityRequirements('cookie')
    .build();
  SwaggerModule.setup(
    'api/docs',
    app,
    cleanupOpenApiDoc(SwaggerModule.createDocument(app, document)),
    {
      jsonDocumentUrl: 'api/docs-json',
    },
  );
}
