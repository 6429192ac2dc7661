import { ValidationError } from '@billing/shared/kernel';

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS_PER_ENTRY = 20;

/**
 * Normalises the tags of an entry: trims each one and collapses inner runs of white space, drops empty ones, and
 * keeps the first spelling of tags that differ only by letter case ("Urgent", "urgent " -> "Urgent").
 * A tag longer than MAX_TAG_LENGTH, or more than MAX_TAGS_PER_ENTRY distinct tags, is refused (never truncated).
 */
export function normaliseTags(tags: readonly string[], path = 'tags'): string[] {
  if (!Array.isArray(tags)) {
    throw ValidationError.single(path, 'must be a list of texts');
  }
  const seen = new Set<string>();
  const kept: string[] = [];
  const problems: { path: string; reason: string }[] = [];
  tags.forEach((tag, index) => {
    if (typeof tag !== 'string') {
      problems.push({ path: `${path}[${index}]`, reason: 'must be a text' });
      return;
    }
    const cleaned = tag.trim().replace(/\s+/g, ' ');
    if (cleaned.length === 0) return;
    if (cleaned.length > MAX_TAG_LENGTH) {
      problems.push({ path: `${path}[${index}]`, reason: `must be at most ${MAX_TAG_LENGTH} characters` });
      return;
    }
    const identity = cleaned.toLocaleLowerCase('en-US');
    if (seen.has(identity)) return;
    seen.add(identity);
    kept.push(cleaned);
  });
  if (kept.length > MAX_TAGS_PER_ENTRY) {
    problems.push({ path, reason: `must hold at most ${MAX_TAGS_PER_ENTRY} distinct tags` });
  }
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
  return kept;
}

/** True when two normalised tag lists hold the same tags in the same order. */
export function sameTags(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((tag, index) => tag === right[index]);
}
