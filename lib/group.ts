/** Groups items by the first letter of a label (digits together under "#"), in label order. */
export function groupByInitial<T>(
  items: readonly T[],
  label: (item: T) => string,
): { initial: string; items: T[] }[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(label(a), label(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const first = label(item).charAt(0).toUpperCase();
    const initial = /[A-Z]/.test(first) ? first : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  return [...groups].map(([initial, grouped]) => ({ initial, items: grouped }));
}
