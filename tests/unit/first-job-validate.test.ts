// The first-job content rules: every fact names a source, every job is a real entry-level title,
// and each problem names the file and the field.
import { describe, expect, it } from 'vitest';
import { createChecks } from '@/lib/content/checks';
import type { ContentToValidate } from '@/lib/content/to-validate';
import { validateFirstJob } from '@/lib/content/validate-first-job';
import { formatProblem } from '@/lib/content';
import { entryTitleListFixture, firstJobGuideFixture } from '../fixtures/first-job/first-job';
import { emptyContent } from '../fixtures/content/empty';

const job = (slug: string, level: string) => ({
  _raw: { sourceFilePath: `jobs/${slug}.yaml` },
  type: 'JobTitle',
  slug,
  name: slug,
  family: 'coding',
  level,
  prevalence: 'high',
  description: 'Codes.',
  certifications: [],
  nextSteps: [],
  related: [],
  occupation: '29-2072',
  occupationMatch: { type: 'OccupationMatch', kind: 'nearest', reason: 'Test.' },
});

function content(): ContentToValidate {
  return {
    ...emptyContent(),
    sources: [
      {
        _raw: { sourceFilePath: 'sources/bls.yaml' },
        type: 'Source',
        id: 'bls',
        url: 'https://www.bls.gov/',
        standing: 'primary',
        publisherKind: 'government',
      },
    ],
    jobTitles: [job('medical-coder', 'entry'), job('coding-manager', 'lead')],
    firstJobGuide: [firstJobGuideFixture()],
    entryTitleList: [entryTitleListFixture()],
  };
}

function problemsOf(input: ContentToValidate): string[] {
  const checks = createChecks(input);
  validateFirstJob(input, checks);
  return checks.problems.map((problem) => formatProblem(problem));
}

describe('validateFirstJob', () => {
  it('passes the valid guide and entry titles', () => {
    expect(problemsOf(content())).toEqual([]);
  });

  it('names a dangling job slug, a bad rating, a bad path and a title above entry level', () => {
    const input = content();
    const item = input.entryTitleList[0]!.titles[0]!;
    input.entryTitleList[0]!.titles.push(
      { ...item, job: 'astronaut' },
      { ...item, job: 'coding-manager', beginners: 'never', paths: ['nursing', 'nursing'] },
    );
    expect(problemsOf(input)).toEqual([
      'content/first-job/entry-titles.yaml › titles[1].job: no jobTitle "astronaut" (looked in content/jobs/)',
      'content/first-job/entry-titles.yaml › titles[2].job: "coding-manager" is a lead-level title, not an entry-level one',
      'content/first-job/entry-titles.yaml › titles[2].beginners: "never" is not one of "often", "sometimes"',
      'content/first-job/entry-titles.yaml › titles[2].paths[0]: "nursing" is not one of "coding", "billing"',
      'content/first-job/entry-titles.yaml › titles[2].paths[1]: "nursing" is not one of "coding", "billing"',
      'content/first-job/entry-titles.yaml › titles[2].paths[1]: is a repeat',
    ]);
  });

  it('refuses a fact without a source, and a section that cites none', () => {
    const input = content();
    const [first, second] = input.firstJobGuide[0]!.sections;
    first!.blocks[0] = { type: 'GuideBlock', evidence: 'survey' };
    second!.blocks = [{ type: 'GuideBlock', evidence: 'advice', sources: ['nowhere'] }];
    expect(problemsOf(input)).toEqual([
      'content/first-job/guide.yaml › sections[0].blocks[0].sources: lists no source for "survey" evidence',
      'content/first-job/guide.yaml › sections[0].blocks: cite no source: every section needs at least one',
      'content/first-job/guide.yaml › sections[1].blocks[0].sources[0]: no source "nowhere" (looked in content/sources/)',
    ]);
  });

  it('names a bad evidence kind, bridge job, link page and anchor, and a repeated section', () => {
    const input = content();
    const guide = input.firstJobGuide[0]!;
    const section = guide.sections[0]!;
    section.blocks[1] = { type: 'GuideBlock', evidence: 'rumour' };
    section.bridgeJobs = [{ type: 'BridgeJob', job: 'astronaut' }];
    section.links = [{ type: 'GuideLink', page: 'moon' }];
    guide.sections.push({ ...section, id: 'Why Experience', blocks: section.blocks.slice(0, 1) });
    guide.sections.push({ ...guide.sections[1]!, id: 'why-experience' });
    const problems = problemsOf(input);
    expect(problems).toContain(
      'content/first-job/guide.yaml › sections[0].blocks[1].evidence: "rumour" is not one of "rule", "official", "survey", "practitioner", "provider", "advice", "unknown"',
    );
    expect(problems).toContain(
      'content/first-job/guide.yaml › sections[0].bridgeJobs[0].job: no jobTitle "astronaut" (looked in content/jobs/)',
    );
    expect(problems).toContain(
      'content/first-job/guide.yaml › sections[0].links[0].page: "moon" is not one of "plan", "remote-work", "cpc", "career-paths", "claim-journey", "jobs"',
    );
    expect(problems).toContain(
      'content/first-job/guide.yaml › sections[2].id: "Why Experience" is not a lower-case anchor like "bridge-jobs"',
    );
    expect(problems).toContain(
      'content/first-job/guide.yaml › sections[3].id: "why-experience" is used twice',
    );
    expect(problems).toContain(
      'content/first-job/guide.yaml › sections: 2 sections list the entry titles; exactly one must',
    );
  });

  it('names a missing guide or entry-title file', () => {
    const input = { ...content(), firstJobGuide: [], entryTitleList: [] };
    expect(problemsOf(input)).toEqual([
      'content/first-job/guide.yaml › file: is missing',
      'content/first-job/entry-titles.yaml › file: is missing',
    ]);
  });
});
