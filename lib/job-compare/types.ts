// The shape of one title's compare file (out/jobs/compare/<slug>.json), written at build time and
// read by the compare page in the browser. Everything in it is resolved: labels in words, figures
// formatted and cited, so the browser only draws it.
import type { MeasuredFigureView } from '@/lib/citations';
import type { Messages } from '@/lib/i18n/messages';
// Types only: nothing of the content reader reaches the browser.
import type { TitleLink } from '@/lib/finder/server';

/** Bumped when the file's shape changes, so an old cached file is refused rather than misread. */
export const COMPARE_DATA_VERSION = 1;

/** A source named in print, with its real address (links do not survive paper). */
export interface PrintSource {
  id: string;
  publisher: string;
  title: string;
  edition: string;
  url: string;
}

export type ComparePay =
  | {
      kind: 'shown';
      /** The headline median only: its earlier figures and other sources stay on the title's page. */
      median: MeasuredFigureView;
      /** Where the title's level usually sits in its occupation's range, in words. */
      position: string;
      occupation: string;
    }
  | {
      kind: 'none';
      /** The site's sentence for why no figure is shown, as the title's own page says it. */
      why: string;
      occupation: string;
    };

export interface CompareTitle {
  version: typeof COMPARE_DATA_VERSION;
  slug: string;
  /** The title in the file's language. */
  name: string;
  /** In a language other than English, the English title, which job ads use. */
  englishName?: string;
  summary: string;
  family: string;
  level: string;
  certifications: { slug: string; acronym: string; name: string }[];
  otherCredentials: string[];
  pay: ComparePay;
  /** The content's own sentences about remote work; empty when it says nothing. */
  remote: string[];
  nextSteps: TitleLink[];
  /** The sources of the title's figures, for the printed page. */
  sources: PrintSource[];
}

/**
 * The compare page's words, as the server hands them to its island (a type only: no catalog reaches
 * the browser): the jobs catalog's `compare`, and the few sentences it shares with a title's page.
 */
export type CompareLabels = Messages['jobs']['compare'] &
  Pick<Messages['jobs']['title'], 'noCertification' | 'noneListed' | 'inEnglish'>;

/** One choice in the pickers. */
export interface TitleOption {
  slug: string;
  name: string;
}

/** The pickers' choices, grouped by family in the site's order. */
export interface TitleOptionGroup {
  family: string;
  titles: TitleOption[];
}
