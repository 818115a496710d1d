// Builds the coder-vs-biller comparison from the role content, so every fact in the table comes from
// the content files, once. Pure: view.ts then resolves each figure's and fact's citation.
import { periodText } from '../content/period';
import { chooseHeadline, periodName, type FigureQuery, type HeadlineChoice } from '../figures';
import type { Locale } from '../i18n';

interface FigureLike {
  measure: string;
  value: number;
  valueMax?: number | undefined;
  unit: string;
  asOf: string;
  source: string;
  place?: string | undefined;
  label?: string | undefined;
  note?: string | undefined;
}

interface OccupationLike {
  code: string;
  title: string;
  proxyNote?: string | undefined;
  typicalEducation?: { text: string; asOf: string; source: string } | undefined;
  figures: FigureLike[];
}

interface CertificationLike {
  slug: string;
  acronym: string;
  name: string;
  issuer: string;
}

interface RoleLike {
  slug: string;
  name: string;
  focus: string;
  duties: string[];
  skills: string[];
  toolsAndCodeSets: string[];
  workSettings: string[];
  remoteWork: string;
  education: string;
  firstCertification: string;
  certifications: string[];
  occupation: string;
  advancement: string[];
}

export type CompareCell<F extends FigureLike = FigureLike> =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'sourced-text'; text: string; sourced?: { text: string; asOf: string; source: string } }
  | {
      kind: 'figures';
      /** The occupation's code, and its title and code in words. */
      code: string;
      occupation: string;
      /** The headline figure of each measure the row shows, with the other figures behind it. */
      choices: HeadlineChoice<F>[];
      /** Every figure of the occupation, for the hourly rate published with an annual one. */
      figures: readonly F[];
      note?: string;
    }
  | { kind: 'certifications'; certifications: CertificationLike[] };

export interface CompareRow<F extends FigureLike = FigureLike> {
  id: string;
  label: string;
  cells: CompareCell<F>[];
  /** Set when the roles' headline figures are of different periods: the row says so. */
  periodNote?: string;
}

export interface Comparison<F extends FigureLike = FigureLike> {
  roles: { slug: string; name: string }[];
  rows: CompareRow<F>[];
}

export interface ComparisonInput<
  R extends RoleLike,
  O extends OccupationLike,
  C extends CertificationLike,
> {
  roles: readonly R[];
  occupations: readonly O[];
  certifications: readonly C[];
  /** The headline rule's rank of a source (lib/figures sourceRank), by source id. */
  rankOfSource: (sourceId: string) => number;
  /** The row names and the period note, in the page's language (the `compare` catalog). */
  words: ComparisonWords;
  locale: Locale;
}

export const COMPARE_ROW_IDS = [
  'focus',
  'duties',
  'skills',
  'tools',
  'settings',
  'remote',
  'education',
  'firstCertification',
  'otherCertifications',
  'pay',
  'outlook',
  'advancement',
] as const;

export type CompareRowId = (typeof COMPARE_ROW_IDS)[number];

export interface ComparisonWords {
  rows: Readonly<Record<CompareRowId, string>>;
  /** "These figures are not from the same period: {periods}." */
  periodNote: string;
  /** Joins two periods of one role: " and ". */
  periodJoin: string;
}

/** The figures a figures row shows, in order. */
const PAY_QUERIES: readonly FigureQuery[] = [{ measure: 'median-pay', unit: 'usd-per-year' }];
const OUTLOOK_QUERIES: readonly FigureQuery[] = [
  { measure: 'growth', unit: 'percent' },
  { measure: 'openings', unit: 'count-per-year' },
];

/**
 * "Coders: May 2025. Billers: May 2024." when the roles' headline figures of a measure are not of
 * the same period, so a reader does not compare a new figure with an old one unawares.
 */
export function periodMismatchNote(
  columns: readonly { roleName: string; choices: readonly HeadlineChoice<FigureLike>[] }[],
  measures: readonly string[],
  words: Pick<ComparisonWords, 'periodNote' | 'periodJoin'>,
  locale: Locale = 'en',
): string | undefined {
  const mismatched = measures.filter((measure) => {
    const periods = columns.map(
      ({ choices }) => choices.find((choice) => choice.headline.measure === measure)?.headline.asOf,
    );
    return (
      periods.every((period) => period !== undefined) &&
      new Set(periods.map((period) => periodName(period ?? ''))).size > 1
    );
  });
  if (mismatched.length === 0) return undefined;
  const periodsOf = (choices: readonly HeadlineChoice<FigureLike>[]) =>
    [
      ...new Set(
        choices
          .filter((choice) => mismatched.includes(choice.headline.measure))
          .map((choice) => periodText(periodName(choice.headline.asOf), locale)),
      ),
    ].join(words.periodJoin);
  return words.periodNote.replace(
    '{periods}',
    columns.map(({ roleName, choices }) => `${roleName}, ${periodsOf(choices)}`).join('; '),
  );
}

function lookup<T>(items: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = items.find(match);
  if (found === undefined) throw new Error(`Comparison: ${what} not found`);
  return found;
}

/** National figures of one measure, in content order (newest first). */
export function buildComparison<
  R extends RoleLike,
  O extends OccupationLike,
  C extends CertificationLike,
>({
  roles,
  occupations,
  certifications,
  rankOfSource,
  words,
  locale,
}: ComparisonInput<R, O, C>): Comparison<O['figures'][number]> {
  const certification = (slug: string) =>
    lookup(certifications, (cert) => cert.slug === slug, `certification "${slug}"`);
  const columns = roles.map((role) => ({
    role,
    occupation: lookup(
      occupations,
      (occ) => occ.code === role.occupation,
      `occupation "${role.occupation}"`,
    ),
  }));

  const row = (
    id: CompareRowId,
    cell: (column: (typeof columns)[number]) => CompareCell<O['figures'][number]>,
  ): CompareRow<O['figures'][number]> => ({ id, label: words.rows[id], cells: columns.map(cell) });

  type F = O['figures'][number];
  const occupationLabel = (occupation: O) => `${occupation.title} (${occupation.code})`;
  const choicesOf = (occupation: O, queries: readonly FigureQuery[]) =>
    queries.flatMap((query) => {
      const choice = chooseHeadline<F>(occupation.figures, query, rankOfSource);
      return choice ? [choice] : [];
    });
  const figuresRow = (id: CompareRowId, queries: readonly FigureQuery[]): CompareRow<F> => {
    const cells = columns.map(({ occupation }) => ({
      kind: 'figures' as const,
      code: occupation.code,
      occupation: occupationLabel(occupation),
      choices: choicesOf(occupation, queries),
      figures: occupation.figures,
      ...(occupation.proxyNote ? { note: occupation.proxyNote } : {}),
    }));
    const periodNote = periodMismatchNote(
      cells.map((cell, index) => ({
        roleName: columns[index]?.role.name ?? '',
        choices: cell.choices,
      })),
      queries.map((query) => query.measure),
      words,
      locale,
    );
    return { id, label: words.rows[id], cells, ...(periodNote ? { periodNote } : {}) };
  };

  return {
    roles: roles.map((role) => ({ slug: role.slug, name: role.name })),
    rows: [
      row('focus', ({ role }) => ({ kind: 'text', text: role.focus })),
      row('duties', ({ role }) => ({ kind: 'list', items: role.duties })),
      row('skills', ({ role }) => ({ kind: 'list', items: role.skills })),
      row('tools', ({ role }) => ({
        kind: 'list',
        items: role.toolsAndCodeSets,
      })),
      row('settings', ({ role }) => ({
        kind: 'list',
        items: role.workSettings,
      })),
      row('remote', ({ role }) => ({ kind: 'text', text: role.remoteWork })),
      row('education', ({ role, occupation }) => ({
        kind: 'sourced-text',
        text: role.education,
        sourced: occupation.typicalEducation,
      })),
      row('firstCertification', ({ role }) => ({
        kind: 'certifications',
        certifications: [certification(role.firstCertification)],
      })),
      row('otherCertifications', ({ role }) => ({
        kind: 'certifications',
        certifications: role.certifications
          .filter((slug) => slug !== role.firstCertification)
          .map(certification),
      })),
      figuresRow('pay', PAY_QUERIES),
      figuresRow('outlook', OUTLOOK_QUERIES),
      row('advancement', ({ role }) => ({
        kind: 'list',
        items: role.advancement,
      })),
    ],
  };
}

/** A short version of the comparison: the chosen rows, in the given order, without the proxy notes. */
export function summarizeComparison<F extends FigureLike>(
  comparison: Comparison<F>,
  rowIds: readonly string[],
): Comparison<F> {
  return {
    roles: comparison.roles,
    rows: rowIds.flatMap((id) => {
      const row = comparison.rows.find((candidate) => candidate.id === id);
      if (row === undefined) return [];
      return [
        {
          ...row,
          cells: row.cells.map((cell) =>
            cell.kind === 'figures' ? { ...cell, note: undefined } : cell,
          ),
        },
      ];
    }),
  };
}
