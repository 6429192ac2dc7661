import { existsSync } from 'node:fs';
import { e2eSettings } from './e2e-settings';

/** Fails loudly, with the reason, when the browser or the server under test is missing. Never skips. */
export async function assertPrerequisites(): Promise<void> {
  if (!existsSync(e2eSettings.chromiumPath)) {
    throw new Error(
      `Chromium not found at ${e2eSettings.chromiumPath}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }
  try {
    const response = await fetch(`${e2eSettings.baseUrl}/`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
  } catch (error: unknown) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new Error(
      `The admin app does not answer at E2E_BASE_URL=${e2eSettings.baseUrl} (${reason}). Start the api (node dist/apps/api/main.js) after building the admin app, or point E2E_BASE_URL at a running server.`,
    );
  }
}
