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
import { routes } from '../routes';
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
  /** "December 1, 2026": when the answer was last checked against its sources. */
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

function stepHref(link: NonNullable<AnswerStep['link']>): string {
  if (link.page) return routes[link.page]();
  if (link.answer) return routes.answer(link.answer);
  if (link.certification) return routes.certification(link.certification);
  throw new Error(`A step's link "${link.text}" has no page, answer or certification`);
}

function viewStep(step: Pick<AnswerStep, 'text' | 'link'>): StepView {
  return {
    text: linkGlossaryTerms(step.text),
    ...(step.link ? { link: { href: stepHref(step.link), text: step.link.text } } : {}),
  };
}

/** The sources behind a page's citations, each once, in the sources page's order. */
export function citedSources(citations: readonly Citation[]): CitedSourceView[] {
  const hrefs = new Set(citations.map((citation) => citation.href));
  return getSources()
    .map((source) => ({ source, href: routes.source(source.id) }))
    .filter(({ href }) => hrefs.has(href))
    .map(({ source, href }) => ({
      id: source.id,
      href,
      publisher: source.publisher,
      title: source.title,
      edition: source.edition,
    }));
}

const answerLink = (answer: Pick<Answer, 'slug' | 'title'>): AnswerLinkView => ({
  slug: answer.slug,
  href: routes.answer(answer.slug),
  title: answer.title,
});

/** Links to answers by slug, for the pages where their questions come up (roles, outlook). */
export function answerLinks(slugs: readonly string[]): AnswerLinkView[] {
  return slugs.map((slug) => answerLink(getAnswer(slug)));
}

export function getAnswerPage(slug: string): AnswerPageView {
  const answer = getAnswer(slug);
  const sections = answer.sections.map((section, index) => ({
    id: `evidence-${index + 1}`,
    heading: section.heading,
    ...(section.intro ? { intro: linkGlossaryTerms(section.intro) } : {}),
    evidence: section.evidence.map(viewEvidence),
  }));
  const claims = slug === CLAIMS_ANSWER ? getCheckedClaims().map(viewClaim) : undefined;
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
    checked: formatDate(answer.checked),
    sections,
    ...(claims ? { claims } : {}),
    whatToDo: answer.whatToDo.map(viewStep),
    related: answerLinks(answer.related),
    sources: citedSources(citations),
  };
}

export function getAnswersHub(): AnswersHubView {
  return {
    answers: getAnswers().map((answer) => ({
      ...answerLink(answer),
      shortAnswer: answer.shortAnswer,
    })),
  };
}

/** Title, description and address of an answer's page. */
export function answerMetadata(slug: string) {
  const answer = getAnswer(slug);
  return { title: answer.title, description: answer.shortAnswer, path: routes.answer(answer.slug) };
}

export function getAnswerSlugs(): string[] {
  return getAnswers().map((answer) => answer.slug);
}
