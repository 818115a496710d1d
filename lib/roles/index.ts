// The two roles' pages (/roles/<slug>/): the view model of a role's profile and its metadata.
//
// Public surface:
// - getRoleProfile(slug, locale): a role's page, every figure and sourced fact with its citation.
// - getRoleCards(locale): both roles, named and linked with their summaries, for /roles.
// - roleMetadata(slug, locale): the title, description, path and social card of a role's page.
// - citeSourcedTextIn(locale): cites a sourced sentence in a language; citeSourcedText(fact) in English.
import { answerLinks, type AnswerLinkView } from '../answers';
import { credentialLink, type CredentialLink } from '../certifications';
import {
  cite,
  citeFigure,
  viewHeadline,
  type Citation,
  type CitedFigureView,
  type HeadlineFigureView,
} from '../citations';
import { getCertification, getOccupation, getRole, getRoles, type SourcedText } from '../content';
import type { TrySetId } from '../content/vocabulary';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import { formatMessage, type Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { routes, routesFor } from '../routes';

export interface CitedText {
  text: string;
  citation: Citation;
}

export interface RoleProfile {
  slug: string;
  name: string;
  summary: string;
  /** The role's Markdown body, rendered to HTML at build time. */
  bodyHtml: string;
  /** Lists whose glossary terms are linked. */
  dayInTheWork: LinkedText[];
  duties: LinkedText[];
  skills: LinkedText[];
  toolsAndCodeSets: LinkedText[];
  workSettings: LinkedText[];
  remoteWork: string;
  education: string;
  /** What the government occupation profile says of education. */
  typicalEducation?: CitedText;
  educationPaths: LinkedText[];
  firstCertification: CredentialLink & { firstFor: string };
  certificationRule?: CitedText;
  otherCertifications: CredentialLink[];
  /** The government occupation: its title in the page's language, and as the government spells it. */
  occupation: { title: string; officialTitle: string; code: string; proxyNote?: string };
  /** The occupation's headline figures; absent where the content has none. */
  outlook: {
    median?: HeadlineFigureView;
    growth?: HeadlineFigureView;
    openings?: HeadlineFigureView;
  };
  occupationNotes: CitedText[];
  /** The role's own figures, each shown with its label. */
  moreFigures: CitedFigureView[];
  advancement: LinkedText[];
  tips: LinkedText[];
  /** The set of /try/ with this role's work, and the straight answers to the questions it raises. */
  trySet: TrySetId;
  questions: AnswerLinkView[];
}

type SourcedFact = Pick<SourcedText, 'text' | 'source' | 'asOf'>;

/** Cites sourced sentences in a language: `facts.map(citeSourcedTextIn(locale))`. */
export function citeSourcedTextIn(locale: Locale): (fact: SourcedFact) => CitedText {
  return (fact) => ({ text: fact.text, citation: cite(fact.source, fact.asOf, locale) });
}

/** A sourced sentence with its English citation (for pages not yet in Spanish). */
export function citeSourcedText(fact: SourcedFact): CitedText {
  return citeSourcedTextIn('en')(fact);
}

export function getRoleProfile(slug: string, locale: Locale): RoleProfile {
  const role = getRole(slug, locale);
  const occupation = getOccupation(role.occupation, locale);
  const first = getCertification(role.firstCertification, locale);
  const link = (text: string) => linkGlossaryTerms(text, locale);
  const citeText = citeSourcedTextIn(locale);
  const headline = (key: 'median' | 'growth' | 'openings', measure: string, unit: string) => {
    const view = viewHeadline(occupation, { measure, unit }, locale);
    return view ? { [key]: view } : {};
  };
  return {
    slug: role.slug,
    name: role.name,
    summary: role.summary,
    bodyHtml: role.body.html,
    dayInTheWork: role.dayInTheWork.map(link),
    duties: role.duties.map(link),
    skills: role.skills.map(link),
    toolsAndCodeSets: role.toolsAndCodeSets.map(link),
    workSettings: role.workSettings.map(link),
    remoteWork: role.remoteWork,
    education: role.education,
    ...(occupation.typicalEducation
      ? { typicalEducation: citeText(occupation.typicalEducation) }
      : {}),
    educationPaths: role.educationPaths.map(link),
    firstCertification: { ...credentialLink(first, locale), firstFor: first.firstFor },
    ...(role.certificationRule ? { certificationRule: citeText(role.certificationRule) } : {}),
    otherCertifications: role.certifications
      .filter((cert) => cert !== role.firstCertification)
      .map((cert) => credentialLink(getCertification(cert, locale), locale)),
    occupation: {
      title: occupation.title,
      officialTitle: getOccupation(role.occupation, 'en').title,
      code: occupation.code,
      ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
    },
    outlook: {
      ...headline('median', 'median-pay', 'usd-per-year'),
      ...headline('growth', 'growth', 'percent'),
      ...headline('openings', 'openings', 'count-per-year'),
    },
    occupationNotes: (occupation.notes ?? []).map(citeText),
    moreFigures: (role.figures ?? []).map((figure) => citeFigure(figure, { locale })),
    advancement: role.advancement.map(link),
    tips: role.tips.map(link),
    trySet: role.trySet,
    questions: answerLinks(role.questions, locale),
  };
}

/** Title, description, canonical address and social card of a role's page. */
export function roleMetadata(slug: string, locale: Locale) {
  const role = getRole(slug, locale);
  return {
    title: formatMessage(getMessages(locale).roles.metaTitle, { name: role.name }),
    description: role.summary,
    path: routes.role(role.slug),
    card: role.slug,
  };
}

export interface RoleCard {
  slug: string;
  href: string;
  name: string;
  summary: string;
}

/** Both roles in the site's order, for the /roles index. */
export function getRoleCards(locale: Locale): RoleCard[] {
  return getRoles(locale).map((role) => ({
    slug: role.slug,
    href: routesFor(locale).role(role.slug),
    name: role.name,
    summary: role.summary,
  }));
}
