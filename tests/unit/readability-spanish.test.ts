import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countText,
  englishBlocks,
  fernandezHuertaGrade,
  fernandezHuertaScore,
  mainProse,
  pageLanguage,
  pageReading,
  readingGrade,
  spanishSyllables,
} from '@/lib/readability';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../fixtures/readability', name), 'utf8');

// Hand-counted: el co-di-fi-ca-dor mé-di-co le-e el ex-pe-dien-te del pa-cien-te (20) / lue-go
// e-li-ge los có-di-gos co-rrec-tos (12) / la a-se-gu-ra-do-ra u-sa e-sos có-di-gos pa-ra pa-gar
// la re-cla-ma-ción (23).
const PASSAGE =
  'El codificador médico lee el expediente del paciente. Luego elige los códigos correctos. La aseguradora usa esos códigos para pagar la reclamación.';
// le gus-ta el or-den / es-te tra-ba-jo pue-de ser pa-ra us-ted: 18 syllables.
const EASY = '¿Le gusta el orden? Este trabajo puede ser para usted.';

describe('spanishSyllables', () => {
  it.each([
    ['casa', 2],
    ['médico', 3],
    ['facturación', 4],
    ['codificador', 5],
    ['aseguradora', 6],
    ['autorización', 5],
    ['ciudad', 2], // two weak vowels: one syllable (ciu-dad)
    ['Europa', 3], // eu-ro-pa
    ['cuídate', 3], // an accent on a weak pair keeps it one (cuí-da-te)
    ['país', 2], // an accented í beside a strong vowel: a hiatus (pa-ís)
    ['reúne', 3], // re-ú-ne
    ['río', 2],
    ['aéreo', 4], // a-é-re-o: strong vowels side by side are apart
    ['leer', 2],
    ['poeta', 3],
    ['queso', 2], // the u of "que" is silent
    ['guerra', 2], // and of "gue"
    ['guion', 1], // and of "gui", leaving a diphthong
    ['agua', 2], // but not before a: a-gua
    ['pingüino', 3], // nor ü: pin-güi-no
    ['averiguáis', 4], // a triphthong: a-ve-ri-guáis
    ['Paraguay', 3], // pa-ra-guay
    ['hoy', 1], // y after a vowel, at the end, joins it
    ['ayuda', 3], // y before a vowel is a consonant: a-yu-da
    ['y', 1],
    ['prohibir', 3], // an h between vowels parts them: pro-hi-bir
    ['chiita', 3], // the same weak vowel twice: chi-i-ta
  ])('%s has %i', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('counts a number or a code without a vowel as one', () => {
    expect(spanishSyllables('42,000')).toBe(1);
    expect(spanishSyllables('CPT')).toBe(1);
  });
});

describe('countText in Spanish', () => {
  it('counts a known passage', () => {
    expect(countText([PASSAGE], 'es')).toEqual({ sentences: 3, words: 22, syllables: 55 });
  });

  it('ends no sentence at a Spanish abbreviation, and one at ? and !', () => {
    expect(countText(['Trabaja en EE. UU. desde 2020, p. ej. en Texas.'], 'es').sentences).toBe(1);
    expect(countText(['¿Le gusta? ¡Muy bien! Siga.'], 'es').sentences).toBe(3);
    expect(countText(['¿Hace falta un título? No. Basta un certificado.'], 'es').sentences).toBe(3);
  });
});

describe('Fernández-Huerta', () => {
  it('scores counted text: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence', () => {
    // 206.84 − 0.60 × 250 − 1.02 × 22 / 3 = 49.36
    expect(fernandezHuertaScore({ sentences: 3, words: 22, syllables: 55 })).toBeCloseTo(49.36, 2);
  });

  it('maps the score to a grade through Fernández Huerta’s table', () => {
    expect(fernandezHuertaGrade(95)).toBe(3.5);
    expect(fernandezHuertaGrade(90)).toBe(4);
    expect(fernandezHuertaGrade(80)).toBe(5);
    expect(fernandezHuertaGrade(70)).toBe(6);
    expect(fernandezHuertaGrade(65)).toBe(7);
    expect(fernandezHuertaGrade(60)).toBe(8); // the lowest "normal" score is the site's limit
    expect(fernandezHuertaGrade(59)).toBeGreaterThan(8);
    expect(fernandezHuertaGrade(50)).toBe(12);
    expect(fernandezHuertaGrade(30)).toBe(16);
    expect(fernandezHuertaGrade(0)).toBe(18);
    expect(fernandezHuertaGrade(-15)).toBe(19);
  });
});

describe('readingGrade in Spanish', () => {
  it('gives the grade of known passages', () => {
    // L 49.36 → 12 + 0.64 × 4 / 20 = 12.13
    expect(readingGrade([PASSAGE], 'es')).toBe(12.1);
    // 206.84 − 0.60 × 180 − 1.02 × 5 = 93.74 → 4 − 3.74 / 10 = 3.63
    expect(readingGrade([EASY], 'es')).toBe(3.6);
  });

  it('keeps English the default', () => {
    const english = 'Coders read what the doctor wrote and turn it into codes.';
    expect(readingGrade([english])).toBe(readingGrade([english], 'en'));
    expect(readingGrade([english])).toBe(3.7);
  });
});

describe('englishBlocks', () => {
  it('keeps Spanish with the English names the glossary keeps', () => {
    expect(
      englishBlocks([
        'La explicación de beneficios (EOB, explanation of benefits) le dice lo que pagó su seguro.',
        'Los códigos ICD-10-CM y CPT dicen qué tiene el paciente y qué se le hizo.',
        'En los sitios de empleos, busque "Medical Coder" o "Medical Billing and Coding Specialist".',
        'El salario de un codificador médico (Medical Records Specialist) varía por estado.',
      ]),
    ).toEqual([]);
  });

  it('finds plain English sentences', () => {
    const english = [
      'Coders read what the doctor wrote and turn it into codes.',
      'You can take the exam after you finish your training program.',
      'This is the pay that most coders are offered in their first year.',
      // Few function words for its length, but not one Spanish word among them.
      'A degree route takes longest. The RHIT credential needs a college degree in health information first.',
    ];
    expect(englishBlocks(['El codificador lee el expediente.', ...english])).toEqual(english);
  });

  it('leaves blocks under six words alone', () => {
    expect(englishBlocks(['Read the notes.'])).toEqual([]);
  });
});

describe('pageReading', () => {
  it('measures a page with <html lang="es"> in Spanish and finds its English block', () => {
    const html = fixture('page-es.html');
    const blocks = mainProse(html);
    expect(pageLanguage(html)).toBe('es');
    expect(pageReading(html)).toEqual({
      locale: 'es',
      blocks,
      grade: readingGrade(blocks, 'es'),
      englishBlocks: ['Coders read what the doctor wrote and turn it into codes.'],
    });
    expect(readingGrade(blocks, 'es')).not.toBe(readingGrade(blocks, 'en'));
  });

  it('measures an English page as before, with no English check', () => {
    const html = fixture('page.html');
    const blocks = mainProse(html);
    expect(pageReading(html)).toEqual({
      locale: 'en',
      blocks,
      grade: readingGrade(blocks),
      englishBlocks: [],
    });
  });

  it('reads a regional tag and a missing lang', () => {
    expect(pageLanguage('<html class="x" lang="es-US">')).toBe('es');
    expect(pageLanguage('<html>')).toBe('en');
  });
});
