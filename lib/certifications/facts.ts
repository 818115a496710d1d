// The pure pieces of one credential's page: its exam facts, the sources it cites, the job titles
// that list it, the billing alternatives of its body and its metadata.
import type { CertificationBody } from '../content/vocabulary';
import { formatMessage, type Locale } from '../i18n';
import { routes } from '../routes';
import { compareNames } from '../text';
import { certificationWords, jobLevelLabels, type CertificationWords } from './labels';
import type { CertificationLike, FigureLike, JobTitleLike, UnpublishedLike } from './model';

/** The exam facts a credential's page lists, in order, each with the catalog key of its label. */
export const EXAM_FACTS = [
  { id: 'format', label: 'factFormat' },
  { id: 'questions', label: 'factQuestions' },
  { id: 'minutes', label: 'factMinutes' },
  { id: 'passingScore', label: 'factPassingScore' },
  { id: 'fee', label: 'factFee' },
  { id: 'openBook', label: 'factOpenBook' },
] as const satisfies readonly { id: string; label: keyof CertificationWords }[];

/** One exam fact; V is how a figure is shown (a CitedFigureView on the page). */
export type ExamFact<V> =
  | { id: 'format' | 'openBook'; label: string; kind: 'text'; text: string | undefined }
  | {
      id: 'questions' | 'minutes' | 'passingScore' | 'fee';
      label: string;
      kind: 'figure';
      figure: V | undefined;
      /** Why the figure is missing, when the content says (the table's facts only). */
      unpublished?: string | undefined;
    };

/** The exam facts the page lists, each present or marked unknown (undefined), with any reason. */
export function examFacts<F extends FigureLike, V>(
  exam: CertificationLike<F>['exam'],
  show: (figure: F) => V,
  words: CertificationWords,
  unpublished: UnpublishedLike = {},
): ExamFact<V>[] {
  return EXAM_FACTS.map((fact): ExamFact<V> => {
    const label = words[fact.label];
    switch (fact.id) {
      case 'format':
      case 'openBook':
        return { id: fact.id, label, kind: 'text', text: exam[fact.id] };
      default: {
        const figure = exam[fact.id];
        const reason = fact.id === 'passingScore' ? undefined : unpublished[fact.id];
        return {
          id: fact.id,
          label,
          kind: 'figure',
          figure: figure === undefined ? undefined : show(figure),
          ...(figure === undefined && reason ? { unpublished: reason } : {}),
        };
      }
    }
  });
}

export function isKnownFact<V>(fact: ExamFact<V>): boolean {
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
    cert.renewal.cost,
  ].flatMap((figure) => (figure ? [figure.source] : []));
  return [...new Set([...cert.sources, ...figureSources])];
}

/** The job titles whose content lists this credential, by name, with a level label. */
export function jobTitlesListing(
  jobTitles: readonly JobTitleLike[],
  certificationSlug: string,
  words: CertificationWords,
): { slug: string; name: string; level: string }[] {
  const levels = jobLevelLabels(words);
  return jobTitles
    .filter((title) => title.certifications.includes(certificationSlug))
    .sort((a, b) => compareNames(a.name, b.name))
    .map((title) => ({ slug: title.slug, name: title.name, level: levels[title.level] }));
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

/**
 * A body's credentials split by whom they serve: coders (and no billers, for a body with no billing
 * credential), and those that serve neither role (privacy, data or HIM management work).
 */
export function credentialsByRole<C extends CertificationLike>(
  certifications: readonly C[],
  body: CertificationBody,
): { coders: C[]; neither: C[] } {
  const own = certifications.filter((cert) => cert.issuer === body);
  return {
    coders: own.filter((cert) => cert.roles.includes('coder')),
    neither: own.filter((cert) => cert.roles.length === 0),
  };
}

export interface CertificationMetadata {
  title: string;
  description: string;
  path: string;
}

/** Title, description and canonical address of a credential's page, in the page's language. */
export function certificationMetadata(
  cert: Pick<CertificationLike, 'slug' | 'acronym' | 'name' | 'issuer'> & { proves: string },
  locale: Locale,
): CertificationMetadata {
  const words = certificationWords(locale);
  const names = {
    acronym: cert.acronym,
    name: cert.name,
    issuer: cert.issuer,
    proves: cert.proves,
  };
  return {
    title: formatMessage(words.profileTitle, names),
    description: formatMessage(words.profileDescription, names),
    path: routes.certification(cert.slug),
  };
}
