import { ChangeDetectionStrategy, Component, ElementRef, inject, input, PendingTasks, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { loginErrorMessage } from './login-error-message';
import { safeReturnUrl } from './safe-return-url';

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressSpinnerModule],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly pendingTasks = inject(PendingTasks);

  /** Bound from the `returnUrl` query parameter set by the auth guard. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal<string | null>(null);
  protected readonly passwordVisible = signal(false);

  protected togglePasswordVisibility(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    // Keeps the app "unstable" until sign-in has settled, so tests and tooling wait for the outcome.
    const settled = this.pendingTasks.add();
    this.submitting.set(true);
    this.errorMessage.set(null);
    this.form.disable();
    try {
      const { email, password } = this.form.getRawValue();
      await firstValueFrom(this.auth.login({ email: email.trim(), password }));
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error: unknown) {
      this.errorMessage.set(loginErrorMessage(error));
      this.form.enable();
      this.clearPasswordForRetry();
    } finally {
      this.submitting.set(false);
      settled();
    }
  }

  /** Keeps the e-mail, empties the password without flagging it as missing, and puts the cursor there. */
  private clearPasswordForRetry(): void {
    this.formDirective().resetForm({ email: this.form.controls.email.value, password: '' });
    this.passwordInput().nativeElement.focus();
  }
}
