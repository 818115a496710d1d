// The Spanish text laid over an English document, and the checks that keep the two in step.
import { describe, expect, it } from 'vitest';
import { getRole, getSiteInfo } from '@/lib/content';
import { overlayText } from '@/lib/content/localize';
import {
  validateTranslations,
  type TranslatableDocument,
} from '@/lib/content/validate-translations';
import { formatDate, formatFigure } from '@/lib/format';

const job = {
  type: 'JobTitle',
  _raw: { sourceFilePath: 'jobs/coder-i.yaml' },
  name: 'Coder I',
  level: 'entry',
  certifications: ['cpc'],
  figures: [{ value: 51140, label: 'Median pay' }],
  occupationMatch: { kind: 'onet' },
};

const spanish = {
  type: 'SpanishJobTitle',
  _raw: { sourceFilePath: 'es/jobs/coder-i.yaml' },
  name: 'Codificador I',
  figures: [{ label: 'Salario mediano' }],
};

describe('overlayText', () => {
  it('replaces only the strings the Spanish file has, and keeps numbers, ids and lists', () => {
    expect(overlayText(job, spanish)).toEqual({
      ...job,
      name: 'Codificador I',
      figures: [{ value: 51140, label: 'Salario mediano' }],
    });
  });

  it('ignores a list of another length instead of mixing two documents', () => {
    expect(overlayText(job, { figures: [] }).figures).toEqual(job.figures);
  });
});

describe('validateTranslations', () => {
  const spec = {
    JobTitle: { name: true, figures: { label: true }, occupationMatch: { reason: true } },
  } as const;
  const problems = (documents: TranslatableDocument[]) =>
    validateTranslations(documents, spec).map((p) => `${p.file} › ${p.field}: ${p.message}`);

  it('passes a complete Spanish file (an object with no prose in English may be left out)', () => {
    expect(problems([job, spanish])).toEqual([]);
  });

  it('names a missing file, a missing field, a list of another length, a blank text, an orphan', () => {
    expect(problems([job])).toEqual([
      'es/jobs/coder-i.yaml › (file): is missing: the Spanish text of content/jobs/coder-i.yaml',
    ]);
    expect(problems([job, { ...spanish, name: undefined }])).toEqual([
      'es/jobs/coder-i.yaml › name: is missing (the English file has it)',
    ]);
    expect(problems([job, { ...spanish, figures: [] }])).toEqual([
      'es/jobs/coder-i.yaml › figures: has 0 item(s); the English file has 1, in the same order',
    ]);
    expect(problems([job, { ...spanish, name: ' ' }])).toEqual([
      'es/jobs/coder-i.yaml › name: is empty',
    ]);
    expect(
      problems([
        { ...job, occupationMatch: { kind: 'nearest', reason: 'Why.' } },
        spanish,
        { ...spanish, _raw: { sourceFilePath: 'es/jobs/gone.yaml' } },
      ]),
    ).toEqual([
      'es/jobs/coder-i.yaml › occupationMatch: is missing (the English file has it)',
      'es/jobs/gone.yaml › (file): has no English file at the same path',
    ]);
  });
});

describe('the content in Spanish', () => {
  it('keeps the shared facts of the English file', () => {
    const [en, es] = [getRole('coder', 'en'), getRole('coder', 'es')];
    expect(es.name).not.toBe(en.name);
    expect(es.occupation).toBe(en.occupation);
    expect(es.certifications).toEqual(en.certifications);
    expect(getSiteInfo('es').name).toBe(getSiteInfo('en').name);
  });

  it('says numbers, money and dates the Spanish way', () => {
    expect(formatFigure({ value: 51140, unit: 'usd-per-year' }, { locale: 'es' })).toBe(
      '$51,140 al año',
    );
    expect(formatFigure({ value: 399, valueMax: 499, unit: 'usd' }, { locale: 'es' })).toBe(
      '$399 a $499',
    );
    expect(formatFigure({ value: 1, unit: 'months' }, { locale: 'es' })).toBe('1 mes');
    expect(formatDate('2026-11-26', 'es')).toBe('26 de noviembre de 2026');
  });
});
