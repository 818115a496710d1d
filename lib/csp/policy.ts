// The policy of one page and its <meta http-equiv> in the page's HTML.
import { hasInlineStyles, inlineScriptHashes } from './html';

export interface PolicyInput {
  scriptHashes: readonly string[];
  inlineStyles: boolean;
}

/**
 * The policy of one page. `delivery: 'header'` adds frame-ancestors, which browsers ignore (and report
 * as an error) in a <meta> policy.
 */
export function buildPolicy(input: PolicyInput, delivery: 'meta' | 'header'): string {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...input.scriptHashes].join(' '),
    // Stylesheets are files. React renders a `style` prop as a style="" attribute in the prebuilt
    // HTML, and an inline style attribute can only be allowed by 'unsafe-inline' (a hash would need
    // 'unsafe-hashes' too), so a page gets it only when its HTML has one. Styles set later from
    // script go through the CSSOM, which CSP does not restrict.
    input.inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (delivery === 'header') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The policy input of a page, read from its HTML. */
export function policyInputFor(html: string): PolicyInput {
  return { scriptHashes: inlineScriptHashes(html), inlineStyles: hasInlineStyles(html) };
}

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;
const HEAD_START = /<head\b(?:[^>"']|"[^"]*"|'[^']*')*>/i;
const CHARSET_META = /^\s*<meta\s+charset=(?:"[^"]*"|'[^']*'|[^\s>]+)\s*\/?>/i;

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

function unescapeAttribute(value: string): string {
  return value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * Puts the policy first in <head>, so that it applies to every script, preload and stylesheet. Only a
 * leading <meta charset> stays before it: the charset must sit in the first 1024 bytes, and it loads
 * nothing. A policy already there (from an earlier run) is replaced.
 */
export function insertCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  const withoutOld = html.replace(CSP_META, '');
  const head = HEAD_START.exec(withoutOld);
  if (head === null) throw new Error('The page has no <head> for the Content-Security-Policy');
  let at = head.index + head[0].length;
  const charset = CHARSET_META.exec(withoutOld.slice(at));
  if (charset !== null) at += charset[0].length;
  return withoutOld.slice(0, at) + meta + withoutOld.slice(at);
}

/** The policy of a page's CSP <meta>, or null when it has none. */
export function readCspMeta(html: string): string | null {
  const match = CSP_META.exec(html);
  return match === null ? null : unescapeAttribute(match[1] ?? '');
}
