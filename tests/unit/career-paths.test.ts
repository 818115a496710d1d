import { describe, it, expect } from 'vitest';
import {
  buildCareerLadders,
  getCareerLadders,
  groupByLevel,
  careerLevelNames,
  SHARED_TRACK,
  splitShared,
} from '@/lib/career-paths';
import { JOB_LEVELS, type JobLevel } from '@/lib/content/vocabulary';

const jobTitles = [
  { slug: 'coder', name: 'Coder', level: 'entry' },
  { slug: 'inpatient', name: 'Inpatient Coder', level: 'mid' },
  { slug: 'outpatient', name: 'Outpatient Coder', level: 'mid' },
  { slug: 'manager', name: 'Coding Manager', level: 'lead' },
  { slug: 'cdi', name: 'CDI Specialist', level: 'senior' },
] as const;

const certifications = [
  { slug: 'cpc', acronym: 'CPC', name: 'Certified Professional Coder' },
  { slug: 'rhia', acronym: 'RHIA', name: 'Registered Health Information Administrator' },
];

const tracks = [
  {
    slug: SHARED_TRACK,
    name: 'Where they meet',
    summary: 'Shared.',
    order: 3,
    steps: [{ jobTitle: 'cdi', unlock: 'Inpatient experience.' }],
  },
  {
    slug: 'coding',
    name: 'Coding',
    summary: 'Coders.',
    order: 1,
    steps: [
      { jobTitle: 'manager', unlock: 'A bachelor’s degree.', certifications: ['rhia'] },
      { jobTitle: 'coder', unlock: 'A certificate.', certifications: ['cpc'] },
      { jobTitle: 'outpatient', unlock: 'Experience.' },
      { jobTitle: 'inpatient', unlock: 'More experience.' },
    ],
  },
];

describe('groupByLevel', () => {
  it('orders levels from entry to lead and keeps the content order within a level', () => {
    const levels: JobLevel[] = ['lead', 'mid', 'entry', 'mid'];
    const steps = levels.map((level, index) => ({ job: { level, index } }));
    const rungs = groupByLevel(steps);
    expect(rungs.map((rung) => rung.level)).toEqual(['entry', 'mid', 'lead']);
    expect(rungs[1]?.steps.map((step) => step.job.index)).toEqual([1, 3]);
  });

  it('leaves out levels without steps', () => {
    expect(groupByLevel([])).toEqual([]);
  });
});

describe('buildCareerLadders', () => {
  const ladders = buildCareerLadders({ tracks, jobTitles, certifications });

  it('sorts tracks by their order', () => {
    expect(ladders.map((ladder) => ladder.slug)).toEqual(['coding', SHARED_TRACK]);
  });

  it('joins job titles and certifications and groups the steps by level', () => {
    const coding = ladders[0];
    expect(coding?.rungs.map((rung) => rung.level)).toEqual(['entry', 'mid', 'lead']);
    expect(coding?.rungs[0]?.steps[0]).toEqual({
      job: jobTitles[0],
      unlock: 'A certificate.',
      certifications: [certifications[0]],
    });
    expect(coding?.rungs[1]?.steps.map((step) => step.job.name)).toEqual([
      'Outpatient Coder',
      'Inpatient Coder',
    ]);
    expect(coding?.rungs[1]?.steps[0]?.certifications).toEqual([]);
  });

  it('fails loudly on an unknown job title or certification', () => {
    const broken = (step: { jobTitle: string; unlock: string; certifications?: string[] }) =>
      buildCareerLadders({
        tracks: [{ slug: 'x', name: 'X', summary: '', order: 1, steps: [step] }],
        jobTitles,
        certifications,
      });
    expect(() => broken({ jobTitle: 'astronaut', unlock: '' })).toThrow(/"astronaut"/);
    expect(() => broken({ jobTitle: 'coder', unlock: '', certifications: ['xyz'] })).toThrow(
      /"xyz"/,
    );
  });

  it('splits the shared destinations from the climbing ladders', () => {
    const { ladders: climbing, shared } = splitShared(ladders);
    expect(climbing.map((ladder) => ladder.slug)).toEqual(['coding']);
    expect(shared?.slug).toBe(SHARED_TRACK);
  });

  it('names every level, in both languages', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const level of JOB_LEVELS) expect(careerLevelNames(locale)[level]).not.toBe('');
    }
    expect(careerLevelNames('es').entry).toBe('Nivel inicial');
  });
});

describe('the career-path content', () => {
  const { ladders, shared } = splitShared(getCareerLadders('en'));

  it('has the coding and billing ladders, in that order, and the shared destinations', () => {
    expect(ladders.map((ladder) => ladder.slug)).toEqual(['coding', 'billing']);
    expect(shared).toBeDefined();
  });

  it.each(['coding', 'billing'])('the %s ladder rises from entry to lead', (slug) => {
    const ladder = ladders.find((candidate) => candidate.slug === slug);
    expect(ladder?.rungs.map((rung) => rung.level)).toEqual([...JOB_LEVELS]);
  });

  it('lists each track’s steps from entry to lead in the content itself', () => {
    for (const ladder of getCareerLadders('en')) {
      const levels = ladder.rungs.flatMap((rung) => rung.steps.map(() => rung.level));
      const indexes = levels.map((level) => JOB_LEVELS.indexOf(level));
      expect(indexes, ladder.slug).toEqual([...indexes].sort((a, b) => a - b));
    }
  });

  it('says what unlocks every step', () => {
    for (const ladder of getCareerLadders('en')) {
      for (const rung of ladder.rungs) {
        for (const step of rung.steps)
          expect(step.unlock.length, step.job.slug).toBeGreaterThan(20);
      }
    }
  });

  it('asks for a degree on the manager steps (BLS: typically a bachelor’s)', () => {
    const managerSteps = getCareerLadders('en')
      .flatMap((ladder) => ladder.rungs.flatMap((rung) => rung.steps))
      .filter((step) => step.job.occupation === '11-9111' && /manager/i.test(step.job.name));
    expect(managerSteps.length).toBeGreaterThan(0);
    for (const step of managerSteps) expect(step.unlock, step.job.slug).toMatch(/bachelor/);
  });

  it('covers revenue cycle, auditing, CDI, compliance and HIM management where the tracks meet', () => {
    const names = shared?.rungs
      .flatMap((rung) => rung.steps.map((step) => step.job.name))
      .join(' | ');
    for (const area of [/revenue cycle/i, /audit/i, /documentation/i, /compliance/i, /HIM/]) {
      expect(names).toMatch(area);
    }
  });
});

describe('the Spanish career paths', () => {
  it('keep the English ladders, steps and credentials, with Spanish words', () => {
    const english = getCareerLadders('en');
    const spanish = getCareerLadders('es');
    const shape = (ladders: typeof english) =>
      ladders.map((ladder) => ({
        slug: ladder.slug,
        rungs: ladder.rungs.map((rung) => ({
          level: rung.level,
          steps: rung.steps.map((step) => [
            step.job.slug,
            step.certifications.map((cert) => cert.slug),
          ]),
        })),
      }));
    expect(shape(spanish)).toEqual(shape(english));
    expect(spanish.map((ladder) => ladder.name)).toEqual([
      'Codificación',
      'Facturación',
      'Donde se juntan los dos',
    ]);
    for (const ladder of spanish) {
      for (const step of ladder.rungs.flatMap((rung) => rung.steps)) {
        expect(step.unlock).not.toBe(
          english
            .find((candidate) => candidate.slug === ladder.slug)
            ?.rungs.flatMap((rung) => rung.steps)
            .find((candidate) => candidate.job.slug === step.job.slug)?.unlock,
        );
      }
    }
  });
});
