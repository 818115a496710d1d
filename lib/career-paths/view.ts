// The /career-paths ladders built from the content.
import { getCareerTracks, getCertifications, getJobTitles } from '../content';
import type { Certification, JobTitle } from '../content';
import { buildCareerLadders, type CareerLadder } from './ladders';

export type CareerLadderView = CareerLadder<JobTitle, Certification>;

/** The career-path tracks in display order, with job titles and certifications resolved. */
export function getCareerLadders(): CareerLadderView[] {
  return buildCareerLadders({
    tracks: getCareerTracks(),
    jobTitles: getJobTitles(),
    certifications: getCertifications(),
  });
}
