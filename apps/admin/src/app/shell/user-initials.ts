/** Up to two initials for the avatar in the toolbar: "Ada Lovelace" -> "AL", "finance@example.com" -> "F". */
export function userInitials(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word.length > 0);
  const source = words.length > 0 ? words : [email.trim()];
  const initials = [source[0], source.length > 1 ? source[source.length - 1] : '']
    .map((word) => word.charAt(0))
    .join('');
  return initials.toUpperCase() || '?';
}
