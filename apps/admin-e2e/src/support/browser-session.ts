import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { e2eSettings } from './e2e-settings';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One Chromium with a fresh, throw-away profile; each test gets its own page and sessionStorage. */
export class BrowserSession {
  private constructor(
    private readonly context: BrowserContext,
    private readonly userDataDir: string,
  ) {}

  static async start(): Promise<BrowserSession> {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'admin-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: e2eSettings.chromiumPath,
      args: CHROMIUM_ARGS,
      headless: true,
      baseURL: e2eSettings.baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    context.setDefaultTimeout(e2eSettings.expectTimeoutMs);
    return new BrowserSession(context, userDataDir);
  }

  async newPage(): Promise<Page> {
    return this.context.newPage();
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(e2eSettings.screenshotDir, { recursive: true });
  const file = path.join(e2eSettings.screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/**
 * Runs a test body on a fresh page (a new tab: its sessionStorage, and so its sign-in, starts empty);
 * on failure saves tmp/e2e/failure-<name>.png before rethrowing.
 */
export async function onFreshPage(session: BrowserSession, name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await session.newPage();
  try {
    await body(page);
  } catch (error: unknown) {
    const file = await saveScreenshot(page, `failure-${name}`).catch(() => 'no screenshot');
    if (error instanceof Error) {
      error.message = `${error.message}\n(screenshot: ${file})`;
    }
    throw error;
  } finally {
    await page.close();
  }
}
