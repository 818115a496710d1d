// Every period the content gives a fact (`asOf`) reads in Spanish with no English word left. (A
// source's own `edition` is prose, translated in content/es/sources/.)
import { describe, expect, it } from 'vitest';
import { getFactPeriods } from '@/lib/content';
import { periodText } from '@/lib/content/period';

const ENGLISH_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|undated|about|edition|survey|poll|catalog|table|inferred|read|page|article|report|current|older|cited|fall|guide|dated|press|release|copy|post|alert|ranking|study|text)\b/i;

describe('periodText in Spanish', () => {
  it('says months and editions the Spanish way', () => {
    expect(periodText('May 2023 (probable)', 'es')).toBe('mayo de 2023 (probable)');
    expect(periodText('2021-22 edition', 'es')).toBe('edición 2021-22');
    expect(periodText('2024-34 (inferred)', 'es')).toBe('2024-34 (inferido)');
    expect(periodText('undated FAQ, read December 2026', 'es')).toBe(
      'preguntas frecuentes sin fecha, leída en diciembre de 2026',
    );
    expect(periodText('about September 2013', 'es')).toBe('alrededor de septiembre de 2013');
    expect(periodText('O*NET 27.0', 'es')).toBe('O*NET 27.0');
  });

  it('leaves no English word in any period of the content', () => {
    const left = getFactPeriods()
      .map((period) => [period, periodText(period, 'es')] as const)
      .filter(([, spanish]) => ENGLISH_WORDS.test(spanish.replace(/O\*NET|AAPC|AMBA|HFMA/g, '')));
    expect(left).toEqual([]);
  });
});
