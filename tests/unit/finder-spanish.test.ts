// The finder in Spanish, on the small fixture catalog: accents optional both ways, Spanish names and
// search terms laid over the curated titles, and the English names still found.
import { describe, expect, it } from 'vitest';
import { localizeCatalog, type TitleTranslation } from '@/lib/finder/localize-catalog';
import { foldAccents, queryWords } from '@/lib/finder/normalize';
import { createFinder } from '@/lib/finder/search';
import { buildFinderIndex, entriesFromIndex } from '@/lib/finder/search-index';
import { loadFixtureCatalog } from '../fixtures/finder/load';

describe('foldAccents', () => {
  it.each([
    ['Codificación médica', 'codificacion medica'],
    ['codificacion medica', 'codificacion medica'],
    ['VERIFICACIÓN DE SEGURO', 'verificacion de seguro'],
    ['Compañía', 'compania'],
    ['pingüino', 'pinguino'],
    ['Medical Coder', 'medical coder'],
  ])('%s -> %s', (text, expected) => {
    expect(foldAccents(text)).toBe(expected);
  });

  it('folds a letter and its combining accent (NFD input) like the composed letter', () => {
    expect(foldAccents('me\u0301dico')).toBe(foldAccents('médico'));
  });
});

describe('Spanish query words', () => {
  it('drops Spanish function words as it drops English ones', () => {
    expect(queryWords('empleo de codificador en la clínica')).toEqual(['codificador', 'clinica']);
    expect(queryWords('cuentas por cobrar')).toEqual(['cuenta', 'cobrar']);
  });
});

const TRANSLATIONS = new Map<string, TitleTranslation>([
  [
    'medical-coder',
    {
      name: 'Codificador médico',
      summary: 'Convierte lo que escribe el médico en códigos.',
      searchTerms: ['codificación médica', 'codificadora médica'],
    },
  ],
  [
    'ar-follow-up-specialist',
    {
      name: 'Especialista en seguimiento de cuentas por cobrar',
      summary: 'Da seguimiento a las reclamaciones sin pagar.',
      searchTerms: ['cobranza', 'cuentas por cobrar'],
    },
  ],
]);

describe('localizeCatalog', () => {
  const english = loadFixtureCatalog();
  const spanish = localizeCatalog(english, TRANSLATIONS);
  const entry = (slug: string) => spanish.entries.find((item) => item.slug === slug);

  it('names and sums up a translated title in Spanish and keeps its English title', () => {
    expect(entry('medical-coder')).toMatchObject({
      title: 'Codificador médico',
      englishTitle: 'Medical Coder',
      summary: 'Convierte lo que escribe el médico en códigos.',
    });
    expect(entry('medical-coder')?.alternates).not.toContain('Medical Coder');
    expect(entry('medical-coder')?.alternates).toEqual(
      expect.arrayContaining(['Coder', 'codificación médica', 'codificadora médica']),
    );
  });

  it('leaves titles without a translation, and the O*NET-only titles, as they are', () => {
    const before = english.entries.find((item) => item.slug === 'medical-biller');
    expect(entry('medical-biller')).toEqual(before);
    const onetOnly = spanish.entries.filter((item) => item.slug === undefined);
    expect(onetOnly).toEqual(english.entries.filter((item) => item.slug === undefined));
  });

  it('keeps the English title through the index file', () => {
    const data = JSON.parse(JSON.stringify(buildFinderIndex(spanish)));
    const restored = entriesFromIndex(data).find((item) => item.slug === 'medical-coder');
    expect(restored).toMatchObject({ title: 'Codificador médico', englishTitle: 'Medical Coder' });
  });

  describe('searching the Spanish index', () => {
    const finder = createFinder(JSON.parse(JSON.stringify(buildFinderIndex(spanish))));
    const top = (query: string) => finder.search(query).hits[0]?.entry.slug;

    it.each([
      ['codificador médico', 'medical-coder'],
      ['codificador medico', 'medical-coder'],
      ['CODIFICACION MEDICA', 'medical-coder'],
      ['cobranza', 'ar-follow-up-specialist'],
      ['cuentas por cobrar', 'ar-follow-up-specialist'],
      ['medical coder', 'medical-coder'],
      ['AR caller', 'ar-follow-up-specialist'],
    ])('%s -> %s', (query, slug) => {
      expect(top(query)).toBe(slug);
    });

    it('marks the Spanish name where it matched', () => {
      const hit = finder.search('codificador').hits[0];
      expect(hit?.title.text).toBe('Codificador médico');
      expect(hit?.title.ranges.length).toBeGreaterThan(0);
    });
  });
});
