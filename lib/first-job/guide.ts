// The /first-job/ page's view model: the guide's sections with each block's evidence tag, its
// sources cited, glossary terms linked at their first use on the page, and links resolved.
import { citeEdition, type Citation } from '../citations';
import { getFirstJobGuide, getJobTitle } from '../content';
import type { GuideEvidence } from '../content/vocabulary';
import { linkGlossaryTerms, type LinkedText } from '../glossary';
import { routes } from '../routes';
import { getEntryTitleViews, type EntryTitleView } from './entry-titles';
import { EVIDENCE_LABELS, guideLinkHref } from './labels';

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
function firstUseLinker(): (text: string) => LinkedText {
  const linked = new Set<string>();
  return (text) => ({
    text,
    locale: 'en',
    segments: linkGlossaryTerms(text).segments.map((segment) => {
      if (segment.slug === undefined) return segment;
      if (linked.has(segment.slug)) return { text: segment.text };
      linked.add(segment.slug);
      return segment;
    }),
  });
}

export function getFirstJobPage(): FirstJobView {
  const guide = getFirstJobGuide();
  const link = firstUseLinker();
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
        evidence: { kind: block.evidence, label: EVIDENCE_LABELS[block.evidence] },
        citations: (block.sources ?? []).map((id) => citeEdition(id)),
      })),
      bridgeJobs: (section.bridgeJobs ?? []).map((bridge) => ({
        slug: bridge.job,
        name: getJobTitle(bridge.job).name,
        href: routes.job(bridge.job),
        text: link(bridge.text),
      })),
      entryTitles: section.listsEntryTitles ? getEntryTitleViews() : [],
      links: (section.links ?? []).map((item) => ({
        href: guideLinkHref(item.page),
        text: item.text,
      })),
    })),
  };
}
