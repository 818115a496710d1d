// The /training-check/ page's view model: each part of content/training-check.yaml with its facts
// cited, the credentials' own rules and fees read from content/certifications/ (never copied), and
// the checklist for the island.
import { credentialLink, type CredentialLink } from '../../certifications';
import { cite, citeFigure, type Citation, type CitedFigureView } from '../../citations';
import { getCertification, getTrainingCheckContent, type Certification } from '../../content';
import { linkGlossaryTerms, type LinkedText } from '../../glossary';
import type { Locale } from '../../i18n';
import { getMessages } from '../../i18n/messages';
import { citeSourcedTextIn, type CitedText } from '../../roles';
import { routesFor } from '../../routes';
import type { Checklist } from '../types';
import { checklistOf } from './checklist';

/** A credential with one of its own facts: what its exam asks for, its fee, its apprentice rule. */
export interface CredentialFact<T> extends CredentialLink {
  fact: T;
}

export interface ApprovalView {
  id: string;
  name: string;
  covers: string;
  means: LinkedText;
  meansCitation?: Citation;
  doesNotPromise: string;
  /** What each exam this approval leads to asks of you, as its own page says. */
  exams: CredentialFact<LinkedText>[];
}

export interface RedFlagView {
  id: string;
  name: string;
  why: string;
  citation?: Citation;
  readMore?: { href: string; label: string };
}

export interface CheckPlaceView {
  id: string;
  name: string;
  url: string;
  what: string;
  facts: CitedText[];
}

export interface TrainingCheckPage {
  intro: string[];
  approvals: ApprovalView[];
  cost: {
    intro: string;
    communityCollege: CitedFigureView[];
    forProfit: CitedFigureView[];
    examFees: CredentialFact<CitedFigureView>[];
  };
  length: { intro: string; facts: CitedText[]; apprenticeRules: CredentialFact<string>[] };
  redFlags: RedFlagView[];
  /** Every question the checklist would have you ask, in its order. */
  questionsToAsk: string[];
  whereToCheck: CheckPlaceView[];
  checklist: Checklist;
}

/** A fact the certification must have: validation checked it, so a missing one is a bug. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`training-check.yaml: ${what} is missing`);
  return value;
}

/** The page in `locale`: the content's words in that language, every link and citation in it too. */
export function getTrainingCheckPage(locale: Locale): TrainingCheckPage {
  const content = getTrainingCheckContent(locale);
  const { cost, length } = content;
  const links = routesFor(locale);
  const readMoreTitles = getMessages(locale).trainingCheck.page.readMoreTitles;
  const withFact = <T>(slug: string, fact: (cert: Certification) => T): CredentialFact<T> => {
    const cert = getCertification(slug, locale);
    return { ...credentialLink(cert, locale), fact: fact(cert) };
  };
  const citationOfPair = (source: string | undefined, asOf: string | undefined) =>
    source !== undefined && asOf !== undefined ? { citation: cite(source, asOf, locale) } : {};
  const citeFact = citeSourcedTextIn(locale);
  return {
    intro: content.intro,
    approvals: content.approvals.map((approval) => {
      const { citation } = citationOfPair(approval.source, approval.asOf);
      return {
        id: approval.id,
        name: approval.name,
        covers: approval.covers,
        means: linkGlossaryTerms(approval.means, locale),
        ...(citation ? { meansCitation: citation } : {}),
        doesNotPromise: approval.doesNotPromise,
        exams: approval.certifications.map((slug) =>
          withFact(slug, (cert) =>
            linkGlossaryTerms(required(cert.eligibility, `the eligibility of ${slug}`), locale),
          ),
        ),
      };
    }),
    cost: {
      intro: cost.intro,
      communityCollege: cost.communityCollege.map((figure) => citeFigure(figure, { locale })),
      forProfit: cost.forProfit.map((figure) => citeFigure(figure, { locale })),
      examFees: cost.examFees.map((slug) =>
        withFact(slug, (cert) =>
          citeFigure(required(cert.exam.fee, `the exam fee of ${slug}`), { locale }),
        ),
      ),
    },
    length: {
      intro: length.intro,
      facts: length.facts.map(citeFact),
      apprenticeRules: length.apprenticeRules.map((slug) =>
        withFact(slug, (cert) => required(cert.apprentice, `the apprentice rule of ${slug}`)),
      ),
    },
    redFlags: content.redFlags.map((flag) => ({
      id: flag.id,
      name: flag.name,
      why: flag.why,
      ...citationOfPair(flag.source, flag.asOf),
      ...(flag.readMore
        ? {
            readMore: {
              href: links.answer(flag.readMore),
              label: readMoreTitles[flag.readMore],
            },
          }
        : {}),
    })),
    questionsToAsk: content.checklist.flatMap((group) =>
      group.questions.filter((question) => question.where === undefined).map((q) => q.ask),
    ),
    whereToCheck: content.whereToCheck.map((place) => ({
      id: place.id,
      name: place.name,
      url: place.url,
      what: place.what,
      facts: place.facts.map(citeFact),
    })),
    checklist: checklistOf(content, locale),
  };
}
