export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed logins per (e-mail, client IP) in a sliding window; in memory, so per api instance.
 * After MAX_FAILED_LOGINS failures the pair is blocked until the oldest failure leaves the window.
 */
export class LoginAttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = MAX_FAILED_LOGINS,
    private readonly windowMs = FAILED_LOGIN_WINDOW_MS,
  ) {}

  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  retryAfterSeconds(email: string, ip: string, now: Date): number {
    const recent = this.recent(this.keyOf(email, ip), now);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? now.getTime();
    return Math.max(
      1,
      Math.ceil((oldest + this.windowMs - now.getTime()) / 1000),
    );
  }

  recordFailure(email: string, ip: string, now: Date): void {
    const key = this.keyOf(email, ip);
    this.failures.set(key, [...this.recent(key, now), now.getTime()]);
  }

  reset(email: string, ip: string): void {
    this.failures.delete(this.keyOf(email, ip));
  }

  private recent(key: string, now: Date): number[] {
    const since = now.getTime() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private keyOf(email: string, ip: string): string {
    return `${email.trim().toLowerCase()}|${ip}`;
  }
}
