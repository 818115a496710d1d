// Content-Security-Policy for the static export. A static host cannot add per-request nonces, so each
// page allows exactly its own inline scripts by hash, computed at build time (scripts/csp.ts). The
// policy goes into a <meta http-equiv> in every page and, with the headers a <meta> cannot carry, into
// a `_headers` file for static hosts that read one (Netlify, Cloudflare Pages).
import { createHash } from 'node:crypto';

/** A <script> element as written in the HTML: its raw attribute text and its raw source text. */
export interface ScriptElement {
  attributes: string;
  body: string;
}

// An attribute list that may hold quoted values containing ">".
const ATTRIBUTES = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
// Script contents are raw text: the element ends at the first "</script", whatever precedes it.
const SCRIPT_PATTERN = new RegExp(String.raw`<script\b${ATTRIBUTES}>([\s\S]*?)</script\s*>`, 'gi');

/** Every <script> element of a page, in document order. */
export function findScripts(html: string): ScriptElement[] {
  return [...html.matchAll(SCRIPT_PATTERN)].map((match) => ({
    attributes: match[1] ?? '',
    body: match[2] ?? '',
  }));
}

// One attribute: a name, then optionally "=" and a double-quoted, single-quoted or bare value.
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The value of an attribute (an empty string for a bare attribute), or null when it is absent. */
export function attributeValue(attributes: string, name: string): string | null {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1]?.toLowerCase() === name.toLowerCase())
      return match[2] ?? match[3] ?? match[4] ?? '';
  }
  return null;
}

// MIME Sniffing's JavaScript MIME type essences: a script with one of these types is a classic script.
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
// Other types the browser processes (and CSP checks) rather than treating as a data block.
const PROCESSED_TYPES = new Set(['module', 'importmap', 'speculationrules']);

/**
 * Whether the browser runs the element's contents. In the HTML "prepare the script element" steps a
 * script whose type is none of the above is a data block (JSON-LD, for instance): it stops before the
 * CSP inline check, so it needs no hash and cannot run whatever the policy says.
 */
export function isExecutable(script: ScriptElement): boolean {
  const type = attributeValue(script.attributes, 'type');
  if (type === null || type.trim() === '') return true;
  const essence = (type.split(';')[0] ?? '').trim().toLowerCase();
  return JAVASCRIPT_TYPES.has(essence) || PROCESSED_TYPES.has(essence);
}

/** An inline script (no src) whose source the policy must allow. */
export function isInlineExecutable(script: ScriptElement): boolean {
  return attributeValue(script.attributes, 'src') === null && isExecutable(script);
}

/**
 * The CSP source expression for a script's text. The browser hashes the element's text after the HTML
 * parser has normalized line breaks (CR LF and lone CR become LF), so the hash is taken the same way.
 */
export function scriptHash(body: string): string {
  const text = body.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline scripts, each once, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = findScripts(html)
    .filter(isInlineExecutable)
    .map((script) => scriptHash(script.body));
  return [...new Set(hashes)];
}

// Elements whose contents are text, not markup: tags written inside them are not elements.
const TEXT_ELEMENTS = /<(script|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
const START_TAG = new RegExp(String.raw`<([a-zA-Z][^\s/>]*)${ATTRIBUTES}>`, 'g');

/** Whether the HTML has a <style> element or a style="" attribute, which style-src 'self' would block. */
export function hasInlineStyles(html: string): boolean {
  const markup = html.replace(TEXT_ELEMENTS, '');
  return [...markup.matchAll(START_TAG)].some(
    (tag) => tag[1]?.toLowerCase() === 'style' || attributeValue(tag[2] ?? '', 'style') !== null,
  );
}

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

// Headers for every response. Referrer-Policy: no-referrer, because the site needs no referrer from
// anyone and its outbound links go to job boards, which need not learn which page (or even which site)
// sent a job seeker. Permissions-Policy turns off what the site never uses, including both ad-interest
// APIs (FLoC's interest-cohort and its successor, browsing-topics); Chromium 156 accepts both without
// a console warning (the browser test would report one).
export const SITE_WIDE_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  ],
  // For responses with no page rule below (the 404 page at any address, a page's index.html address)
  // and for browsers without frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

export interface PagePolicy {
  path: string;
  policy: string;
}

/** The `_headers` file (Netlify and Cloudflare Pages format): site-wide headers, then one CSP per page. */
export function headersFile(pages: readonly PagePolicy[]): string {
  const block = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    "# Written by scripts/csp.ts at build time; the same policies are in each page's <meta>.",
    block('/*', SITE_WIDE_HEADERS),
    ...pages.map((page) => block(page.path, [['Content-Security-Policy', page.policy]])),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file back: for each path, its headers in order. */
export function parseHeadersFile(text: string): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current === undefined || colon === -1)
      throw new Error(`Unexpected line in _headers: ${line}`);
    current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a static host sends for a path: every rule that matches it, in file order. A rule path
 * matches itself, and one ending in "*" matches everything that starts with what precedes the "*".
 */
export function headersForPath(
  rules: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>,
  path: string,
): Array<[string, string]> {
  const matches = (rule: string) =>
    rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
  return [...rules]
    .filter(([rule]) => matches(rule))
    .flatMap(([, headers]) => headers.map(([name, value]): [string, string] => [name, value]));
}
