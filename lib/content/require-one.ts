/** The item that matches, or a loud error: content is validated, so a miss is a bug, not a 404. */
export function requireOne<T>(items: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = items.find(match);
  if (found === undefined) throw new Error(`Content not found: ${what}`);
  return found;
}
