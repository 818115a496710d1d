// The /answers/ hub and each answer's page: the short answer first, then the evidence by section,
// then what to do, related questions and the sources the page cites. Views only render these.
import type { Citation } from '../citations';
import {
  getAnswer,
  getAnswers,
  getCheckedClaims,
  getSources,
  type Answer,
  type AnswerStep,
} from '../content';
import { CLAIMS_ANSWER } from '../content/vocabulary';
import { formatDate } from '../format';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import type { Locale } from '../i18n';
import { routes, routesFor } from '../routes';
import { viewClaim, type ClaimView } from './claims';
import { evidenceCitations, viewEvidence, type EvidenceView } from './evidence';

export interface AnswerSectionView {
  id: string;
  heading: string;
  intro?: LinkedText;
  evidence: EvidenceView[];
}

export interface StepView {
  text: LinkedText;
  link?: { href: string; text: string };
}

export interface CitedSourceView {
  id: string;
  href: string;
  publisher: string;
  title: string;
  edition: string;
}

export interface AnswerLinkView {
  slug: string;
  href: string;
  title: string;
}

export interface AnswerPageView {
  slug: string;
  title: string;
  shortAnswer: string;
  /** "December 1, 2026" ("1 de diciembre de 2026"): when the answer was last checked against its sources. */
  checked: string;
  sections: AnswerSectionView[];
  /** The checked claims, on the claims page only. */
  claims?: ClaimView[];
  whatToDo: StepView[];
  related: AnswerLinkView[];
  /** Every source the page cites, in the sources page's order. */
  sources: CitedSourceView[];
}

export interface AnswersHubView {
  answers: (AnswerLinkView & { shortAnswer: string })[];
}

function stepHref(link: NonNullable<AnswerStep['link']>, locale: Locale): string {
  const links = routesFor(locale);
  if (link.page) return links[link.page]();
  if (link.answer) return links.answer(link.answer);
  if (link.certification) return links.certification(link.certification);
  throw new Error(`A step's link "${link.text}" has no page, answer or certification`);
}

function viewStep(step: Pick<AnswerStep, 'text' | 'link'>, locale: Locale): StepView {
  return {
    text: linkGlossaryTerms(step.text, locale),
    ...(step.link ? { link: { href: stepHref(step.link, locale), text: step.link.text } } : {}),
  };
}

/** The sources behind a page's citations, each once, in the sources page's order. */
export function citedSources(citations: readonly Citation[], locale: Locale): CitedSourceView[] {
  const hrefs = new Set(citations.map((citation) => citation.href));
  return getSources(locale)
    .map((source) => ({ source, href: routesFor(locale).source(source.id) }))
    .filter(({ href }) => hrefs.has(href))
    .map(({ source, href }) => ({
      id: source.id,
      href,
      publisher: source.publisher,
      title: source.title,
      edition: source.edition,
    }));
}

function answerLink(answer: Pick<Answer, 'slug' | 'title'>, locale: Locale): AnswerLinkView {
  return { slug: answer.slug, href: routesFor(locale).answer(answer.slug), title: answer.title };
}

/** Links to answers by slug, in `locale`, for the pages where their questions come up (roles, outlook). */
export function answerLinks(slugs: readonly string[], locale: Locale): AnswerLinkView[] {
  return slugs.map((slug) => answerLink(getAnswer(slug, locale), locale));
}

/** One answer's page in `locale`: its words from content/es/ in Spanish, its facts shared. */
export function getAnswerPage(slug: string, locale: Locale): AnswerPageView {
  const answer = getAnswer(slug, locale);
  const sections = answer.sections.map((section, index) => ({
    id: `evidence-${index + 1}`,
    heading: section.heading,
    ...(section.intro ? { intro: linkGlossaryTerms(section.intro, locale) } : {}),
    evidence: section.evidence.map((point) => viewEvidence(point, locale)),
  }));
  const claims =
    slug === CLAIMS_ANSWER
      ? getCheckedClaims(locale).map((claim) => viewClaim(claim, locale))
      : undefined;
  const citations = [
    ...sections.flatMap((section) => section.evidence.flatMap(evidenceCitations)),
    ...(claims ?? []).flatMap((claim) => [
      ...(claim.seenAt ? [claim.seenAt] : []),
      ...claim.evidence.flatMap(evidenceCitations),
    ]),
  ];
  return {
    slug: answer.slug,
    title: answer.title,
    shortAnswer: answer.shortAnswer,
    checked: formatDate(answer.checked, locale),
    sections,
    ...(claims ? { claims } : {}),
    whatToDo: answer.whatToDo.map((step) => viewStep(step, locale)),
    related: answerLinks(answer.related, locale),
    sources: citedSources(citations, locale),
  };
}

export function getAnswersHub(locale: Locale): AnswersHubView {
  return {
    answers: getAnswers(locale).map((answer) => ({
      ...answerLink(answer, locale),
      shortAnswer: answer.shortAnswer,
    })),
  };
}

/** Title, description, language and (English) address of an answer's page, for pageMetadata. */
export function answerMetadata(slug: string, locale: Locale) {
  const answer = getAnswer(slug, locale);
  return {
    title: answer.title,
    description: answer.shortAnswer,
    path: routes.answer(answer.slug),
    locale,
  };
}

export function getAnswerSlugs(): string[] {
  return getAnswers('en').map((answer) => answer.slug);
}
