// The built site in out/, read once: every page's HTML by its path and every other file's path.
// Pages are found from out/, so a new route is checked without being listed anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const OUT_DIR = join(process.cwd(), 'out');

export interface BuiltSite {
  /** HTML by page path ("/", "/compare/"), sorted by path. */
  pages: Map<string, string>;
  /** Every other file as a site path ("/sitemap.xml"). */
  files: Set<string>;
}

export function builtSite(): BuiltSite {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const sitePath = `/${relative(OUT_DIR, path).split(sep).join('/')}`;
      if (entry.isDirectory()) walk(path);
      // Next's own folders (/_next/, /_not-found/) hold no page of the site.
      else if (entry.name === 'index.html' && !sitePath.startsWith('/_'))
        pages.set(sitePath.replace(/index\.html$/, ''), readFileSync(path, 'utf8'));
      else files.add(sitePath);
    }
  };
  walk(OUT_DIR);
  return { pages: new Map([...pages].sort(([a], [b]) => a.localeCompare(b))), files };
}
