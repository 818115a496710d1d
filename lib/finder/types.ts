// The finder's data: the search entries, the occupations they belong to and their national pay. Plain types, so
// the browser, the build and the tests share them.
import type { MeasuredFigureView } from '@/lib/citations';
import type { JobFamily, JobLevel, JobPrevalence } from '@/lib/content/vocabulary';

/** The fields of a curated job title (content/jobs/*.yaml) the finder reads. */
export interface CuratedTitle {
  slug: string;
  name: string;
  family: JobFamily;
  level: JobLevel;
  prevalence: JobPrevalence;
  /** Certification slugs. */
  certifications: readonly string[];
  aliases?: readonly string[] | undefined;
  abbreviations?: readonly string[] | undefined;
  /** Occupation code as content names it: "29-2072". */
  occupation: string;
  /** One line on what the work is: searched for lay phrases. */
  summary?: string | undefined;
  /** True when the title's description says the work is often remote (content's oftenRemote). */
  oftenRemote?: boolean | undefined;
  /** False when the occupation is only the nearest one and its pay would mislead for the title. */
  payFits?: boolean | undefined;
  /** True for an entry-friendly title (content/first-job/entry-titles.yaml). */
  hiresBeginners?: boolean | undefined;
}

export interface CertificationName {
  slug: string;
  acronym: string;
}

/** One searchable job title: a curated title (with a page here) or a title only O*NET lists. */
export interface FinderEntry {
  /** The curated title's slug, or "onet-<n>". */
  id: string;
  /** The title in the index's language: "Codificador médico" in the Spanish index. */
  title: string;
  /**
   * In another language's index, the curated title's English name ("Medical Coder"): shown beside
   * the title and searched on job boards, which use the English titles.
   */
  englishTitle?: string;
  /** Page on this site: curated titles only. */
  slug?: string;
  family?: JobFamily;
  level?: JobLevel;
  /** How common the title is; O*NET-only titles rank as "low". */
  prevalence: JobPrevalence;
  /** Certification acronyms, in the curated order (CPC, CCS-P). */
  certifications: string[];
  /** Occupation codes ("29-2072"); more than one when O*NET lists the title under several. */
  occupations: string[];
  /** Set when the occupation's pay would mislead for this title: the finder then shows none. */
  payMisleads?: true;
  /** Other names: curated aliases and the O*NET titles merged into this one. */
  alternates: string[];
  abbreviations: string[];
  /** Curated titles: one line on what the work is ("Works denied claims: ..."). */
  summary?: string;
  /** The content says the work is often remote once experienced. */
  oftenRemote?: true;
  /** An entry-friendly title: the finder marks it "Hires beginners". */
  hiresBeginners?: true;
}

export interface FinderOccupation {
  code: string;
  title: string;
  onetUrl: string;
  /** BLS pay page for the occupation, where the content has one. */
  oewsUrl?: string;
  /**
   * The national headline pay figure (median, else mean, a year), chosen and cited at build time.
   * State figures are in the place-pay files, one per state, loaded when a state is chosen.
   */
  nationalPay?: MeasuredFigureView;
}

export interface FinderCatalog {
  entries: FinderEntry[];
  occupations: FinderOccupation[];
  /** The O*NET release the O*NET titles come from. */
  onetRelease: string;
}
