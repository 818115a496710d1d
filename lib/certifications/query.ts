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

export const SORT_OPTIONS = [
  { id: 'acronym', label: 'Acronym, A to Z', column: 'credential' },
  { id: 'questions', label: 'Questions, fewest first', column: 'questions' },
  { id: 'minutes', label: 'Exam length, shortest first', column: 'minutes' },
  { id: 'fee', label: 'Fee, lowest first', column: 'fee' },
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

/** The sentence the live region reads after each change. */
export function shownCountMessage(shown: number, total: number): string {
  if (shown === 0) return `No credential matches these filters (0 of ${total}).`;
  if (shown === total) return `Showing all ${total} credentials.`;
  return `Showing ${shown} of ${total} credentials.`;
}

/** The issuing bodies that appear in the content, in the schema's order: the body filter's options. */
export function bodiesIn(items: readonly { issuer: CertificationBody }[]): CertificationBody[] {
  return CERTIFICATION_BODIES.filter((body) => items.some((item) => item.issuer === body));
}
