import { HttpErrorResponse } from '@angular/common/http';
import { loginErrorMessage } from './login-error-message';

const httpError = (status: number) => new HttpErrorResponse({ status, url: '/api/v1/auth/login' });

describe('loginErrorMessage', () => {
  it('says the credentials are wrong on 401', () => {
    expect(loginErrorMessage(httpError(401))).toBe('E-mail or password is incorrect');
  });

  it('asks to wait on 429', () => {
    expect(loginErrorMessage(httpError(429))).toBe('Too many attempts, try again later');
  });

  it('says the server cannot be reached when there is no response', () => {
    expect(loginErrorMessage(httpError(0))).toContain('cannot be reached');
  });

  it('names the status of other server errors', () => {
    expect(loginErrorMessage(httpError(503))).toBe('Sign-in failed (error 503). Please try again.');
  });

  it('handles errors that are not HTTP errors', () => {
    expect(loginErrorMessage(new Error('boom'))).toBe('Sign-in failed unexpectedly. Please try again.');
  });
});
