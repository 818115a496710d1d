import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attributeValue,
  buildPolicy,
  findScripts,
  hasInlineStyles,
  headersFile,
  headersForPath,
  inlineScriptHashes,
  insertCspMeta,
  isExecutable,
  parseHeadersFile,
  policyInputFor,
  readCspMeta,
  scriptHash,
} from '@/lib/csp';

// A small page shaped like Next's output: script files, a nomodule polyfill, inline scripts, JSON-LD.
const nextPage = readFileSync(join(__dirname, '../fixtures/js-budget/next-page.html'), 'utf8');

describe('scriptHash', () => {
  it('gives the hash the CSP specification shows for its example script', () => {
    expect(scriptHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('hashes line breaks as the HTML parser leaves them (CR LF and CR become LF)', () => {
    const lf = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='";
    expect(scriptHash('a\nb')).toBe(lf);
    expect(scriptHash('a\r\nb')).toBe(lf);
    expect(scriptHash('a\rb')).toBe(lf);
  });
});

describe('findScripts and attributeValue', () => {
  it('finds every script with its raw text, even a ">" inside a quoted attribute', () => {
    const html = '<script data-x="a>b" src="/x.js"></script><SCRIPT>if (a < b) go()</SCRIPT >';
    expect(findScripts(html)).toEqual([
      { attributes: ' data-x="a>b" src="/x.js"', body: '' },
      { attributes: '', body: 'if (a < b) go()' },
    ]);
  });

  it('reads quoted, bare and valueless attributes, case-insensitively, and not inside values', () => {
    const attributes = ` src='/a.js' noModule="" TYPE=module data-src="/b.js" title="x src=y"`;
    expect(attributeValue(attributes, 'src')).toBe('/a.js');
    expect(attributeValue(attributes, 'nomodule')).toBe('');
    expect(attributeValue(attributes, 'type')).toBe('module');
    expect(attributeValue(' async', 'async')).toBe('');
    expect(attributeValue(' data-src="/b.js"', 'src')).toBeNull();
    expect(attributeValue(' title="x src=y"', 'src')).toBeNull();
  });
});

describe('isExecutable', () => {
  const script = (attributes: string) => ({ attributes, body: '' });

  it('runs scripts with no type, an empty type, a JavaScript type or a module type', () => {
    for (const attributes of ['', ' type=""', ' type="text/javascript"', ' type="module"'])
      expect(isExecutable(script(attributes))).toBe(true);
    expect(isExecutable(script(' type="Text/JavaScript; charset=utf-8"'))).toBe(true);
    expect(isExecutable(script(' type="importmap"'))).toBe(true);
  });

  it('treats JSON-LD and other types as data blocks, which CSP does not check', () => {
    expect(isExecutable(script(' type="application/ld+json"'))).toBe(false);
    expect(isExecutable(script(' type="text/plain"'))).toBe(false);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts that run, each once, and not external ones or JSON-LD', () => {
    const theme = "\n      document.documentElement.classList.add('js');\n    ";
    const html = `${nextPage}<script>${theme}</script>`;
    expect(inlineScriptHashes(html)).toEqual([
      scriptHash(theme),
      scriptHash('\n      (self.__next_f = self.__next_f || []).push([0]);\n    '),
    ]);
  });
});

describe('hasInlineStyles', () => {
  it('finds a style attribute or a <style> element', () => {
    expect(hasInlineStyles('<div style="width:10%"></div>')).toBe(true);
    expect(hasInlineStyles('<p><STYLE>p{color:red}</STYLE></p>')).toBe(true);
  });

  it('ignores the word in text, in scripts and in other attributes', () => {
    expect(hasInlineStyles(nextPage)).toBe(false);
    expect(hasInlineStyles('<p>Write style="x" in <code>&lt;style&gt;</code></p>')).toBe(false);
    expect(hasInlineStyles('<script>el.innerHTML = "<b style=\'x\'>"</script>')).toBe(false);
    expect(hasInlineStyles('<title><style></title><p data-style="x" class="style">')).toBe(false);
  });
});

describe('buildPolicy', () => {
  const hashes = [scriptHash('a()'), scriptHash('b()')];

  it('allows the own origin and the given hashes, and nothing inline or evaluated', () => {
    const policy = buildPolicy({ scriptHashes: hashes, inlineStyles: false }, 'meta');
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self'; ` +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'",
    );
    expect(policy).not.toContain('unsafe');
    expect(policy).not.toContain('frame-ancestors');
  });

  it('allows inline styles only for a page that has them, and frame-ancestors only in the header', () => {
    const policy = buildPolicy({ scriptHashes: [], inlineStyles: true }, 'header');
    expect(policy).toContain("style-src 'self' 'unsafe-inline';");
    expect(policy).toContain("script-src 'self';");
    expect(policy.endsWith("; frame-ancestors 'none'")).toBe(true);
  });

  it('reads its input from a page', () => {
    expect(policyInputFor('<head><script>x()</script></head><i style="a:b">')).toEqual({
      scriptHashes: [scriptHash('x()')],
      inlineStyles: true,
    });
  });
});

describe('insertCspMeta and readCspMeta', () => {
  const policy = "default-src 'self'; script-src 'self' 'sha256-abc+/='";

  it('puts the policy first in <head>, after the charset only, and reads it back', () => {
    const html = insertCspMeta(nextPage, policy);
    expect(html).toContain(
      `<head>\n    <meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="${policy}"/>\n    <link rel="preload"`,
    );
    expect(readCspMeta(html)).toBe(policy);
  });

  it('puts it right after <head> when the page declares no charset first', () => {
    expect(insertCspMeta('<html><head lang="en"><title>x</title></head></html>', 'a')).toBe(
      '<html><head lang="en"><meta http-equiv="Content-Security-Policy" content="a"/><title>x</title></head></html>',
    );
  });

  it('replaces the policy of an earlier run instead of adding a second one', () => {
    const twice = insertCspMeta(insertCspMeta(nextPage, 'old'), policy);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(readCspMeta(twice)).toBe(policy);
  });

  it('escapes quotes and ampersands in the attribute', () => {
    const html = insertCspMeta('<head></head>', 'a "b" & c');
    expect(html).toContain('content="a &quot;b&quot; &amp; c"');
    expect(readCspMeta(html)).toBe('a "b" & c');
  });

  it('refuses a page without <head>, and reads null from a page without a policy', () => {
    expect(() => insertCspMeta('<p>no head</p>', policy)).toThrow('<head>');
    expect(readCspMeta(nextPage)).toBeNull();
  });
});

describe('the _headers file', () => {
  const text = headersFile([
    { path: '/', policy: "default-src 'self'; frame-ancestors 'none'" },
    { path: '/compare/', policy: "default-src 'none'" },
  ]);

  it('sets the site-wide headers for /* and one policy per page', () => {
    expect(text).toBe(
      [
        "# Written by scripts/csp.ts at build time; the same policies are in each page's <meta>.",
        '',
        '/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: no-referrer',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
        '  X-Frame-Options: DENY',
        '',
        '/',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '',
        '/compare/',
        "  Content-Security-Policy: default-src 'none'",
        '',
      ].join('\n'),
    );
  });

  it('reads back into the headers each path gets, site-wide ones first', () => {
    const rules = parseHeadersFile(text);
    expect([...rules.keys()]).toEqual(['/*', '/', '/compare/']);
    const compare = headersForPath(rules, '/compare/');
    expect(compare.map(([name]) => name)).toEqual([
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
      'Content-Security-Policy',
    ]);
    expect(compare.at(-1)).toEqual(['Content-Security-Policy', "default-src 'none'"]);
    expect(headersForPath(rules, '/_next/static/chunks/a.js')).toHaveLength(4);
  });

  it('rejects a header line before any path', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('Unexpected line');
  });
});
