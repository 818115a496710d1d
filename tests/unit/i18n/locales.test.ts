import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  localeOfPath,
  localizePath,
  pageTwin,
  parseRichText,
  plainText,
  splitAtPlaceholder,
  unlocalizedPath,
} from '@/lib/i18n';
import { routes, routesFor } from '@/lib/routes';

describe('addresses in a language', () => {
  it('put Spanish pages under /es/ and leave English at the root', () => {
    expect(localizePath('es', '/quiz/')).toBe('/es/quiz/');
    expect(localizePath('en', '/quiz/')).toBe('/quiz/');
    expect(routesFor('es').job('coder-i')).toBe('/es/jobs/coder-i/');
    expect(routesFor('es').home()).toBe('/es/');
    expect(routesFor('en')).toBe(routes);
  });

  it('keep data files shared by both languages', () => {
    const spanish = routesFor('es');
    expect(spanish.finderIndex()).toBe(routes.finderIndex());
    expect(spanish.jobCompareData('coder-i')).toBe(routes.jobCompareData('coder-i'));
    expect(spanish.placePay('OH')).toBe(routes.placePay('OH'));
    expect(spanish.socialCard('home')).toBe(routes.socialCard('home'));
    expect(spanish.sitemap()).toBe(routes.sitemap());
  });

  it('read the language of a path and find its twin', () => {
    expect(localeOfPath('/es/quiz/result/')).toBe('es');
    expect(localeOfPath('/estimates/')).toBe('en');
    expect(localeOfPath('/quiz/')).toBe('en');
    expect(unlocalizedPath('/es/quiz/')).toBe('/quiz/');
    expect(unlocalizedPath('/es/')).toBe('/');
    expect(unlocalizedPath('/es')).toBe('/');
    expect(pageTwin('/es/jobs/coder-i/', 'en')).toBe('/jobs/coder-i/');
    expect(pageTwin('/jobs/coder-i/', 'es')).toBe('/es/jobs/coder-i/');
    expect(pageTwin('/', 'es')).toBe('/es/');
  });
});

describe('messages', () => {
  it('fill placeholders and refuse a missing value', () => {
    expect(formatMessage('{count} de {total}', { count: 3, total: '12' })).toBe('3 de 12');
    expect(() => formatMessage('{count} de {total}', { count: 3 })).toThrow('{total}');
    expect(splitAtPlaceholder('Revisado el {date}. Vea las fuentes.', 'date')).toEqual([
      'Revisado el ',
      '. Vea las fuentes.',
    ]);
  });

  it('split tagged runs out of a sentence, in order', () => {
    expect(parseRichText('Not sure? <quiz>Take the quiz</quiz>, or <jobs>search</jobs>.')).toEqual([
      { kind: 'text', text: 'Not sure? ' },
      { kind: 'tag', tag: 'quiz', text: 'Take the quiz' },
      { kind: 'text', text: ', or ' },
      { kind: 'tag', tag: 'jobs', text: 'search' },
      { kind: 'text', text: '.' },
    ]);
    expect(plainText('¿No sabe? <quiz>Haga el cuestionario</quiz>.')).toBe(
      '¿No sabe? Haga el cuestionario.',
    );
  });
});
