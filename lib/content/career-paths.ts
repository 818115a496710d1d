import { allCareerTracks, type CareerTrack } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localizeAll } from './localize';

/** The career-path tracks as the content has them; lib/career-paths orders and resolves them. */
export function getCareerTracks(locale: Locale): CareerTrack[] {
  return localizeAll(allCareerTracks, locale);
}
