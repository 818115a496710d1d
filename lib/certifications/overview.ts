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
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS, ROLE_LABELS } from './labels';
import {
  credentialLink,
  noBillingCredentialNotes,
  roleRuleNotes,
  type CredentialLink,
  type NoBillingNote,
  type RoleRuleNote,
} from './notes';
import { bodiesIn, SORT_OPTIONS, type CertificationFacets, type SortKey } from './query';
import { buildCertificationRows, CERTIFICATION_COLUMNS, type CertificationRow } from './table';

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
  columns: typeof CERTIFICATION_COLUMNS;
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
): CertificationFilterOptions {
  return {
    roles: ROLE_IDS.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
    bodies: bodies.map((body) => ({ value: body, label: body })),
    levels: CERTIFICATION_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] })),
    sorts: SORT_OPTIONS.map((option) => ({ value: option.id, label: option.label })),
  };
}

export function getCertificationsOverview(): CertificationsOverview {
  const certifications = getCertifications();
  const bodies = bodiesIn(certifications);
  const rows = buildCertificationRows(certifications, citeFigure);
  return {
    count: certifications.length,
    bodies,
    firstPicks: getRoles().map((role) => ({
      role: role.slug,
      roleName: role.name,
      certification: credentialLink(getCertification(role.firstCertification)),
    })),
    roleRules: roleRuleNotes(ROLE_IDS),
    noBillingNotes: noBillingCredentialNotes(bodies),
    levels: CERTIFICATION_LEVELS.map((level) => ({
      level,
      label: LEVEL_LABELS[level],
      description: LEVEL_DESCRIPTIONS[level],
    })),
    table: {
      columns: CERTIFICATION_COLUMNS,
      rows,
      facets: rows.map((row) => row.facets),
      filters: certificationFilterOptions(bodies),
    },
  };
}
