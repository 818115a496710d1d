// Ordering of names and labels, the same everywhere: case and accents ignored, numbers by value
// ("CPC 2" before "CPC 10").
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two names for sorting in the site's one alphabetical order. */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b);
}

/** Groups items by the first letter of a label (digits together under "#"), in label order. */
export function groupByInitial<T>(
  items: readonly T[],
  label: (item: T) => string,
): { initial: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => compareNames(label(a), label(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const first = label(item).charAt(0).toUpperCase();
    const initial = /[A-Z]/.test(first) ? first : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  return [...groups].map(([initial, grouped]) => ({ initial, items: grouped }));
}
