import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { sessionResponse } from '../testing/auth-fixtures';
import { provideTestIcons } from '../testing/test-icons';
import { AUTH_URLS } from '../core/auth/auth-api-urls';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTestIcons()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(label: 'email' | 'password', value: string) {
    const input = page.querySelector<HTMLInputElement>(`input[formcontrolname="${label}"]`);
    if (!input) throw new Error(`No ${label} input`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  /** Submits without waiting: a sign-in request keeps the fixture unstable until it is answered. */
  function submit() {
    page.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
  }

  it('shows the heading and both fields', () => {
    expect(page.querySelector('h1')?.textContent).toBe('Sign in');
    expect(page.querySelector('input[type="email"]')).not.toBeNull();
    expect(page.querySelector('input[type="password"]')).not.toBeNull();
  });

  it('explains what is missing instead of sending an empty form', async () => {
    submit();
    await fixture.whenStable();

    expect(page.textContent).toContain('Enter your e-mail address');
    expect(page.textContent).toContain('Enter your password');
    http.expectNone(AUTH_URLS.login);
  });

  it('asks for a valid e-mail address', async () => {
    type('email', 'not-an-address');
    type('password', 'secret');
    submit();
    await fixture.whenStable();

    expect(page.textContent).toContain('Enter a valid e-mail address');
  });

  it('shows the refusal for wrong credentials and stays usable', async () => {
    type('email', 'fin@example.com');
    type('password', 'wrong');
    submit();
    fixture.detectChanges();
    expect(page.querySelector('button[type="submit"]')?.textContent).toContain('Signing in');

    http.expectOne(AUTH_URLS.login).flush(null, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('E-mail or password is incorrect');
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(false);
    const password = page.querySelector<HTMLInputElement>('input[formcontrolname="password"]');
    expect(password?.value).toBe('');
    expect(page.querySelector<HTMLInputElement>('input[formcontrolname="email"]')?.value).toBe('fin@example.com');
    expect(page.textContent).not.toContain('Enter your password');
    expect(document.activeElement).toBe(password);
  });

  it('says when there were too many attempts', async () => {
    type('email', 'fin@example.com');
    type('password', 'again');
    submit();

    http.expectOne(AUTH_URLS.login).flush(null, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Too many attempts, try again later');
  });

  it('opens the page the person wanted after signing in', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '/billing');
    type('email', ' fin@example.com ');
    type('password', 'secret');
    submit();

    const request = http.expectOne(AUTH_URLS.login);
    expect(request.request.body).toEqual({ email: 'fin@example.com', password: 'secret' });
    request.flush(sessionResponse());
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/billing');
  });
});
