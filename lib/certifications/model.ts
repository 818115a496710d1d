// The fields of a credential (and its figures) the certification builders read. Structural, so the
// builders take the content types and test fixtures alike, and stay free of content imports.
import type {
  CertificationBody,
  CertificationLevel,
  FigureUnit,
  JobLevel,
  RoleId,
} from '../content/vocabulary';

export interface FigureLike {
  value: number;
  valueMax?: number | undefined;
  unit: FigureUnit;
  asOf: string;
  source: string;
  label?: string | undefined;
  note?: string | undefined;
}

/** Why each fact the comparison table shows is missing: what the body does not publish. */
export interface UnpublishedLike {
  eligibility?: string | undefined;
  questions?: string | undefined;
  minutes?: string | undefined;
  fee?: string | undefined;
  renewal?: string | undefined;
}

export interface CertificationLike<F extends FigureLike = FigureLike> {
  slug: string;
  acronym: string;
  name: string;
  issuer: CertificationBody;
  /** Empty for a credential that serves neither coders nor billers directly; `serves` says whom. */
  roles: RoleId[];
  serves?: string | undefined;
  level: CertificationLevel;
  eligibility?: string | undefined;
  exam: {
    format?: string | undefined;
    questions?: F | undefined;
    minutes?: F | undefined;
    passingScore?: F | undefined;
    fee?: F | undefined;
    openBook?: string | undefined;
  };
  renewal: {
    everyYears?: F | undefined;
    ceus?: F | undefined;
    cost?: F | undefined;
    note?: string | undefined;
  };
  unpublished?: UnpublishedLike | undefined;
  officialUrl: string;
  sources: string[];
}

export interface JobTitleLike {
  slug: string;
  name: string;
  level: JobLevel;
  certifications: string[];
}
