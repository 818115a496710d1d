// The period a figure describes, as a number that sorts newest last. Content writes periods the way
// BLS does ("May 2025" for pay, "2025-35" for a projection, "2024" for a count), optionally with a
// qualifier in brackets ("May 2023 (probable)"); validation rejects any other shape.
import type { Locale } from '../i18n/locales';

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
 * The words content uses around periods and editions ("2021-22 edition", "undated FAQ, read
 * December 2026"), in Spanish, longest first so a phrase wins over its parts. A test reads every
 * period in the content and fails on an English word left over, so a new phrase lands here.
 */
const SPANISH_PERIOD_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^Current page, undated$/i, 'Página actual, sin fecha'],
  [/^current page$/i, 'página actual'],
  [/^Current text$/, 'Texto actual'],
  [/^Press release, /, 'Comunicado de prensa, '],
  [/^a guide dated (\d{4})/, 'una guía con fecha de $1'],
  [/^older (\w+) page, undated/, 'página antigua de $1, sin fecha'],
  [
    /^older copy of an encyclopedia article, undated/,
    'copia antigua de un artículo de enciclopedia, sin fecha',
  ],
  [/^undated third-party report/i, 'informe de terceros sin fecha'],
  [/^undated study guide/i, 'guía de estudio sin fecha'],
  [/^undated blog post/i, 'entrada de blog sin fecha'],
  [/^undated (AAPC|AMBA) page/i, 'página de $1 sin fecha'],
  [/^undated FAQ/i, 'preguntas frecuentes sin fecha'],
  [/^undated article/i, 'artículo sin fecha'],
  [/^undated ranking/i, 'clasificación sin fecha'],
  [/^undated report/i, 'informe sin fecha'],
  [/^undated copy/i, 'copia sin fecha'],
  [/^undated alert/i, 'alerta sin fecha'],
  [/^undated page/i, 'página sin fecha'],
  [/^undated$/i, 'sin fecha'],
  [/, read /, ', leída en '],
  [/^cited /, 'citado en '],
  [/^about /, 'alrededor de '],
  [/^fall (\d{4})/, 'otoño de $1'],
  [/^(.+) survey$/, 'encuesta de $1'],
  [/^(.+) poll$/, 'sondeo de $1'],
  [/^(.+) edition$/, 'edición $1'],
  [/^(.+) catalog$/, 'catálogo $1'],
  [/^(.+) table$/, 'tabla $1'],
  [/ \(inferred\)$/, ' (inferido)'],
];

/**
 * A period or edition as a reader of the language says it: in Spanish "May 2024" reads "mayo de
 * 2024", "2021-22 edition" "edición 2021-22"; years, ranges and names (O*NET 27.0) read the same.
 */
export function periodText(asOf: string, locale: Locale): string {
  if (locale === 'en') return asOf;
  const words = SPANISH_PERIOD_WORDS.reduce(
    (text, [pattern, spanish]) => text.replace(pattern, spanish),
    asOf,
  );
  return words.replace(MONTH_YEAR, (_, month: string, year: string) => {
    const index = MONTHS.findIndex((name) => name === month);
    return `${SPANISH_MONTHS[index] ?? month} de ${year}`;
  });
}

/** The period without its qualifier: "2024-34 (inferred)" -> "2024-34". */
export function periodName(asOf: string): string {
  return asOf.replace(/ \([^()]+\)$/, '');
}
