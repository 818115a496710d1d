// The view model of one credential's page (/certifications/<slug>/): every fact resolved, each figure
// with its citation, so the page only lays it out.
import { citeEdition, citeFigure, type Citation, type CitedFigureView } from '../citations';
import { getCertification, getJobTitles, getRoles, getSource, localizeAll } from '../content';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import { formatMessage, type Locale } from '../i18n';
import { routesFor } from '../routes';
import {
  certificationSourceIds,
  examFacts,
  isKnownFact,
  jobTitlesListing,
  type ExamFact,
} from './facts';
import type { UnpublishedLike } from './model';
import { BODY_NAMES, certificationWords, levelDescriptions, levelLabels } from './labels';
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
  /** "AAPC's CPC page", where the page sends a reader for a fact it does not hold. */
  issuerPageName: string;
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

export function getCertificationProfile(slug: string, locale: Locale): CertificationProfile {
  const words = certificationWords(locale);
  const routes = routesFor(locale);
  const cert = getCertification(slug, locale);
  const exam = examFacts(
    cert.exam,
    (figure) => citeFigure(figure, { locale }),
    words,
    cert.unpublished,
  );
  const names = { issuer: cert.issuer, acronym: cert.acronym };
  const why: UnpublishedLike = cert.unpublished ?? {};
  const { everyYears, ceus, cost, note } = cert.renewal;
  return {
    slug: cert.slug,
    acronym: cert.acronym,
    name: cert.name,
    issuer: cert.issuer,
    ...(BODY_NAMES[cert.issuer] === cert.issuer ? {} : { issuerName: BODY_NAMES[cert.issuer] }),
    levelLabel: levelLabels(words)[cert.level],
    levelDescription: levelDescriptions(words)[cert.level],
    officialUrl: cert.officialUrl,
    officialName: formatMessage(words.officialName, names),
    issuerPageName: formatMessage(words.issuerPage, names),
    noBillingNotes: noBillingCredentialNotes([cert.issuer], locale),
    roleRules: roleRuleNotes(cert.roles, locale),
    proves: linkGlossaryTerms(cert.proves, locale),
    firstFor: linkGlossaryTerms(cert.firstFor, locale),
    ...(cert.eligibility ? { eligibility: linkGlossaryTerms(cert.eligibility, locale) } : {}),
    unpublished: {
      ...(why.eligibility ? { eligibility: why.eligibility } : {}),
      ...(why.renewal ? { renewal: why.renewal } : {}),
    },
    ...(cert.serves ? { serves: cert.serves } : {}),
    exam,
    examKnown: exam.some(isKnownFact),
    ...(cert.apprentice ? { apprentice: cert.apprentice } : {}),
    renewal: {
      ...(everyYears ? { everyYears: citeFigure(everyYears, { locale }) } : {}),
      ...(ceus ? { ceus: citeFigure(ceus, { locale }) } : {}),
      ...(cost ? { cost: citeFigure(cost, { locale }) } : {}),
      ...(note ? { note } : {}),
    },
    roles: getRoles(locale)
      .filter((role) => cert.roles.some((id) => id === role.slug))
      .map((role) => ({
        slug: role.slug,
        href: routes.role(role.slug),
        name: role.name,
        summary: role.summary,
      })),
    jobTitles: jobTitlesListing(localizeAll(getJobTitles(), locale), cert.slug, words).map(
      (title) => ({
        ...title,
        href: routes.job(title.slug),
      }),
    ),
    sources: certificationSourceIds(cert).map((id) => ({
      ...citeEdition(id, locale),
      id,
      title: getSource(id).title,
    })),
  };
}
