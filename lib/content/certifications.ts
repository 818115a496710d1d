import { allCertifications, type Certification } from 'contentlayer/generated';
import { compareNames } from '../text';
import { requireOne } from './require-one';

export function getCertifications(): Certification[] {
  return [...allCertifications].sort((a, b) => compareNames(a.acronym, b.acronym));
}

export function getCertification(slug: string): Certification {
  return requireOne(allCertifications, (cert) => cert.slug === slug, `certification "${slug}"`);
}
