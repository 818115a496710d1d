// The two roles' pages (/roles/<slug>/): the view model of a role's profile and its metadata.
//
// Public surface:
// - getRoleProfile(slug): a role's page, every figure and sourced fact with its citation.
// - getRoleCards(): both roles, named and linked with their summaries, for /roles.
// - roleMetadata(slug): the title, description, path and social card of a role's page.
// - citeSourcedText(fact): a sourced sentence with its citation.
import { credentialLink, type CredentialLink } from '../certifications';
import { cite, citeFigure, type Citation, type CitedFigureView } from '../citations';
import { getCertification, getOccupation, getRole, getRoles, type SourcedText } from '../content';
import { nationalFigures } from '../figures';
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
  pay: { median: CitedFigureView[]; growth: CitedFigureView[]; openings: CitedFigureView[] };
  occupationNotes: CitedText[];
  /** The role's own figures, each shown with its label. */
  moreFigures: CitedFigureView[];
  advancement: LinkedText[];
  tips: LinkedText[];
}

export function citeSourcedText(fact: Pick<SourcedText, 'text' | 'source' | 'asOf'>): CitedText {
  return { text: fact.text, citation: cite(fact.source, fact.asOf) };
}

export function getRoleProfile(slug: string): RoleProfile {
  const role = getRole(slug);
  const occupation = getOccupation(role.occupation);
  const first = getCertification(role.firstCertification);
  const national = (measure: 'median-pay' | 'growth' | 'openings', signed = false) =>
    nationalFigures(occupation.figures, [measure]).map((figure) => citeFigure(figure, { signed }));
  return {
    slug: role.slug,
    name: role.name,
    summary: role.summary,
    bodyHtml: role.body.html,
    dayInTheWork: role.dayInTheWork.map(linkGlossaryTerms),
    duties: role.duties.map(linkGlossaryTerms),
    skills: role.skills.map(linkGlossaryTerms),
    toolsAndCodeSets: role.toolsAndCodeSets.map(linkGlossaryTerms),
    workSettings: role.workSettings.map(linkGlossaryTerms),
    remoteWork: role.remoteWork,
    education: role.education,
    ...(occupation.typicalEducation
      ? { typicalEducation: citeSourcedText(occupation.typicalEducation) }
      : {}),
    educationPaths: role.educationPaths.map(linkGlossaryTerms),
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
    pay: {
      median: national('median-pay'),
      growth: national('growth', true),
      openings: national('openings'),
    },
    occupationNotes: (occupation.notes ?? []).map(citeSourcedText),
    moreFigures: (role.figures ?? []).map((figure) => citeFigure(figure)),
    advancement: role.advancement.map(linkGlossaryTerms),
    tips: role.tips.map(linkGlossaryTerms),
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
