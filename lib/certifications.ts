// The certification comparison: table rows and columns built from the certification content, and
// the filter and sort the page's client island applies to them. Pure and free of content imports
// (types only), so the browser bundle gets this logic without the content itself.
import {
  CERTIFICATION_BODIES,
  CERTIFICATION_LEVELS,
  ROLE_IDS,
  type CertificationBody,
  type CertificationLevel,
  type FigureUnit,
  type JobLevel,
  type RoleId,
} from './content/vocabulary';
import { routes } from './routes';
import { compareNames } from './text';

export interface FigureLike {
  value: number;
  valueMax?: number | undefined;
  unit: FigureUnit;
  asOf: string;
  source: string;
  label?: string | undefined;
  note?: string | undefined;
}

export interface CertificationLike<F extends FigureLike = FigureLike> {
  slug: string;
  acronym: string;
  name: string;
  issuer: CertificationBody;
  roles: RoleId[];
  level: CertificationLevel;
  eligibility?: string | undefined;
  exam: {
    format?: string | undefined;
    questions?: F | undefined;
    minutes?: F | undefined;
    passingScore?: F | undefined;
    fee?: F | undefined;
    openBook?: string | undefined;
  };
  renewal: { everyYears?: F | undefined; ceus?: F | undefined; note?: string | undefined };
  officialUrl: string;
  sources: string[];
}

/** What the page calls each issuing body in full. */
export const BODY_NAMES: Record<CertificationBody, string> = {
  AAPC: 'AAPC',
  AHIMA: 'American Health Information Management Association',
  AMBA: 'American Medical Billing Association',
  NHA: 'National Healthcareer Association',
  HFMA: 'Healthcare Financial Management Association',
};

export const LEVEL_LABELS: Record<CertificationLevel, string> = {
  entry: 'Entry',
  advanced: 'Advanced',
  specialty: 'Specialty',
};

/** The meaning of each level, as the content schema defines it. */
export const LEVEL_DESCRIPTIONS: Record<CertificationLevel, string> = {
  entry: 'a first credential, for people new to the work',
  advanced: 'needs experience, a degree or another credential first',
  specialty: 'a focus area within the work',
};

export const ROLE_LABELS: Record<RoleId, string> = { coder: 'Coders', biller: 'Billers' };

const JOB_LEVEL_LABELS: Record<JobLevel, string> = {
  entry: 'entry level',
  mid: 'mid level',
  senior: 'senior',
  lead: 'lead',
};

// ---------------------------------------------------------------------------------------------
// The table

export const CERTIFICATION_COLUMNS = [
  { id: 'credential', label: 'Credential' },
  { id: 'issuer', label: 'Issuing body' },
  { id: 'roles', label: 'Serves' },
  { id: 'level', label: 'Level' },
  { id: 'eligibility', label: 'Who can take it' },
  { id: 'questions', label: 'Questions' },
  { id: 'minutes', label: 'Exam length' },
  { id: 'fee', label: 'Fee' },
  { id: 'renewal', label: 'Renewal' },
] as const;

export type CertificationColumnId = (typeof CERTIFICATION_COLUMNS)[number]['id'];

/** A figure cell without a figure means the fact is not known; the page says so. */
export type CertificationCell<F extends FigureLike = FigureLike> =
  | { column: 'credential'; kind: 'credential'; slug: string; acronym: string; name: string }
  | { column: 'issuer'; kind: 'body'; body: CertificationBody; name: string }
  | { column: 'roles'; kind: 'roles'; roles: RoleId[] }
  | { column: 'level'; kind: 'text'; text: string }
  | { column: 'eligibility'; kind: 'text'; text: string | undefined }
  | { column: 'questions' | 'minutes' | 'fee'; kind: 'figure'; figure: F | undefined }
  | { column: 'renewal'; kind: 'renewal'; figures: F[]; note: string | undefined };

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

export interface CertificationRow<F extends FigureLike = FigureLike> {
  slug: string;
  cells: CertificationCell<F>[];
  facets: CertificationFacets;
}

export function certificationFacets(cert: CertificationLike): CertificationFacets {
  return {
    slug: cert.slug,
    acronym: cert.acronym,
    issuer: cert.issuer,
    roles: cert.roles,
    level: cert.level,
    questions: cert.exam.questions?.value ?? null,
    minutes: cert.exam.minutes?.value ?? null,
    fee: cert.exam.fee?.value ?? null,
  };
}

/** The figures of a credential's renewal that the table shows, in reading order. */
function renewalFigures<F extends FigureLike>(renewal: CertificationLike<F>['renewal']): F[] {
  return [renewal.everyYears, renewal.ceus].filter((figure) => figure !== undefined);
}

/** One row per credential, one cell per column of CERTIFICATION_COLUMNS, in the content's order. */
export function buildCertificationRows<F extends FigureLike>(
  certifications: readonly CertificationLike<F>[],
): CertificationRow<F>[] {
  return certifications.map((cert) => {
    const figures = renewalFigures(cert.renewal);
    const cells: CertificationCell<F>[] = [
      {
        column: 'credential',
        kind: 'credential',
        slug: cert.slug,
        acronym: cert.acronym,
        name: cert.name,
      },
      { column: 'issuer', kind: 'body', body: cert.issuer, name: BODY_NAMES[cert.issuer] },
      // Roles in the site's order (coder, then biller), whatever order the file lists them in.
      {
        column: 'roles',
        kind: 'roles',
        roles: ROLE_IDS.filter((role) => cert.roles.includes(role)),
      },
      { column: 'level', kind: 'text', text: LEVEL_LABELS[cert.level] },
      { column: 'eligibility', kind: 'text', text: cert.eligibility },
      { column: 'questions', kind: 'figure', figure: cert.exam.questions },
      { column: 'minutes', kind: 'figure', figure: cert.exam.minutes },
      { column: 'fee', kind: 'figure', figure: cert.exam.fee },
      // The table keeps renewal to its figures; a note stands in only when there is none (the
      // credential's page shows both).
      {
        column: 'renewal',
        kind: 'renewal',
        figures,
        note: figures.length === 0 ? cert.renewal.note : undefined,
      },
    ];
    return { slug: cert.slug, cells, facets: certificationFacets(cert) };
  });
}

/** Every figure a row shows, for checks that each one is sourced. */
export function rowFigures<F extends FigureLike>(row: CertificationRow<F>): F[] {
  return row.cells.flatMap((cell) => {
    if (cell.kind === 'figure') return cell.figure ? [cell.figure] : [];
    if (cell.kind === 'renewal') return cell.figures;
    return [];
  });
}

// ---------------------------------------------------------------------------------------------
// Filter and sort

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

export function hasActiveFilter(query: CertificationQuery): boolean {
  return query.role !== null || query.body !== null || query.level !== null;
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

// ---------------------------------------------------------------------------------------------
// One credential's page

export const EXAM_FACTS = [
  { id: 'format', label: 'Format' },
  { id: 'questions', label: 'Questions' },
  { id: 'minutes', label: 'Exam length' },
  { id: 'passingScore', label: 'Passing score' },
  { id: 'fee', label: 'Fee' },
  { id: 'openBook', label: 'Code books in the exam' },
] as const;

export type ExamFact<F extends FigureLike = FigureLike> =
  | { id: 'format' | 'openBook'; label: string; kind: 'text'; text: string | undefined }
  | {
      id: 'questions' | 'minutes' | 'passingScore' | 'fee';
      label: string;
      kind: 'figure';
      figure: F | undefined;
    };

/** The exam facts the page lists, each present or marked unknown (undefined). */
export function examFacts<F extends FigureLike>(exam: CertificationLike<F>['exam']): ExamFact<F>[] {
  return EXAM_FACTS.map((fact): ExamFact<F> => {
    switch (fact.id) {
      case 'format':
      case 'openBook':
        return { id: fact.id, label: fact.label, kind: 'text', text: exam[fact.id] };
      default:
        return { id: fact.id, label: fact.label, kind: 'figure', figure: exam[fact.id] };
    }
  });
}

export function isKnownFact(fact: ExamFact): boolean {
  return (fact.kind === 'text' ? fact.text : fact.figure) !== undefined;
}

/** Every source a credential's page cites: its own list, then any figure source it does not list. */
export function certificationSourceIds(cert: CertificationLike): string[] {
  const figureSources = [
    cert.exam.questions,
    cert.exam.minutes,
    cert.exam.passingScore,
    cert.exam.fee,
    cert.renewal.everyYears,
    cert.renewal.ceus,
  ].flatMap((figure) => (figure ? [figure.source] : []));
  return [...new Set([...cert.sources, ...figureSources])];
}

export interface JobTitleLike {
  slug: string;
  name: string;
  level: JobLevel;
  certifications: string[];
}

/** The job titles whose content lists this credential, by name, with a level label. */
export function jobTitlesListing(
  jobTitles: readonly JobTitleLike[],
  certificationSlug: string,
): { slug: string; name: string; level: string }[] {
  return jobTitles
    .filter((title) => title.certifications.includes(certificationSlug))
    .sort((a, b) => compareNames(a.name, b.name))
    .map((title) => ({ slug: title.slug, name: title.name, level: JOB_LEVEL_LABELS[title.level] }));
}

/**
 * For a body none of whose credentials serves billers (in this content: AHIMA), the entry-level
 * credentials that do, so its pages can point a would-be biller elsewhere. Null when the body has a
 * billing credential.
 */
export function billingAlternatives<C extends CertificationLike>(
  certifications: readonly C[],
  body: CertificationBody,
): C[] | null {
  const servesBillers = (cert: C) => cert.roles.includes('biller');
  if (certifications.some((cert) => cert.issuer === body && servesBillers(cert))) return null;
  return certifications.filter((cert) => servesBillers(cert) && cert.level === 'entry');
}

export interface CertificationMetadata {
  title: string;
  description: string;
  path: string;
}

export function certificationPath(slug: string): string {
  return routes.certification(slug);
}

/** Title, description and canonical address of a credential's page. */
export function certificationMetadata(
  cert: Pick<CertificationLike, 'slug' | 'acronym' | 'name' | 'issuer'> & { proves: string },
): CertificationMetadata {
  return {
    title: `${cert.acronym} (${cert.name}): exam, fee, eligibility and renewal`,
    description: `${cert.name} (${cert.acronym}), from ${cert.issuer}. What it proves: ${cert.proves}`,
    path: certificationPath(cert.slug),
  };
}

/**
 * "AHIMA" from "American Health Information Management Association (AHIMA)", for tight spaces. Only
 * a closing abbreviation counts: "Medical Billing and Coding (mbc-bv6.pages.dev)" stays whole.
 */
export function shortPublisher(publisher: string): string {
  const match = /\(([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*)\)\s*$/.exec(publisher);
  return match?.[1] ?? publisher;
}
