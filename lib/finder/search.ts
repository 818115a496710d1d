// The finder's search, in three steps:
// 1. exact phase: the whole query against titles, other names, abbreviations and credential acronyms
//    ("cpc", "A/R", "e&m", "cash poster", "pro-fee coder"), all taken from the content;
// 2. word resolution through the word index: known words, prefixes, and close spellings of long words
//    (a correction the page announces); short words only ever match exactly;
// 3. fuzzy phase: fuse.js scores the candidate entries that share the query's words.
// Ties are broken by family, then by how common the title is.
import Fuse from 'fuse.js';
import { buildAboutIndex, describes, layWords, rankByAbout, type AboutIndex } from './about-rank';
import { createCandidateFinder } from './candidates';
import { highlightWords } from './highlight';
import { withLevels } from './level-words';
import { exactKey, isShortWord, MAX_QUERY_LENGTH, queryWords, withoutMarkup } from './normalize';
import { parsePlace } from './place';
import { readQueryPlace } from './query-place';
import { entriesFromIndex, fuseOptionsOf, type FinderIndexData } from './search-index';
import {
  buildExactTable,
  compareTies,
  DEFAULT_LIMIT,
  entryWords,
  hitFromFuse,
  scoreBand,
  type ExactTarget,
} from './search-rank';
import type { Finder, FinderHit, FinderResult, QueryReading, SearchOptions } from './search-types';
import { resolveWord } from './search-words';
import type { FinderEntry } from './types';
import { buildSynonymMap } from './synonyms';
import { buildGazetteer } from './us-cities';
import {
  allowedTypos,
  buildWordIndex,
  similarWords,
  unionPostings,
  type WordIndex,
} from './word-index';

const MAX_QUERY_WORDS = 8;
/** How many entries fuse.js scores at most, after the word index has ranked them. */
const MAX_CANDIDATES = 120;

export function createFinder(data: FinderIndexData): Finder {
  const entries = entriesFromIndex(data);
  const wordIndex: WordIndex = buildWordIndex(entries.map(entryWords));
  const exactTable = buildExactTable(entries);
  const fuseRecords = new Map(data.fuseIndex.records.map((record) => [record.i, record]));
  const fuseOptions = fuseOptionsOf(data);
  // Built on the first lay phrase, not at load: most searches name a title and never need it.
  let aboutIndex: AboutIndex | undefined;
  const about = () => (aboutIndex ??= buildAboutIndex(entries, buildSynonymMap(data.synonyms)));
  const gazetteer = buildGazetteer(data.cities);
  const isJobWord = (word: string) => wordIndex.postings.has(word);

  const entryAt = (position: number): FinderEntry => {
    const entry = entries[position];
    if (!entry) throw new Error(`Finder index has no entry ${position}`);
    return entry;
  };
  const comparePositions = (a: number, b: number) => compareTies(entryAt(a), entryAt(b));

  const lookupExact = (key: string): ExactTarget[] =>
    [...(exactTable.get(key) ?? [])].sort(
      (a, b) =>
        a.strength - b.strength || a.order - b.order || comparePositions(a.position, b.position),
    );

  const { findCandidates, namesTitle } = createCandidateFinder(wordIndex, comparePositions);

  const fuzzyScore = (positions: readonly number[], words: readonly string[], limit: number) => {
    const docs = positions.map(entryAt);
    const records = positions.map((position, docIndex) => {
      const record = fuseRecords.get(position);
      if (!record) throw new Error(`Finder index has no fuse.js record ${position}`);
      return { ...record, i: docIndex };
    });
    const index = Fuse.parseIndex<FinderEntry>({ keys: data.fuseIndex.keys, records });
    const fuse = new Fuse(docs, fuseOptions, index);
    return fuse.search(words.join(' '), { limit });
  };

  const commonTitles = [...entries].sort(compareTies).slice(0, 3);
  const closestTo = (
    typedWords: readonly string[],
  ): Pick<FinderResult, 'closest' | 'closestBasis'> => {
    const longWords = typedWords.filter((word) => !isShortWord(word));
    const near = longWords.flatMap((word) => similarWords(wordIndex, word, 3));
    const similar = unionPostings(wordIndex, near).map(entryAt).sort(compareTies).slice(0, 3);
    return similar.length > 0
      ? { closest: similar, closestBasis: 'similar' }
      : { closest: commonTitles, closestBasis: 'common' };
  };

  const searchText = (rawQuery: string, options: SearchOptions = {}): FinderResult => {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
    const text = withoutMarkup(query);
    const typed = queryWords(text).slice(0, MAX_QUERY_WORDS);
    const empty: FinderResult = {
      query,
      ignoredWords: [],
      hits: [],
      more: false,
      closest: [],
      closestBasis: 'similar',
    };
    // Digits and symbols alone name no title ("1" is not "Coder 1").
    if (!typed.some((word) => /\p{L}/u.test(word))) return empty;

    const matches = typed.map((word, index) =>
      resolveWord(wordIndex, word, index === typed.length - 1, options),
    );
    const searched = matches.flatMap((match) => (match.kind === 'ignored' ? [] : [match.shown]));
    const prefixes = matches.flatMap((match) => (match.kind === 'prefix' ? [match.typed] : []));

    // Exact phase: the phrase as typed ("OR coder", "director of coding"), then without its stop
    // words ("a cash poster"), then as corrected ("cash postr").
    let typedExact = lookupExact(exactKey(text));
    if (typedExact.length === 0) typedExact = lookupExact(typed.join(''));
    const corrected =
      typedExact.length === 0 && matches.some((match) => match.kind === 'corrected');
    const exact = typedExact.length > 0 || !corrected ? typedExact : lookupExact(searched.join(''));
    const ignoredWords =
      typedExact.length > 0
        ? []
        : matches.flatMap((match) => (match.kind === 'ignored' ? [match.typed] : []));
    const highlightWordsOf = typedExact.length > 0 ? typed : searched;
    const hits: FinderHit[] = exact.slice(0, limit).map((target) => {
      const entry = entryAt(target.position);
      return {
        entry,
        title: highlightWords(entry.title, highlightWordsOf, prefixes),
        ...(target.via
          ? { alsoCalled: highlightWords(target.via, highlightWordsOf, prefixes) }
          : {}),
        matchedCredentials: [],
        phase: 'exact',
      };
    });
    const shown = new Set(hits.map((hit) => hit.entry.id));

    // After an exact hit, add only titles that hold every word: "CCS-P" must not bring all "CCS".
    const anyIgnored = matches.some((match) => match.kind === 'ignored');
    const found = findCandidates(matches, exact.length > 0);
    // A phrase that no title holds whole ("someone who fixes denied claims") is ranked by what the
    // titles' content says about the work.
    if (exact.length === 0 && typed.length > 1 && (anyIgnored || !found.complete)) {
      const ranked = rankByAbout(about(), layWords(about(), matches), comparePositions);
      if (ranked.length > 0) {
        return {
          query,
          ignoredWords: typed.filter((word) => !isJobWord(word) && !describes(about(), word)),
          hits: ranked.slice(0, limit).map((position) => {
            const entry = entryAt(position);
            const title = highlightWords(entry.title, searched, prefixes);
            return { entry, title, matchedCredentials: [], phase: 'fuzzy' };
          }),
          more: ranked.length > limit,
          closest: [],
          closestBasis: 'similar',
        };
      }
    }
    const candidates =
      exact.length > 0 && anyIgnored
        ? []
        : found.positions.filter((position) => !shown.has(entryAt(position).id));
    const longWords = searched.filter((word) => !isShortWord(word));
    const room = limit - hits.length;
    if (room > 0 && candidates.length > 0) {
      const scored = candidates.slice(0, MAX_CANDIDATES);
      // Ask fuse.js for more than fits, so ties just past the cut can still win on family.
      const fuzzy =
        longWords.length > 0
          ? fuzzyScore(scored, longWords, Math.min(scored.length, room * 3))
          : [];
      if (fuzzy.length > 0) {
        const ordered = [...fuzzy]
          .sort((a, b) => scoreBand(a.score) - scoreBand(b.score) || compareTies(a.item, b.item))
          .slice(0, room);
        // A marked run shorter than the shortest word, less its typos, is a stray fuzzy fragment.
        const minMarkLength = Math.max(
          2,
          Math.min(...longWords.map((word) => word.length - allowedTypos(word))),
        );
        hits.push(...ordered.map((result) => hitFromFuse(result, minMarkLength)));
      } else {
        // Only short words (credentials, abbreviations), or fuse found nothing: the word index order.
        for (const position of scored.slice(0, room)) {
          const entry = entryAt(position);
          hits.push({
            entry,
            title: highlightWords(entry.title, searched, prefixes),
            matchedCredentials: [],
            phase: 'exact',
          });
        }
      }
    }

    // Mark the credentials the query names, so "cpc" shows why each title matched.
    const keys = new Set([...typed, ...searched, typed.join(''), searched.join('')]);
    for (const hit of hits) {
      hit.matchedCredentials = hit.entry.certifications.filter((acronym) =>
        keys.has(exactKey(acronym)),
      );
    }

    return {
      query,
      ...(corrected ? { correctedQuery: searched.join(' ') } : {}),
      ignoredWords,
      hits,
      more: exact.length + candidates.length > hits.length,
      ...(hits.length === 0 ? closestTo(typed) : { closest: [], closestBasis: 'similar' }),
    };
  };

  const search = withLevels(searchText, entries);

  const occupationsByCode = new Map(data.occupations.map((item) => [item.code, item]));
  const occupation = (code: string | undefined) =>
    code === undefined ? undefined : occupationsByCode.get(code);

  const placeContext = { gazetteer, isJobWord, namesTitle };
  const readQuery = (query: string): QueryReading =>
    readQueryPlace(query.slice(0, MAX_QUERY_LENGTH), placeContext);

  return {
    entries,
    occupations: data.occupations,
    occupation,
    search,
    readQuery,
    parsePlace: (input: string) => parsePlace(input, gazetteer),
  };
}
