// Words that mean the same work in a lay phrase (content/finder/synonyms.json): in the lay-phrase
// ranking each group's stems count as one, so "charts" finds the titles whose content says
// "records", and "instructor" the one that "teaches".
import { stem } from './stem';

/** Stem -> the stem that stands for its group. */
export type SynonymMap = ReadonlyMap<string, string>;

export function buildSynonymMap(groups: readonly (readonly string[])[]): SynonymMap {
  const map = new Map<string, string>();
  for (const group of groups) {
    const [first] = group;
    if (first === undefined) continue;
    for (const word of group) map.set(stem(word), stem(first));
  }
  return map;
}

/**
 * Reads the file's JSON: groups of two or more lowercase words, no word in two groups. Fails naming
 * the file and the group.
 */
export function parseSynonymsFile(json: unknown, filePath: string): string[][] {
  const groups =
    typeof json === 'object' && json !== null && 'groups' in json ? json.groups : undefined;
  if (!Array.isArray(groups)) throw new Error(`${filePath}: expected { groups: string[][] }`);
  const seen = new Set<string>();
  return groups.map((group: unknown, index) => {
    const words = Array.isArray(group) ? group.filter((word) => typeof word === 'string') : [];
    const valid =
      Array.isArray(group) &&
      words.length === group.length &&
      words.length >= 2 &&
      words.every((word) => /^[a-z]+$/.test(word) && !seen.has(stem(word)));
    if (!valid) {
      throw new Error(
        `${filePath}: groups[${index}] must hold two or more lowercase words, none in another group`,
      );
    }
    for (const word of words) seen.add(stem(word));
    return words;
  });
}
