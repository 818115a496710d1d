// The /first-job/ page's view model in one language: the guide's sections with each block's evidence
// tag, its sources cited, glossary terms linked at their first use on the page, and links resolved.
import { citeEdition, type Citation } from '../citations';
import { getFirstJobGuide, getJobTitle, localize } from '../content';
import type { GuideEvidence } from '../content/vocabulary';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';
import { getEntryTitleViews, type EntryTitleView } from './entry-titles';
import { evidenceLabel, guideLinkHref } from './labels';

export interface GuideBlockView {
  text: LinkedText;
  items: LinkedText[];
  evidence: { kind: GuideEvidence; label: string };
  citations: Citation[];
}

export interface BridgeJobView {
  slug: string;
  name: string;
  href: string;
  text: LinkedText;
}

export interface GuideSectionView {
  id: string;
  heading: string;
  blocks: GuideBlockView[];
  bridgeJobs: BridgeJobView[];
  /** The entry-friendly titles, in the one section that lists them; empty elsewhere. */
  entryTitles: EntryTitleView[];
  links: { href: string; text: string }[];
}

export interface FirstJobView {
  title: string;
  description: string;
  intro: string[];
  sections: GuideSectionView[];
}

/** Links each glossary term once on the page, at its first use, as a reader meets the text. */
function firstUseLinker(locale: Locale): (text: string) => LinkedText {
  const linked = new Set<string>();
  return (text) => ({
    text,
    locale,
    segments: linkGlossaryTerms(text, locale).segments.map((segment) => {
      if (segment.slug === undefined) return segment;
      if (linked.has(segment.slug)) return { text: segment.text };
      linked.add(segment.slug);
      return segment;
    }),
  });
}

export function getFirstJobPage(locale: Locale): FirstJobView {
  const guide = getFirstJobGuide(locale);
  const link = firstUseLinker(locale);
  const r = routesFor(locale);
  return {
    title: guide.title,
    description: guide.description,
    intro: [...guide.intro],
    sections: guide.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      blocks: section.blocks.map((block) => ({
        text: link(block.text),
        items: (block.items ?? []).map(link),
        evidence: { kind: block.evidence, label: evidenceLabel(block.evidence, locale) },
        citations: (block.sources ?? []).map((source) => citeEdition(source, locale)),
      })),
      bridgeJobs: (section.bridgeJobs ?? []).map((bridge) => ({
        slug: bridge.job,
        name: localize(getJobTitle(bridge.job), locale).name,
        href: r.job(bridge.job),
        text: link(bridge.text),
      })),
      entryTitles: section.listsEntryTitles ? getEntryTitleViews(locale) : [],
      links: (section.links ?? []).map((item) => ({
        href: guideLinkHref(item.page, locale),
        text: item.text,
      })),
    })),
  };
}
