// Proves the BLS refresh end to end: in a scratch copy of the project (never the working tree),
// runs `npm run data:bls -- tests/fixtures/bls`, builds the site, and checks that the fixture's
// states show in out/: in the finder's place-panel data (out/jobs/place-pay/<state>.json) and on /outlook/.
// node_modules is hard-linked (fast, no copy).
//   npm run test:bls [-- --keep]   (--keep leaves the copy for a look; its path is printed)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routes } from '../lib/routes';
import { US_STATES } from '../lib/us-states';

/** The fixture's states and DC; its Puerto Rico rows must be left out. */
const FIXTURE_STATES = ['OH', 'TX', 'DC'] as const;
const STATE_SOURCE = 'bls-oews-2025-state';
const PERIOD = 'May 2025';
/** Not copied: built output, caches and the git folder; node_modules is linked. */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.next',
  'out',
  '.contentlayer',
  'reports',
  'test-results',
  'playwright-report',
  '.tmp',
]);

const root = process.cwd();
const started = Date.now();
const copy = mkdtempSync(path.join(tmpdir(), 'test-bls-'));
const problems: string[] = [];

function run(command: string, args: string[]): void {
  const began = Date.now();
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, {
    cwd: copy,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  console.log(`  (${((Date.now() - began) / 1000).toFixed(1)} s)`);
}

/** A state figure of the place-pay file the finder's place panel reads, and its national pair. */
interface PlacePayPair {
  state: { text: string; period: string; place: string; citation: { href: string } };
  national?: { period: string; measure: string };
}

/** A state's pairs in its place-pay file (every occupation together). */
function statePairs(data: unknown, state: string): PlacePayPair[] {
  const occupations =
    typeof data === 'object' && data !== null && 'occupations' in data ? data.occupations : {};
  return Object.values(occupations ?? {}).flatMap((byState) => {
    const view: unknown =
      typeof byState === 'object' && byState !== null
        ? Object.fromEntries(Object.entries(byState))[state]
        : undefined;
    const found: unknown =
      typeof view === 'object' && view !== null && 'pairs' in view ? view.pairs : [];
    return Array.isArray(found) ? found.filter(isPair) : [];
  });
}

/** The pairs of a state's place-pay file in the built site; none when the file is missing. */
function builtStatePairs(out: string, state: string): PlacePayPair[] {
  const file = path.join(out, routes.placePay(state).slice(1));
  return existsSync(file) ? statePairs(JSON.parse(readFileSync(file, 'utf8')), state) : [];
}

function isPair(value: unknown): value is PlacePayPair {
  if (typeof value !== 'object' || value === null || !('state' in value)) return false;
  const { state } = value;
  return typeof state === 'object' && state !== null && 'text' in state && 'citation' in state;
}

try {
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== root,
  });
  // Hard links, not a symlink: Turbopack refuses a node_modules that points outside the project.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(copy, 'node_modules')]);
  // The main build's Turbopack cache, copied (the build writes to it): most modules are unchanged.
  const cache = path.join(root, '.next', 'cache');
  if (existsSync(cache)) cpSync(cache, path.join(copy, '.next', 'cache'), { recursive: true });
  run('npm', ['run', '--silent', 'data:bls', '--', 'tests/fixtures/bls']);
  run('npm', ['run', '--silent', 'build']);

  const out = path.join(copy, 'out');
  const outlook = readFileSync(path.join(out, 'outlook', 'index.html'), 'utf8');
  const stateHref = routes.source(STATE_SOURCE);
  for (const code of FIXTURE_STATES) {
    const name = US_STATES[code];
    const fromRelease = builtStatePairs(out, code).filter(
      ({ state }) => state.citation.href === stateHref && state.period === PERIOD,
    );
    if (fromRelease.length === 0)
      problems.push(`place-pay files: no ${PERIOD} pay figure for ${name} citing ${STATE_SOURCE}`);
    for (const { national } of fromRelease) {
      if (national?.period !== PERIOD)
        problems.push(`place-pay files: ${name}'s figure is not beside a ${PERIOD} national one`);
    }
    if (!outlook.includes(name)) problems.push(`/outlook/: does not name ${name}`);
    const shown = fromRelease.filter(({ state }) =>
      outlook.includes(state.text.replace(/ (a year|an hour)$/, '')),
    );
    if (fromRelease.length > 0 && shown.length === 0) {
      problems.push(
        `/outlook/: shows none of ${name}'s figures (${fromRelease.map(({ state }) => state.text).join(', ')})`,
      );
    }
    console.log(
      `${name}: ${fromRelease.length} pay figures in the place panel data, ${shown.length} of them on /outlook/`,
    );
  }
  if (builtStatePairs(out, 'PR').some(({ state }) => state.period === PERIOD)) {
    problems.push(
      `place-pay files: have ${PERIOD} figures for Puerto Rico, which the refresh skips`,
    );
  }
  if (!outlook.includes(stateHref))
    problems.push(`/outlook/: no link to the source ${STATE_SOURCE}`);
} finally {
  if (process.argv.includes('--keep')) console.log(`Copy kept at ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (problems.length > 0) {
  console.error(`test:bls failed in ${seconds} s:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `test:bls passed in ${seconds} s: the fixture's states show in the place panel data and on /outlook/.`,
);
