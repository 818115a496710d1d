// After `next build`: give every HTML page in out/ a Content-Security-Policy <meta> that allows its own
// inline scripts by hash, and write out/_headers with the same policies plus the headers a <meta>
// cannot set. Running it twice gives the same result. Last, as the build's final word, it warns when
// the build had no SITE_URL (lib/site).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  buildPolicy,
  headersFile,
  insertCspMeta,
  policyInputFor,
  type PagePolicy,
} from '@/lib/csp';
import { missingSiteUrlWarning } from '@/lib/site';

const OUT_DIR = join(process.cwd(), 'out');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The address a static host serves a file at: "about/index.html" is "/about/". */
function sitePath(file: string): string {
  const path = `/${relative(OUT_DIR, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function main() {
  const pages: PagePolicy[] = [];
  for (const file of htmlFiles(OUT_DIR).sort()) {
    const html = readFileSync(file, 'utf8');
    const input = policyInputFor(html);
    writeFileSync(file, insertCspMeta(html, buildPolicy(input, 'meta')));
    pages.push({ path: sitePath(file), policy: buildPolicy(input, 'header') });
  }
  writeFileSync(join(OUT_DIR, '_headers'), headersFile(pages));
  const withInlineStyles = pages.filter((page) => page.policy.includes("'unsafe-inline'")).length;
  console.log(
    `Content-Security-Policy: ${pages.length} pages hashed, out/_headers written` +
      (withInlineStyles > 0 ? ` (${withInlineStyles} with inline style attributes)` : ''),
  );
  const siteUrlWarning = missingSiteUrlWarning(process.env.SITE_URL);
  if (siteUrlWarning !== null) console.warn(siteUrlWarning);
}

main();
