// The view model of the /certifications page: the intro's facts, the shared callouts, the level
// legend, and the table with its filter options.
import { citeFigure, type CitedFigureView } from '../citations';
import { getCertification, getCertifications, getRoles } from '../content';
import {
  CERTIFICATION_LEVELS,
  ROLE_IDS,
  type CertificationBody,
  type CertificationLevel,
  type RoleId,
} from '../content/vocabulary';
import type { Locale } from '../i18n';
import {
  certificationWords,
  levelDescriptions,
  levelLabels,
  roleLabels,
  type CertificationWords,
} from './labels';
import {
  credentialLink,
  noBillingCredentialNotes,
  roleRuleNotes,
  type CredentialLink,
  type NoBillingNote,
  type RoleRuleNote,
} from './notes';
import { bodiesIn, SORT_OPTIONS, type CertificationFacets, type SortKey } from './query';
import {
  buildCertificationRows,
  certificationColumns,
  type CertificationColumn,
  type CertificationRow,
} from './table';

export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

/** The choices of the table's filter and sort controls. */
export interface CertificationFilterOptions {
  roles: FilterOption<RoleId>[];
  bodies: FilterOption<CertificationBody>[];
  levels: FilterOption<CertificationLevel>[];
  sorts: FilterOption<SortKey>[];
}

export interface CertificationTable {
  columns: CertificationColumn[];
  rows: CertificationRow<CitedFigureView>[];
  facets: CertificationFacets[];
  filters: CertificationFilterOptions;
}

export interface CertificationsOverview {
  count: number;
  bodies: CertificationBody[];
  /** The credential this site suggests first to each role, in the site's role order. */
  firstPicks: { role: string; roleName: string; certification: CredentialLink }[];
  roleRules: RoleRuleNote[];
  noBillingNotes: NoBillingNote[];
  levels: { level: CertificationLevel; label: string; description: string }[];
  table: CertificationTable;
}

export function certificationFilterOptions(
  bodies: readonly CertificationBody[],
  words: CertificationWords,
): CertificationFilterOptions {
  const roles = roleLabels(words);
  const levels = levelLabels(words);
  return {
    roles: ROLE_IDS.map((role) => ({ value: role, label: roles[role] })),
    bodies: bodies.map((body) => ({ value: body, label: body })),
    levels: CERTIFICATION_LEVELS.map((level) => ({ value: level, label: levels[level] })),
    sorts: SORT_OPTIONS.map((option) => ({ value: option.id, label: words[option.label] })),
  };
}

export function getCertificationsOverview(locale: Locale): CertificationsOverview {
  const words = certificationWords(locale);
  const certifications = getCertifications(locale);
  const bodies = bodiesIn(certifications);
  const rows = buildCertificationRows(
    certifications,
    (figure) => citeFigure(figure, { locale }),
    locale,
  );
  const labels = levelLabels(words);
  const descriptions = levelDescriptions(words);
  return {
    count: certifications.length,
    bodies,
    firstPicks: getRoles(locale).map((role) => ({
      role: role.slug,
      roleName: role.name,
      certification: credentialLink(getCertification(role.firstCertification, locale), locale),
    })),
    roleRules: roleRuleNotes(ROLE_IDS, locale),
    noBillingNotes: noBillingCredentialNotes(bodies, locale),
    levels: CERTIFICATION_LEVELS.map((level) => ({
      level,
      label: labels[level],
      description: descriptions[level],
    })),
    table: {
      columns: certificationColumns(words),
      rows,
      facets: rows.map((row) => row.facets),
      filters: certificationFilterOptions(bodies, words),
    },
  };
}
