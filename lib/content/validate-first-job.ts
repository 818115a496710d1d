// The first-job guide (content/first-job/guide.yaml) and the entry-friendly titles
// (content/first-job/entry-titles.yaml): every fact names its sources, every job is a real
// entry-level title, and the closed lists hold.
import type { Checks } from './checks';
import type { ContentToValidate, RawDocument } from './to-validate';
import {
  BEGINNER_HIRING,
  ENTRY_TITLE_PATHS,
  GUIDE_EVIDENCE,
  GUIDE_LINK_PAGES,
  type GuideEvidence,
} from './vocabulary';

/** Evidence that needs no source: the site's own advice, and a fact no source we read gives. */
const UNSOURCED_EVIDENCE: readonly GuideEvidence[] = ['advice', 'unknown'];

function requireFile(checks: Checks, docs: readonly unknown[], file: string): void {
  if (docs.length === 0) checks.problems.push({ file, field: 'file', message: 'is missing' });
}

function validateGuide(content: ContentToValidate, checks: Checks): void {
  const { report, checkEnum, checkRefs, checkRef } = checks;
  requireFile(checks, content.firstJobGuide, 'first-job/guide.yaml');
  for (const doc of content.firstJobGuide) {
    const seen = new Set<string>();
    doc.sections.forEach((section, index) => {
      const at = `sections[${index}]`;
      if (!/^[a-z]+(-[a-z]+)*$/.test(section.id)) {
        report(doc, `${at}.id`, `"${section.id}" is not a lower-case anchor like "bridge-jobs"`);
      }
      if (seen.has(section.id)) report(doc, `${at}.id`, `"${section.id}" is used twice`);
      seen.add(section.id);
      section.blocks.forEach((block, blockIndex) => {
        const field = `${at}.blocks[${blockIndex}]`;
        checkEnum(doc, `${field}.evidence`, block.evidence, GUIDE_EVIDENCE);
        const sources = block.sources ?? [];
        checkRefs(doc, `${field}.sources`, sources, 'source');
        const needsSource = !UNSOURCED_EVIDENCE.some((kind) => kind === block.evidence);
        if (needsSource && sources.length === 0) {
          report(doc, `${field}.sources`, `lists no source for "${block.evidence}" evidence`);
        }
      });
      if (!section.blocks.some((block) => (block.sources ?? []).length > 0)) {
        report(doc, `${at}.blocks`, 'cite no source: every section needs at least one');
      }
      section.bridgeJobs?.forEach((bridge, bridgeIndex) => {
        checkRef(doc, `${at}.bridgeJobs[${bridgeIndex}].job`, bridge.job, 'jobTitle');
      });
      section.links?.forEach((link, linkIndex) => {
        checkEnum(doc, `${at}.links[${linkIndex}].page`, link.page, GUIDE_LINK_PAGES);
      });
    });
    const listing = doc.sections.filter((section) => section.listsEntryTitles).length;
    if (listing !== 1) {
      report(doc, 'sections', `${listing} sections list the entry titles; exactly one must`);
    }
  }
}

function validateEntryTitles(content: ContentToValidate, checks: Checks): void {
  const { report, checkEnum, checkRef, checkRefs } = checks;
  requireFile(checks, content.entryTitleList, 'first-job/entry-titles.yaml');
  const levels = new Map(content.jobTitles.map((job) => [job.slug, job.level]));
  for (const doc of content.entryTitleList) {
    const seen = new Set<string>();
    doc.titles.forEach((item, index) => {
      const at = `titles[${index}]`;
      checkRef(doc, `${at}.job`, item.job, 'jobTitle');
      const level = levels.get(item.job);
      if (level !== undefined && level !== 'entry') {
        report(doc, `${at}.job`, `"${item.job}" is a ${level}-level title, not an entry-level one`);
      }
      if (seen.has(item.job)) report(doc, `${at}.job`, `"${item.job}" is listed twice`);
      seen.add(item.job);
      checkEnum(doc, `${at}.beginners`, item.beginners, BEGINNER_HIRING);
      if (item.paths.length === 0) report(doc, `${at}.paths`, 'names no path');
      checkPaths(doc, checks, `${at}.paths`, item.paths);
      checkRefs(doc, `${at}.sources`, item.sources ?? [], 'source');
    });
  }
}

function checkPaths(doc: RawDocument, checks: Checks, field: string, paths: readonly string[]) {
  paths.forEach((path, index) => {
    checks.checkEnum(doc, `${field}[${index}]`, path, ENTRY_TITLE_PATHS);
    if (paths.indexOf(path) !== index) checks.report(doc, `${field}[${index}]`, 'is a repeat');
  });
}

export function validateFirstJob(content: ContentToValidate, checks: Checks): void {
  validateGuide(content, checks);
  validateEntryTitles(content, checks);
}
