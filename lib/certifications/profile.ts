// The view model of one credential's page (/certifications/<slug>/): every fact resolved, each figure
// with its citation, so the page only lays it out.
import { citeEdition, citeFigure, type Citation, type CitedFigureView } from '../citations';
import { getCertification, getJobTitles, getRoles, getSource } from '../content';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import { routes } from '../routes';
import {
  certificationSourceIds,
  examFacts,
  isKnownFact,
  jobTitlesListing,
  type ExamFact,
} from './facts';
import type { UnpublishedLike } from './model';
import { BODY_NAMES, LEVEL_DESCRIPTIONS, LEVEL_LABELS } from './labels';
import {
  noBillingCredentialNotes,
  roleRuleNotes,
  type NoBillingNote,
  type RoleRuleNote,
} from './notes';

export interface CertificationProfile {
  slug: string;
  acronym: string;
  name: string;
  issuer: string;
  /** The body's full name, where it is more than its acronym. */
  issuerName?: string;
  levelLabel: string;
  levelDescription: string;
  officialUrl: string;
  /** "AAPC's official CPC page". */
  officialName: string;
  noBillingNotes: NoBillingNote[];
  roleRules: RoleRuleNote[];
  /** What it proves, whom it suits first and who may sit the exam, glossary terms linked. */
  proves: LinkedText;
  firstFor: LinkedText;
  eligibility?: LinkedText;
  /** Why eligibility or renewal is not known, when it is not. */
  unpublished: { eligibility?: string; renewal?: string };
  /** Whom it serves, in words, when it serves neither role. */
  serves?: string;
  exam: ExamFact<CitedFigureView>[];
  /** False when no exam fact is published: the page then says so in one line. */
  examKnown: boolean;
  apprentice?: string;
  renewal: {
    everyYears?: CitedFigureView;
    ceus?: CitedFigureView;
    cost?: CitedFigureView;
    note?: string;
  };
  roles: { slug: string; href: string; name: string; summary: string }[];
  jobTitles: { slug: string; href: string; name: string; level: string }[];
  sources: (Citation & { id: string; title: string })[];
}

export function getCertificationProfile(slug: string): CertificationProfile {
  const cert = getCertification(slug);
  const exam = examFacts(cert.exam, citeFigure, cert.unpublished);
  const why: UnpublishedLike = cert.unpublished ?? {};
  const { everyYears, ceus, cost, note } = cert.renewal;
  return {
    slug: cert.slug,
    acronym: cert.acronym,
    name: cert.name,
    issuer: cert.issuer,
    ...(BODY_NAMES[cert.issuer] === cert.issuer ? {} : { issuerName: BODY_NAMES[cert.issuer] }),
    levelLabel: LEVEL_LABELS[cert.level],
    levelDescription: LEVEL_DESCRIPTIONS[cert.level],
    officialUrl: cert.officialUrl,
    officialName: `${cert.issuer}'s official ${cert.acronym} page`,
    noBillingNotes: noBillingCredentialNotes([cert.issuer]),
    roleRules: roleRuleNotes(cert.roles),
    proves: linkGlossaryTerms(cert.proves),
    firstFor: linkGlossaryTerms(cert.firstFor),
    ...(cert.eligibility ? { eligibility: linkGlossaryTerms(cert.eligibility) } : {}),
    unpublished: {
      ...(why.eligibility ? { eligibility: why.eligibility } : {}),
      ...(why.renewal ? { renewal: why.renewal } : {}),
    },
    ...(cert.serves ? { serves: cert.serves } : {}),
    exam,
    examKnown: exam.some(isKnownFact),
    ...(cert.apprentice ? { apprentice: cert.apprentice } : {}),
    renewal: {
      ...(everyYears ? { everyYears: citeFigure(everyYears) } : {}),
      ...(ceus ? { ceus: citeFigure(ceus) } : {}),
      ...(cost ? { cost: citeFigure(cost) } : {}),
      ...(note ? { note } : {}),
    },
    roles: getRoles()
      .filter((role) => cert.roles.some((id) => id === role.slug))
      .map((role) => ({
        slug: role.slug,
        href: routes.role(role.slug),
        name: role.name,
        summary: role.summary,
      })),
    jobTitles: jobTitlesListing(getJobTitles(), cert.slug).map((title) => ({
      ...title,
      href: routes.job(title.slug),
    })),
    sources: certificationSourceIds(cert).map((id) => ({
      ...citeEdition(id),
      id,
      title: getSource(id).title,
    })),
  };
}
