import {
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { withTimeout } from './with-timeout';

export const HEALTH_CHECK_TIMEOUT_MS = 2000;

/** Runs `probe` with a timeout and reports `key` as up, or down with the reason. */
export async function checkDependency(
  indicators: HealthIndicatorService,
  key: string,
  probe: () => Promise<unknown>,
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
): Promise<HealthIndicatorResult> {
  const session = indicators.check(key);
  try {
    await withTimeout(probe(), timeoutMs, key);
    return session.up();
  } catch (error) {
    return session.down({
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
