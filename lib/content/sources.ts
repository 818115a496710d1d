import { allSources, type Source } from 'contentlayer/generated';
import { compareNames } from '../text';
import { requireOne } from './require-one';

export function getSources(): Source[] {
  return [...allSources].sort(
    (a, b) => compareNames(a.publisher, b.publisher) || compareNames(a.title, b.title),
  );
}

export function getSource(id: string): Source {
  return requireOne(allSources, (source) => source.id === id, `source "${id}"`);
}
