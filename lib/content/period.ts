// The period a figure describes, as a number that sorts newest last. Content writes periods the way
// BLS does ("May 2025" for pay, "2025-35" for a projection, "2024" for a count), optionally with a
// qualifier in brackets ("May 2023 (probable)"); validation rejects any other shape.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const PERIOD = /^(?:([A-Z][a-z]+) )?(\d{4})(?:-(\d{2}))?(?: \([^()]+\))?$/;

/** A sortable number for a period ("May 2025" -> 2025.33, "2025-35" -> 2025), or undefined. */
export function periodOrder(asOf: string): number | undefined {
  const match = PERIOD.exec(asOf);
  if (match === null) return undefined;
  const [, month, year] = match;
  if (month === undefined) return Number(year);
  const index = MONTHS.findIndex((name) => name === month);
  return index < 0 ? undefined : Number(year) + index / 12;
}

const SPANISH_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');

/**
 * A period or edition as a reader of the language says it: in Spanish the months of "May 2024"
 * read "mayo de 2024"; years, ranges and names (O*NET 27.0) read the same in both languages.
 */
export function periodText(asOf: string, locale: 'en' | 'es'): string {
  if (locale === 'en') return asOf;
  return asOf.replace(MONTH_YEAR, (_, month: string, year: string) => {
    const index = MONTHS.findIndex((name) => name === month);
    return `${SPANISH_MONTHS[index] ?? month} de ${year}`;
  });
}

/** The period without its qualifier: "2024-34 (inferred)" -> "2024-34". */
export function periodName(asOf: string): string {
  return asOf.replace(/ \([^()]+\)$/, '');
}
