import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built admin app at `/` when its folder exists: files as they are, and index.html for any other
 * GET outside /api (client-side routes). Returns the folder served, or undefined.
 */
export function serveAdminApp(
  app: NestExpressApplication,
  staticDir: string,
  apiPathPrefix: string,
): string | undefined {
  const root = resolve(process.cwd(), staticDir);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) return undefined;
  app.useStaticAssets(root, { index: 'index.html', fallthrough: true });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      request.accepts('html');
    if (
      !wantsPage ||
      request.path === apiPathPrefix ||
      request.path.startsWith(`${apiPathPrefix}/`)
    )
      return next();
    response.sendFile(indexHtml);
  });
  return root;
}
