// Reading a page's scripts and inline styles from its HTML, as the browser's CSP check sees them.
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
