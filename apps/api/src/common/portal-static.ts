import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app.config';

/** Where the built portal is: beside the built API unless PORTAL_DIR says otherwise. */
export function portalDirectory(config: AppConfig): string | undefined {
  const dir = config.PORTAL_DIR ? resolve(config.PORTAL_DIR) : resolve(__dirname, '../../portal');
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

/**
 * Serves the portal on the same origin as the API. Every path outside /api that is not a file
 * gets index.html, so the browser router can take over; /api errors stay the API's.
 */
export function servePortal(app: NestExpressApplication, dir: string): void {
  app.useStaticAssets(dir, {
    index: false,
    // Vite puts a content hash in every asset name: they never change.
    setHeaders: (res, path) => {
      if (path.includes(`${join(dir, 'assets')}`))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path === '/api' ||
      req.path.startsWith('/api/')
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
