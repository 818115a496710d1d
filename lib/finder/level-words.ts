// "entry level coding jobs": the level a query asks for, read with the site's own level labels
// ("Entry level", "Mid level"). One-word labels ("Senior") are left alone: they are title words.
import { JOB_LEVELS, type JobLevel } from '@/lib/content/vocabulary';
import { LEVEL_LABELS } from './labels';

const LEVEL_PHRASES = JOB_LEVELS.flatMap((level) => {
  const match = /^(\p{L}+) level$/iu.exec(LEVEL_LABELS[level]);
  return match?.[1] ? [{ level, pattern: new RegExp(`\\b${match[1]}[\\s-]+level\\b`, 'iu') }] : [];
});

/** The level the query names, and the query without those words. */
export function readLevel(query: string): { level?: JobLevel; rest: string } {
  for (const { level, pattern } of LEVEL_PHRASES) {
    if (pattern.test(query)) return { level, rest: query.replace(pattern, ' ').trim() };
  }
  return { rest: query };
}
