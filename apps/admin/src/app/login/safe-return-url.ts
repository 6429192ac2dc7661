/** Only same-app paths are followed after sign-in, so a crafted link cannot send someone elsewhere. */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return '/';
  }
  return candidate.startsWith('/login') ? '/' : candidate;
}
