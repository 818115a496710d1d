import { allCareerTracks, type CareerTrack } from 'contentlayer/generated';

/** The career-path tracks as the content has them; lib/career-paths orders and resolves them. */
export function getCareerTracks(): CareerTrack[] {
  return [...allCareerTracks];
}
