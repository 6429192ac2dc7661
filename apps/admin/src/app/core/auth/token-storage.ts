import { Injectable } from '@angular/core';

export interface StoredTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

const ACCESS_TOKEN_KEY = 'ledgerline.accessToken';
const REFRESH_TOKEN_KEY = 'ledgerline.refreshToken';

/** Keeps the tokens in sessionStorage: they live as long as the browser tab, never across tabs or restarts. */
@Injectable({ providedIn: 'root' })
export class TokenStorage {
  read(): StoredTokens | null {
    const accessToken = sessionStorage.getItem(ACCESS_TOKEN_KEY);
    const refreshToken = sessionStorage.getItem(REFRESH_TOKEN_KEY);
    return accessToken && refreshToken ? { accessToken, refreshToken } : null;
  }

  write(tokens: StoredTokens): void {
    sessionStorage.setItem(ACCESS_TOKEN_KEY, tokens.accessToken);
    sessionStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
  }

  clear(): void {
    sessionStorage.removeItem(ACCESS_TOKEN_KEY);
    sessionStorage.removeItem(REFRESH_TOKEN_KEY);
  }
}
