// Checks a built page's Content-Security-Policy <meta> (written by scripts/csp.ts) against the page.
import { findScripts, isInlineExecutable, readCspMeta, scriptHash } from '@/lib/csp';

/** A directive's source list, e.g. directiveSources(policy, 'script-src'). */
export function directiveSources(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found === undefined ? [] : found.slice(1);
}

/** What is wrong with a page's CSP <meta>, as readable lines (none when it is right). */
export function cspMetaProblems(html: string): string[] {
  const policy = readCspMeta(html);
  if (policy === null) return ['no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  const scriptSources = directiveSources(policy, 'script-src');
  const expected = new Set(
    findScripts(html)
      .filter(isInlineExecutable)
      .map((script) => scriptHash(script.body)),
  );
  const hashes = new Set(scriptSources.filter((source) => source.startsWith("'sha256-")));
  for (const hash of expected)
    if (!hashes.has(hash)) problems.push(`inline script ${hash} not allowed`);
  for (const hash of hashes)
    if (!expected.has(hash)) problems.push(`hash ${hash} matches no script`);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'])
    if (scriptSources.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  // No other origin anywhere: every source is a keyword ('self', 'none'), a hash, or data: images.
  for (const directive of policy.split(';').map((part) => part.trim().split(/\s+/))) {
    const [name, ...list] = directive;
    for (const source of list)
      if (!source.startsWith("'") && !(name === 'img-src' && source === 'data:'))
        problems.push(`${name} allows ${source}`);
  }
  if (directiveSources(policy, 'default-src').join(' ') !== "'self'")
    problems.push("default-src is not 'self'");
  if (directiveSources(policy, 'object-src').join(' ') !== "'none'")
    problems.push("object-src is not 'none'");
  // The policy only governs what comes after it: nothing but the charset may precede it in <head>.
  const head = /<head[^>]*>([\s\S]*?)<meta http-equiv="Content-Security-Policy"/i.exec(html);
  if (head === null || !/^\s*(<meta charset="[^"]*"\s*\/?>)?\s*$/i.test(head[1] ?? ''))
    problems.push('the policy is not the first element of <head> (after the charset)');
  return problems;
}
