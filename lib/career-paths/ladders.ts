// The career-path ladders: each track's steps joined to their job titles and certifications, and
// grouped by level from entry to lead. The diagram component only maps the result.
import { JOB_LEVELS, type JobLevel } from '../content/vocabulary';

interface CareerStepLike {
  jobTitle: string;
  unlock: string;
  certifications?: string[] | undefined;
}

interface CareerTrackLike {
  slug: string;
  name: string;
  summary: string;
  order: number;
  steps: CareerStepLike[];
}

interface JobTitleLike {
  slug: string;
  name: string;
  level: JobLevel;
}

interface CertificationLike {
  slug: string;
  acronym: string;
  name: string;
}

/** The track whose steps are where the coding and billing ladders meet. */
export const SHARED_TRACK = 'shared';

export interface LadderStep<J, C> {
  job: J;
  /** What opens the step, in plain words. */
  unlock: string;
  certifications: C[];
}

export interface LadderRung<J, C> {
  level: JobLevel;
  steps: LadderStep<J, C>[];
}

export interface CareerLadder<J, C> {
  slug: string;
  name: string;
  summary: string;
  /** The steps grouped by level, entry first; levels without steps are left out. */
  rungs: LadderRung<J, C>[];
}

function lookup<T>(items: readonly T[], match: (item: T) => boolean, what: string): T {
  const found = items.find(match);
  if (found === undefined) throw new Error(`Career paths: ${what} not found`);
  return found;
}

/** Groups steps by their job's level, in JOB_LEVELS order, keeping the content's order within a level. */
export function groupByLevel<S extends { job: { level: JobLevel } }>(
  steps: readonly S[],
): { level: JobLevel; steps: S[] }[] {
  return JOB_LEVELS.map((level) => ({
    level,
    steps: steps.filter((step) => step.job.level === level),
  })).filter((rung) => rung.steps.length > 0);
}

/** Every track, in display order, with its job titles and certifications resolved. */
export function buildCareerLadders<J extends JobTitleLike, C extends CertificationLike>({
  tracks,
  jobTitles,
  certifications,
}: {
  tracks: readonly CareerTrackLike[];
  jobTitles: readonly J[];
  certifications: readonly C[];
}): CareerLadder<J, C>[] {
  return [...tracks]
    .sort((a, b) => a.order - b.order)
    .map((track) => {
      const steps = track.steps.map((step) => ({
        job: lookup(jobTitles, (job) => job.slug === step.jobTitle, `job title "${step.jobTitle}"`),
        unlock: step.unlock,
        certifications: (step.certifications ?? []).map((slug) =>
          lookup(certifications, (cert) => cert.slug === slug, `certification "${slug}"`),
        ),
      }));
      return {
        slug: track.slug,
        name: track.name,
        summary: track.summary,
        rungs: groupByLevel(steps),
      };
    });
}

/** The climbing ladders (coding, billing) apart from the shared destinations they lead to. */
export function splitShared<L extends { slug: string }>(
  ladders: readonly L[],
): { ladders: L[]; shared: L | undefined } {
  return {
    ladders: ladders.filter((ladder) => ladder.slug !== SHARED_TRACK),
    shared: ladders.find((ladder) => ladder.slug === SHARED_TRACK),
  };
}
