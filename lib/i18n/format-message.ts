// Filling a message's placeholders: "{count} of {total}" with { count: '3', total: '12' }. Callers
// format numbers for the locale first (lib/format), so a message never guesses how a number reads.

export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with each {name} replaced; a missing value is an error, not a silent "{name}". */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/**
 * The words before and after one placeholder, for a message whose value is an element (a <time>):
 * "Reviewed on {date}." → ["Reviewed on ", "."].
 */
export function splitAtPlaceholder(template: string, name: string): [string, string] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [before, after];
}

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}
