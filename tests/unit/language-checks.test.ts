import { describe, expect, it } from 'vitest';
import { languageProblems, missingTwins } from '@/lib/site-checks';

const SITE = 'https://example.org';

function page(
  lang: string,
  alternates: Record<string, string>,
  switchHref: string,
  hreflang: string,
) {
  const links = Object.entries(alternates)
    .map(
      ([language, href]) => `<link rel="alternate" hreflang="${language}" href="${SITE}${href}">`,
    )
    .join('');
  return `<html lang="${lang}"><head>${links}</head><body><a data-language-switch href="${switchHref}" hreflang="${hreflang}">ES</a></body></html>`;
}

describe('missingTwins', () => {
  it('names a page without its twin, either way, and leaves the 404 page alone', () => {
    expect(missingTwins(['/', '/es/', '/quiz/', '/es/jobs/', '/404/'])).toEqual([
      '/quiz/ has no twin at /es/quiz/',
      '/es/jobs/ has no twin at /jobs/',
    ]);
  });
});

describe('languageProblems', () => {
  const alternates = { en: '/quiz/', es: '/es/quiz/', 'x-default': '/quiz/' };

  it('passes a page with its lang, both hreflang twins and a switch to its twin', () => {
    expect(languageProblems('/es/quiz/', page('es', alternates, '/quiz/', 'en'), SITE)).toEqual([]);
    expect(languageProblems('/quiz/', page('en', alternates, '/es/quiz/', 'es'), SITE)).toEqual([]);
  });

  it('names a wrong lang, a missing alternate and a switch to the wrong page', () => {
    expect(
      languageProblems('/es/quiz/', page('en', { en: '/quiz/', es: '/es/quiz/' }, '/', 'en'), SITE),
    ).toEqual([
      '<html lang="en">, not "es"',
      'hreflang="x-default" is "", not https://example.org/quiz/',
      'the language switch goes to /',
    ]);
  });
});
