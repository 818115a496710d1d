// The two roles' pages (/roles/<slug>/): the view model of a role's profile and its metadata.
//
// Public surface:
// - getRoleProfile(slug): a role's page, every figure and sourced fact with its citation.
// - getRoleCards(): both roles, named and linked with their summaries, for /roles.
// - roleMetadata(slug): the title, description, path and social card of a role's page.
// - citeSourcedText(fact): a sourced sentence with its citation.
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
import { routes } from '../routes';

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
  occupation: { title: string; code: string; proxyNote?: string };
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

export function citeSourcedText(fact: Pick<SourcedText, 'text' | 'source' | 'asOf'>): CitedText {
  return { text: fact.text, citation: cite(fact.source, fact.asOf) };
}

export function getRoleProfile(slug: string): RoleProfile {
  const role = getRole(slug);
  const occupation = getOccupation(role.occupation);
  const first = getCertification(role.firstCertification);
  const headline = (key: 'median' | 'growth' | 'openings', measure: string, unit: string) => {
    const view = viewHeadline(occupation, { measure, unit });
    return view ? { [key]: view } : {};
  };
  return {
    slug: role.slug,
    name: role.name,
    summary: role.summary,
    bodyHtml: role.body.html,
    dayInTheWork: role.dayInTheWork.map((text) => linkGlossaryTerms(text)),
    duties: role.duties.map((text) => linkGlossaryTerms(text)),
    skills: role.skills.map((text) => linkGlossaryTerms(text)),
    toolsAndCodeSets: role.toolsAndCodeSets.map((text) => linkGlossaryTerms(text)),
    workSettings: role.workSettings.map((text) => linkGlossaryTerms(text)),
    remoteWork: role.remoteWork,
    education: role.education,
    ...(occupation.typicalEducation
      ? { typicalEducation: citeSourcedText(occupation.typicalEducation) }
      : {}),
    educationPaths: role.educationPaths.map((text) => linkGlossaryTerms(text)),
    firstCertification: { ...credentialLink(first), firstFor: first.firstFor },
    ...(role.certificationRule
      ? { certificationRule: citeSourcedText(role.certificationRule) }
      : {}),
    otherCertifications: role.certifications
      .filter((cert) => cert !== role.firstCertification)
      .map((cert) => credentialLink(getCertification(cert))),
    occupation: {
      title: occupation.title,
      code: occupation.code,
      ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
    },
    outlook: {
      ...headline('median', 'median-pay', 'usd-per-year'),
      ...headline('growth', 'growth', 'percent'),
      ...headline('openings', 'openings', 'count-per-year'),
    },
    occupationNotes: (occupation.notes ?? []).map(citeSourcedText),
    moreFigures: (role.figures ?? []).map((figure) => citeFigure(figure)),
    advancement: role.advancement.map((text) => linkGlossaryTerms(text)),
    tips: role.tips.map((text) => linkGlossaryTerms(text)),
    trySet: role.trySet,
    questions: answerLinks(role.questions, 'en'),
  };
}

/** Title, description, canonical address and social card of a role's page. */
export function roleMetadata(slug: string) {
  const role = getRole(slug);
  return {
    title: `${role.name}: the work, pay, outlook and how to start`,
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
export function getRoleCards(): RoleCard[] {
  return getRoles().map((role) => ({
    slug: role.slug,
    href: routes.role(role.slug),
    name: role.name,
    summary: role.summary,
  }));
}
