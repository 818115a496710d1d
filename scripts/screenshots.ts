// `npm run screenshots -- <folder> [route ...]`: full-page PNGs of the built site in out/, on a phone
// (390 x 844) and a desktop (1280 x 800), light and dark, to compare a change before and after by eye.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { routes } from '@/lib/routes';
import { findChromium } from './chromium';

const DEFAULT_ROUTES = [
  routes.home(),
  routes.compare(),
  routes.role('coder'),
  routes.outlook(),
  routes.quiz(),
  routes.jobs(),
];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const PORT = Number(process.env.SCREENSHOT_PORT ?? 3190);

const [folder = 'reports/screenshots', ...requested] = process.argv.slice(2);
const pagesToShoot = requested.length > 0 ? requested : DEFAULT_ROUTES;
mkdirSync(folder, { recursive: true });

const server = spawn(
  'npx',
  ['serve', '--config', '../serve.json', 'out', '--listen', String(PORT), '--no-clipboard'],
  { stdio: 'ignore', env: { ...process.env, NO_UPDATE_CHECK: '1' } },
);

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The static server did not start');
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  for (const viewport of VIEWPORTS) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: theme,
      });
      const page = await context.newPage();
      for (const route of pagesToShoot) {
        await page.goto(`http://localhost:${PORT}${route}`, { waitUntil: 'networkidle' });
        const name = route === '/' ? 'home' : route.replace(/^\/|\/$/g, '').replaceAll('/', '-');
        const file = join(folder, `${name}-${viewport.name}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
