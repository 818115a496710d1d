// The pieces of the search that rank and mark: tie-breaking, the table of exact names, and the marks
// of a fuzzy hit.
import type { FuseResult } from 'fuse.js';
import { JOB_FAMILIES, JOB_PREVALENCE } from '@/lib/content/vocabulary';
import { rangesFromFuse, type Range } from './highlight';
import { exactKey, normalizeWords } from './normalize';
import type { FinderHit } from './search-types';
import type { FinderEntry } from './types';

/** How many hits a search lists unless told otherwise. */
export const DEFAULT_LIMIT = 8;

export interface ExactTarget {
  position: number;
  /** 0 title, 1 other name, 2 abbreviation, 3 credential: lower is stronger. */
  strength: number;
  /** Position of the credential in the title's list, so a title's first credential ranks first. */
  order: number;
  /** The other name or abbreviation that matched, to show beside the title. */
  via?: string;
}

/**
 * fuse.js scores in bands of 0.05: scores closer than that are a tie, which family and prevalence
 * break ("coder" lists the common coder titles before rare ones that match a little better).
 */
export function scoreBand(score: number | undefined): number {
  return Math.floor((score ?? 1) / 0.05);
}

function familyRank(entry: FinderEntry): number {
  return entry.family ? JOB_FAMILIES.indexOf(entry.family) : JOB_FAMILIES.length;
}

/** Family, then how common the title is, then curated before O*NET-only, then the shorter title. */
export function compareTies(a: FinderEntry, b: FinderEntry): number {
  return (
    familyRank(a) - familyRank(b) ||
    JOB_PREVALENCE.indexOf(a.prevalence) - JOB_PREVALENCE.indexOf(b.prevalence) ||
    Number(a.slug === undefined) - Number(b.slug === undefined) ||
    a.title.length - b.title.length ||
    a.title.localeCompare(b.title, 'en')
  );
}

export function entryWords(entry: FinderEntry): string[] {
  const names = [entry.title, ...(entry.englishTitle ? [entry.englishTitle] : [])];
  const words = [...names, ...entry.alternates, ...entry.abbreviations].flatMap(normalizeWords);
  // Abbreviations and credentials also count as one word: "CCS-P" is "ccsp", "E/M" is "em".
  for (const short of [...entry.abbreviations, ...entry.certifications])
    words.push(exactKey(short));
  return words.filter((word) => word !== '');
}

export function buildExactTable(entries: readonly FinderEntry[]): Map<string, ExactTarget[]> {
  const table = new Map<string, ExactTarget[]>();
  const add = (text: string, target: ExactTarget) => {
    const key = exactKey(text);
    if (key === '') return;
    const targets = table.get(key) ?? [];
    const known = targets.find((item) => item.position === target.position);
    if (!known) targets.push(target);
    else if (target.strength < known.strength) Object.assign(known, target);
    table.set(key, targets);
  };
  entries.forEach((entry, position) => {
    add(entry.title, { position, strength: 0, order: 0 });
    if (entry.englishTitle) add(entry.englishTitle, { position, strength: 0, order: 0 });
    for (const name of entry.alternates) add(name, { position, strength: 1, order: 0, via: name });
    for (const abbr of entry.abbreviations)
      add(abbr, { position, strength: 2, order: 0, via: abbr });
    entry.certifications.forEach((acronym, order) =>
      add(acronym, { position, strength: 3, order }),
    );
  });
  return table;
}

/** A fuzzy hit, marked where fuse.js matched: in the title, or else in the best other name. */
export function hitFromFuse(result: FuseResult<FinderEntry>, minMarkLength: number): FinderHit {
  const matches = result.matches ?? [];
  const titleMatch = matches.find((match) => match.key === 'title');
  const title = {
    text: result.item.title,
    ranges: titleMatch ? rangesFromFuse(titleMatch.indices, minMarkLength) : [],
  };
  if (title.ranges.length > 0) {
    return { entry: result.item, title, matchedCredentials: [], phase: 'fuzzy' };
  }
  // The other name with the most marked characters explains the match best.
  const marked = (ranges: readonly Range[]) =>
    ranges.reduce((sum, [start, end]) => sum + end - start, 0);
  const others = matches.flatMap((match) =>
    match.key === 'alternates' && match.value !== undefined
      ? [{ text: match.value, ranges: rangesFromFuse(match.indices, minMarkLength) }]
      : [],
  );
  const best = others.sort((a, b) => marked(b.ranges) - marked(a.ranges))[0];
  return {
    entry: result.item,
    title,
    ...(best && best.ranges.length > 0 ? { alsoCalled: best } : {}),
    matchedCredentials: [],
    phase: 'fuzzy',
  };
}
