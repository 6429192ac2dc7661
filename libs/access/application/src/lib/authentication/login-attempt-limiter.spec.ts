import { LoginAttemptLimiter } from './login-attempt-limiter';

describe('LoginAttemptLimiter', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes));

  it('blocks after 3 failures within the window, per e-mail and address, until the oldest leaves it', () => {
    const limiter = new LoginAttemptLimiter(3, 15 * 60 * 1000);
    limiter.recordFailure('A@example.com', '10.0.0.1', at(0));
    limiter.recordFailure('a@example.com', '10.0.0.1', at(1));
    expect(limiter.retryAfterSeconds('a@example.com', '10.0.0.1', at(2))).toBe(
      0,
    );
    limiter.recordFailure('a@example.com', '10.0.0.1', at(2));
    // Oldest failure at 09:00 leaves the 15-minute window at 09:15: 13 minutes after 09:02.
    expect(limiter.retryAfterSeconds('a@example.com', '10.0.0.1', at(2))).toBe(
      13 * 60,
    );
    expect(limiter.retryAfterSeconds('a@example.com', '10.0.0.2', at(2))).toBe(
      0,
    );
    expect(limiter.retryAfterSeconds('b@example.com', '10.0.0.1', at(2))).toBe(
      0,
    );
    expect(limiter.retryAfterSeconds('a@example.com', '10.0.0.1', at(15))).toBe(
      0,
    );
  });

  it('forgets the failures after a successful login', () => {
    const limiter = new LoginAttemptLimiter(1, 60000);
    limiter.recordFailure('a@example.com', 'ip', at(0));
    limiter.reset('a@example.com', 'ip');
    expect(limiter.retryAfterSeconds('a@example.com', 'ip', at(0))).toBe(0);
  });
});
