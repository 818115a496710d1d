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

export interface CertificationLike<F extends FigureLike = FigureLike> {
  slug: string;
  acronym: string;
  name: string;
  issuer: CertificationBody;
  roles: RoleId[];
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
  renewal: { everyYears?: F | undefined; ceus?: F | undefined; note?: string | undefined };
  officialUrl: string;
  sources: string[];
}

export interface JobTitleLike {
  slug: string;
  name: string;
  level: JobLevel;
  certifications: string[];
}
