// The filter and sort the certifications page's client island applies to the table, and the query
// string that carries them (?role=biller&body=AAPC&level=entry&sort=fee). Pure and free of content
// imports: this is the part of the feature that goes to the browser.
import {
  CERTIFICATION_BODIES,
  CERTIFICATION_LEVELS,
  ROLE_IDS,
  type CertificationBody,
  type CertificationLevel,
  type RoleId,
} from '../content/vocabulary';
import { formatMessage } from '../i18n';
import { compareNames } from '../text';
import type { CertificationLike } from './model';
import type { CertificationColumnId } from './table';

/** The numbers and words the filter and sort look at: small, so it can go to the browser. */
export interface CertificationFacets {
  slug: string;
  acronym: string;
  issuer: CertificationBody;
  roles: RoleId[];
  level: CertificationLevel;
  /** Lower end of each figure, or null when not known. */
  questions: number | null;
  minutes: number | null;
  fee: number | null;
}

export function certificationFacets(cert: CertificationLike): CertificationFacets {
  return {
    slug: cert.slug,
    acronym: cert.acronym,
    issuer: cert.issuer,
    roles: cert.roles,
    level: cert.level,
    questions: cert.exam.questions?.value ?? null,
    // Only an exam timed in minutes sorts by length; a self-paced window (CMRS: 45 days) does not.
    minutes: cert.exam.minutes?.unit === 'minutes' ? cert.exam.minutes.value : null,
    fee: cert.exam.fee?.value ?? null,
  };
}

/** The sort choices, each with the catalog key of its label (the server resolves it). */
export const SORT_OPTIONS = [
  { id: 'acronym', label: 'sortAcronym', column: 'credential' },
  { id: 'questions', label: 'sortQuestions', column: 'questions' },
  { id: 'minutes', label: 'sortMinutes', column: 'minutes' },
  { id: 'fee', label: 'sortFee', column: 'fee' },
] as const satisfies readonly { id: string; label: string; column: CertificationColumnId }[];

export type SortKey = (typeof SORT_OPTIONS)[number]['id'];

export interface CertificationQuery {
  role: RoleId | null;
  body: CertificationBody | null;
  level: CertificationLevel | null;
  sort: SortKey;
}

export const DEFAULT_QUERY: CertificationQuery = {
  role: null,
  body: null,
  level: null,
  sort: 'acronym',
};

function pick<T extends string>(options: readonly T[], value: string | null): T | null {
  if (value === null) return null;
  const wanted = value.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === wanted) ?? null;
}

const SORT_KEYS: readonly SortKey[] = SORT_OPTIONS.map((option) => option.id);

/** Reads ?role=biller&body=AAPC&level=entry&sort=fee. Unknown or repeated values are ignored. */
export function parseCertificationQuery(search: string): CertificationQuery {
  const params = new URLSearchParams(search);
  return {
    role: pick(ROLE_IDS, params.get('role')),
    body: pick(CERTIFICATION_BODIES, params.get('body')),
    level: pick(CERTIFICATION_LEVELS, params.get('level')),
    sort: pick(SORT_KEYS, params.get('sort')) ?? DEFAULT_QUERY.sort,
  };
}

/** The query string for a state: "" for the default, so the plain address stays plain. */
export function certificationQueryString(query: CertificationQuery): string {
  const params = new URLSearchParams();
  if (query.role) params.set('role', query.role);
  if (query.body) params.set('body', query.body);
  if (query.level) params.set('level', query.level);
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function filterCertifications<T extends CertificationFacets>(
  items: readonly T[],
  query: Pick<CertificationQuery, 'role' | 'body' | 'level'>,
): T[] {
  return items.filter(
    (item) =>
      (query.role === null || item.roles.includes(query.role)) &&
      (query.body === null || item.issuer === query.body) &&
      (query.level === null || item.level === query.level),
  );
}

/**
 * Sorted copy. Numbers go lowest first (a range counts by its lower end); credentials whose figure
 * is not known go last, so a missing fee never looks like the cheapest. Ties keep acronym order.
 */
export function sortCertifications<T extends CertificationFacets>(
  items: readonly T[],
  sort: SortKey,
): T[] {
  return [...items].sort((a, b) => {
    if (sort !== 'acronym') {
      const left = a[sort];
      const right = b[sort];
      if (left === null && right !== null) return 1;
      if (right === null && left !== null) return -1;
      if (left !== null && right !== null && left !== right) return left - right;
    }
    return compareNames(a.acronym, b.acronym);
  });
}

export function applyCertificationQuery<T extends CertificationFacets>(
  items: readonly T[],
  query: CertificationQuery,
): T[] {
  return sortCertifications(filterCertifications(items, query), query.sort);
}

/** The column the table marks as sorted (aria-sort) for a sort key. */
export function sortedColumn(sort: SortKey): CertificationColumnId | undefined {
  return SORT_OPTIONS.find((option) => option.id === sort)?.column;
}

/** The live region's three sentences, in the page's language, with {shown} and {total} to fill. */
export interface ShownCountWords {
  shownNone: string;
  shownAll: string;
  shownSome: string;
}

/** The strings of the table's controls, resolved on the server for the page's language. */
export interface CertificationTableWords extends ShownCountWords {
  filtersHeading: string;
  filterRole: string;
  filterRoleAll: string;
  filterBody: string;
  filterBodyAll: string;
  filterLevel: string;
  filterLevelAll: string;
  sortBy: string;
  clearFilters: string;
  sortNote: string;
}

/** The sentence the live region reads after each change. */
export function shownCountMessage(shown: number, total: number, words: ShownCountWords): string {
  const template =
    shown === 0 ? words.shownNone : shown === total ? words.shownAll : words.shownSome;
  return formatMessage(template, { shown, total });
}

/** The issuing bodies that appear in the content, in the schema's order: the body filter's options. */
export function bodiesIn(items: readonly { issuer: CertificationBody }[]): CertificationBody[] {
  return CERTIFICATION_BODIES.filter((body) => items.some((item) => item.issuer === body));
}
