// `npm run dev`: contentlayer watches content/ while Next serves the app, and the content check
// (scripts/validate-content.ts) runs again whenever the content changes. A failed check prints its
// problems and leaves both servers running; stopping contentlayer or Next stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// contentlayer rewrites this folder after each content change; content/onet/ is read directly.
const WATCHED = ['.contentlayer/generated', 'content/onet'];
const QUIET_MS = 300;

// Generate the content once before Next starts, so the first page load finds it.
const firstBuild = spawnSync('npx', ['contentlayer2', 'build'], { stdio: 'inherit', env });
if (firstBuild.status !== 0) process.exit(firstBuild.status ?? 1);

let checking = false;
let checkAgain = false;

/** Runs the content check; a change during a run queues one more run after it. */
function checkContent() {
  if (checking) {
    checkAgain = true;
    return;
  }
  checking = true;
  const check = spawn('npx', ['tsx', 'scripts/validate-content.ts'], {
    stdio: ['ignore', 'inherit', 'pipe'],
    env,
  });
  let errors = '';
  check.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  check.on('exit', (code) => {
    if (code !== 0) {
      const rule = '-'.repeat(72);
      console.error(`\n${rule}\nThe content has problems (the dev server keeps running):\n`);
      console.error(errors.trimEnd());
      console.error(`${rule}\n`);
    }
    checking = false;
    if (checkAgain) {
      checkAgain = false;
      checkContent();
    }
  });
}

let timer;
const watchers = WATCHED.map((folder) =>
  watch(folder, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(checkContent, QUIET_MS);
  }),
);
checkContent();

// Each server in a process group of its own, so stopping it also stops what npx started.
const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit', env, detached: true }),
  spawn('npx', ['next', 'dev'], { stdio: 'inherit', env, detached: true }),
];

function stopAll(code) {
  for (const watcher of watchers) watcher.close();
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  }
  process.exit(code);
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
