// What the static HTML of one built page can prove without a browser. Each check returns readable
// problems (none when the page is right), so a failing test names the page and what is wrong.
import type { Document, Element, Node } from 'happy-dom';
import { cspMetaProblems } from './csp-meta';
import { figureProblems } from './figures';

/** An amount or a percentage: "$50,000", "$ 5", "12%", "12 %". */
const FIGURE = /\$\s?\d|\d\s?%/;
/** A link to an entry of the sources page, in either language. */
const SOURCE_LINK = 'a[href^="/sources/#"], a[href^="/es/sources/#"]';
const TEXT_NODE = 3;

function textNodes(node: Node): Node[] {
  if (node.nodeType === TEXT_NODE) return [node];
  return [...node.childNodes].flatMap(textNodes);
}

/**
 * Text in <main> with an amount or a percentage that sits in no `[data-sourced]` element holding a
 * link to its source on /sources/. As the browser sees the page with JavaScript off: <noscript>
 * fallbacks count, and nothing is left out.
 */
export function unsourcedFigures(document: Document): string[] {
  const main = document.querySelector('main');
  if (main === null) return [];
  return textNodes(main).flatMap((node) => {
    const text = node.textContent ?? '';
    if (!FIGURE.test(text)) return [];
    const holder = node.parentElement?.closest('[data-sourced]');
    return holder?.querySelector(SOURCE_LINK) ? [] : [`unsourced figure: "${text.trim()}"`];
  });
}

function structureProblems(document: Document): string[] {
  const problems: string[] = [];
  const h1s = document.querySelectorAll('h1').length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements, expected 1`);
  if ((document.querySelector('head > title')?.textContent ?? '').trim() === '')
    problems.push('no <title>');
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  if ((description ?? '').trim() === '') problems.push('no meta description');
  if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one <main>');
  if ((document.documentElement.getAttribute('lang') ?? '').trim() === '')
    problems.push('no <html lang>');
  return problems;
}

function duplicateIds(document: Document): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) {
    const id = element.getAttribute('id') ?? '';
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated].map((id) => `id "${id}" is used more than once`);
}

function jsonLdProblems(document: Document): string[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    try {
      JSON.parse(script.textContent);
      return [];
    } catch (error) {
      return [`JSON-LD does not parse: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}

// Link relations that name an address rather than load it.
const NOT_LOADED = new Set(['canonical', 'alternate']);
const SITE = 'http://site.invalid';

function resourceUrls(element: Element): string[] {
  const values = ['src', 'href']
    .map((name) => element.getAttribute(name))
    .filter((value) => value !== null);
  const srcset = element.getAttribute('srcset');
  if (srcset !== null)
    values.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
  return values;
}

/** Resources the page would load from another origin (data: URLs are inline, so they pass). */
export function foreignResources(document: Document): string[] {
  const elements = document.querySelectorAll('script[src], link[href], img, iframe, source');
  return [...elements].flatMap((element) => {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase();
    if (element.tagName === 'LINK' && NOT_LOADED.has(rel)) return [];
    return resourceUrls(element).flatMap((url) => {
      if (url === '' || url.startsWith('data:')) return [];
      return new URL(url, `${SITE}/`).origin === SITE
        ? []
        : [`loads from another origin: <${element.tagName.toLowerCase()}> ${url}`];
    });
  });
}

/**
 * Every problem the page's HTML shows: structure, ids, JSON-LD, resources, CSP, unsourced figures,
 * and occupation figures without a label, with a competing headline or a mismatched state figure.
 */
export function pageProblems(html: string, document: Document): string[] {
  return [
    ...structureProblems(document),
    ...duplicateIds(document),
    ...jsonLdProblems(document),
    ...foreignResources(document),
    ...cspMetaProblems(html),
    ...unsourcedFigures(document),
    ...figureProblems(document),
  ];
}
