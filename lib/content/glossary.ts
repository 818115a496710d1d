import { allGlossaryTerms, type GlossaryTerm } from 'contentlayer/generated';
import { compareNames } from '../text';

export function getGlossaryTerms(): GlossaryTerm[] {
  return [...allGlossaryTerms].sort((a, b) => compareNames(a.term, b.term));
}
