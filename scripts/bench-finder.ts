// Benchmarks the job-title finder in Node (warm): p50 and p95 query time over a fixed set of realistic
// queries, at the real catalog size, at 10,000 titles and at the full O*NET alternate-title list, plus
// the index size (raw and gzip) and the time to build it.
//   npm run bench:finder [-- <O*NET text folder>]   (default: ../shared/onet-27.0)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { FINDER_QUERY_CASES } from '../tests/fixtures/finder/queries';
import type { OnetTitles } from '../lib/content';
import {
  buildCatalog,
  buildFinderIndex,
  createFinder,
  credentialStrings,
  extractOnetTitles,
  FUSE_OPTIONS,
  ONET_FILE_NAMES,
  searchableStrings,
  socCode,
  withoutParenthetical,
  type FinderCatalog,
} from '../lib/finder';
import { getCatalogSources, getFinderCatalog } from '../lib/finder/server';

const onetFolder = process.argv[2] ?? path.join(process.cwd(), '..', 'shared', 'onet-27.0');
const ROUNDS = 20;

/** What a visitor types: the test set's queries, and the same queries letter by letter. */
const queries = [
  ...FINDER_QUERY_CASES.map((item) => item.query),
  ...FINDER_QUERY_CASES.slice(0, 20).map((item) => item.query.slice(0, 4)),
];

const PLAIN_QUERIES = queries.filter((_, index) => index % 10 === 0);

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function bench(label: string, catalog: FinderCatalog): void {
  const buildStart = performance.now();
  const data = buildFinderIndex(catalog);
  const buildMs = performance.now() - buildStart;
  const json = JSON.stringify(data);
  const bytes = Buffer.byteLength(json);

  const loadStart = performance.now();
  const finder = createFinder(JSON.parse(json));
  const loadMs = performance.now() - loadStart;

  for (const query of queries) finder.search(query, { typing: true }); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of queries) {
      const start = performance.now();
      finder.search(query, { typing: true });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);

  // For comparison: fuse.js alone over every entry, without the word-index pre-filter.
  const plain = new Fuse(data.entries, FUSE_OPTIONS, Fuse.parseIndex(data.fuseIndex));
  const plainTimes = PLAIN_QUERIES.map((query) => {
    const start = performance.now();
    plain.search(query, { limit: 8 });
    return performance.now() - start;
  }).sort((a, b) => a - b);

  console.log(
    [
      `${label}: ${catalog.entries.length} entries (${catalog.entries.filter((entry) => entry.slug).length} curated), ${searchableStrings(catalog.entries).length} names + ${credentialStrings(catalog.entries).length} credential acronyms searched`,
      `  query (${queries.length} queries x ${ROUNDS}): p50 ${percentile(times, 0.5).toFixed(3)} ms, p95 ${percentile(times, 0.95).toFixed(3)} ms, max ${(times[times.length - 1] ?? 0).toFixed(3)} ms`,
      `  plain fuse.js without the pre-filter (${PLAIN_QUERIES.length} queries): p50 ${percentile(plainTimes, 0.5).toFixed(1)} ms, max ${(plainTimes[plainTimes.length - 1] ?? 0).toFixed(1)} ms`,
      `  index: ${kilobytes(bytes)} raw, ${kilobytes(gzipSync(json).length)} gzip; built in ${buildMs.toFixed(1)} ms (Fuse.createIndex); loaded in ${loadMs.toFixed(1)} ms (JSON.parse + Fuse.parseIndex + word index)`,
    ].join('\n'),
  );
}

function readOnet(folder: string): OnetTitles | undefined {
  const file = (name: string) => path.join(folder, name);
  if (!existsSync(file(ONET_FILE_NAMES.alternateTitles))) return undefined;
  const read = (name: string) => readFileSync(file(name), 'utf8');
  const occupationData = read(ONET_FILE_NAMES.occupationData);
  const codes = [...occupationData.matchAll(/^(\d{2}-\d{4}\.\d{2})\t/gm)].map(
    (match) => match[1] ?? '',
  );
  return extractOnetTitles(
    {
      occupationData,
      alternateTitles: read(ONET_FILE_NAMES.alternateTitles),
      // Reported titles are a subset of the same jobs; the benchmark counts alternate titles only.
      reportedTitles: 'O*NET-SOC Code\tReported Job Title\n',
      readMe: read(ONET_FILE_NAMES.readMe),
    },
    { codes },
  );
}

const real = getFinderCatalog();
bench('Real catalog', real);

const allOnet = readOnet(onetFolder);
if (!allOnet) {
  console.log(
    `10,000 and full O*NET: skipped (no "${ONET_FILE_NAMES.alternateTitles}" in ${onetFolder}).`,
  );
} else {
  const { titles: curated, certifications, occupations } = getCatalogSources();
  // The real O*NET rows first, so the 10,000 keeps the catalog's own titles, then every other row.
  const own = new Set(real.entries.map((entry) => entry.title));
  const rows = [
    ...allOnet.titles.filter((row) => own.has(row.title)),
    ...allOnet.titles.filter((row) => !own.has(row.title)),
  ];
  const withRows = (count: number) =>
    buildCatalog(
      curated,
      certifications,
      { ...allOnet, titles: rows.slice(0, count) },
      occupations,
    );
  // Rows that merge into a curated title or repeat another make no entry: add rows until 10,000.
  let count = 10_000;
  let tenThousand = withRows(count);
  while (tenThousand.entries.length < 10_000 && count < rows.length) {
    count += 10_000 - tenThousand.entries.length;
    tenThousand = withRows(count);
  }
  bench('10,000 titles', tenThousand);
  bench(
    `Full O*NET list (${rows.filter((row) => row.sources.includes('alternate')).length} alternate titles and ${allOnet.occupations.length} occupation titles), merged as the site merges titles`,
    withRows(rows.length),
  );
  // The worst case: every row its own entry, even where two occupations list the same title.
  const curatedEntries = real.entries.filter((entry) => entry.slug !== undefined);
  bench('The same list, one entry per row', {
    ...real,
    entries: [
      ...curatedEntries,
      ...rows.map((row, index) => ({
        id: `row-${index}`,
        title: withoutParenthetical(row.title),
        prevalence: 'low' as const,
        certifications: [],
        occupations: [socCode(row.occupation)],
        alternates: row.shortTitle ? [row.shortTitle] : [],
        abbreviations: [],
      })),
    ],
  });
}
