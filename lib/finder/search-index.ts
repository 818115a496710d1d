// The finder's index: built once at build time (Fuse.createIndex), written as a static JSON file and
// parsed in the browser (Fuse.parseIndex), so a visitor's phone never indexes the catalog itself.
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { FinderCatalog, FinderEntry, FinderOccupation } from './types';
import type { CityRow } from './us-cities';

/** Where a match counts most: the title, then other names and abbreviations, then credentials. */
export const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'alternates', weight: 2 },
  { name: 'abbreviations', weight: 2 },
  { name: 'certifications', weight: 1 },
] as const;

/**
 * Another language's index also searches the English title, as much as its own. Only that index has
 * the key: fuse.js weighs each key against the sum of all, so the English ranking stays as it is.
 */
const LOCALIZED_FUSE_KEYS = [...FUSE_KEYS, { name: 'englishTitle', weight: 3 }] as const;

export const FUSE_OPTIONS = {
  keys: FUSE_KEYS.map((key) => ({ ...key })),
  // Titles are short: a word counts wherever it is, and word order does not matter (token search).
  ignoreLocation: true,
  useTokenSearch: true,
  ignoreDiacritics: true,
  threshold: 0.35,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
} satisfies IFuseOptions<FinderEntry>;

export type SerializedFuseIndex = ReturnType<FuseIndex<FinderEntry>['toJSON']>;

export const FINDER_INDEX_VERSION = 2;

/** The searched fields: the fuse.js index already holds their text, so the file stores it once. */
type SearchedField = (typeof LOCALIZED_FUSE_KEYS)[number]['name'];

/** An entry as stored in the file: everything but the searched text. */
export type StoredEntry = Omit<FinderEntry, SearchedField>;

/** The file the browser loads: the entries, their occupations and the prebuilt fuse.js index. */
export interface FinderIndexData {
  version: typeof FINDER_INDEX_VERSION;
  onetRelease: string;
  occupations: FinderOccupation[];
  entries: StoredEntry[];
  fuseIndex: SerializedFuseIndex;
  /** US cities read as places, [name, state code], most populous first (content/places). */
  cities: CityRow[];
  /** Groups of words that mean the same work, for lay phrases (content/finder/synonyms.json). */
  synonyms: string[][];
}

export function buildFinderIndex(
  catalog: FinderCatalog,
  cities: readonly CityRow[] = [],
  synonyms: readonly (readonly string[])[] = [],
): FinderIndexData {
  const localized = catalog.entries.some((entry) => entry.englishTitle !== undefined);
  const keys = (localized ? LOCALIZED_FUSE_KEYS : FUSE_KEYS).map((key) => ({ ...key }));
  const index = Fuse.createIndex<FinderEntry>(keys, catalog.entries);
  return {
    version: FINDER_INDEX_VERSION,
    onetRelease: catalog.onetRelease,
    occupations: catalog.occupations,
    entries: catalog.entries.map(storedEntry),
    fuseIndex: index.toJSON(),
    cities: [...cities],
    synonyms: synonyms.map((group) => [...group]),
  };
}

/** An entry without its searched text. */
function storedEntry(entry: FinderEntry): StoredEntry {
  const { id, slug, family, level, prevalence, occupations, payMisleads, summary } = entry;
  const { oftenRemote, hiresBeginners } = entry;
  return {
    id,
    ...(slug === undefined ? {} : { slug }),
    ...(family === undefined ? {} : { family }),
    ...(level === undefined ? {} : { level }),
    prevalence,
    occupations,
    ...(payMisleads ? { payMisleads } : {}),
    ...(summary === undefined ? {} : { summary }),
    ...(oftenRemote ? { oftenRemote } : {}),
    ...(hiresBeginners ? { hiresBeginners } : {}),
  };
}

/** The fuse.js options for an index file: the keys, and their weights, it was built with. */
export function fuseOptionsOf(data: FinderIndexData): IFuseOptions<FinderEntry> {
  return {
    ...FUSE_OPTIONS,
    keys: data.fuseIndex.keys.map((key) => ({ name: key.id, weight: key.weight })),
  };
}

/** The entries with their searched text put back from the fuse.js records. */
export function entriesFromIndex(data: FinderIndexData): FinderEntry[] {
  const { keys, records } = data.fuseIndex;
  const fieldsByEntry = new Map(records.map((record) => [record.i, record.$ ?? {}]));
  return data.entries.map((stored, position) => {
    const fields = fieldsByEntry.get(position) ?? {};
    const texts = (name: SearchedField): string[] => {
      const value = fields[keys.findIndex((key) => key.id === name)];
      if (value === undefined) return [];
      if (!Array.isArray(value)) return [value.v];
      return [...value].sort((a, b) => (a.i ?? 0) - (b.i ?? 0)).map((item) => item.v);
    };
    const [englishTitle] = texts('englishTitle');
    return {
      ...stored,
      title: texts('title')[0] ?? '',
      ...(englishTitle === undefined ? {} : { englishTitle }),
      alternates: texts('alternates'),
      abbreviations: texts('abbreviations'),
      certifications: texts('certifications'),
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A light check of the fetched index: the right version and the expected lists. */
export function isFinderIndexData(value: unknown): value is FinderIndexData {
  if (!isObject(value) || value.version !== FINDER_INDEX_VERSION) return false;
  const { entries, occupations, fuseIndex, cities, synonyms } = value;
  return (
    Array.isArray(entries) &&
    Array.isArray(cities) &&
    Array.isArray(synonyms) &&
    Array.isArray(occupations) &&
    isObject(fuseIndex) &&
    Array.isArray(fuseIndex.keys) &&
    Array.isArray(fuseIndex.records) &&
    fuseIndex.records.length === entries.length
  );
}
