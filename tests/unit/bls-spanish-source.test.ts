// A BLS refresh writes each new source's Spanish text too, so the Spanish edition never lacks it.
import { describe, expect, it } from 'vitest';
import { oewsSource, projectionsSource, spanishSourceYaml } from '@/lib/bls';

describe('spanishSourceYaml', () => {
  it('says the edition and the note in Spanish, with the same period', () => {
    const oews = spanishSourceYaml(oewsSource(2025, 'national', '2026-12-01'), ['oesm25nat.zip']);
    expect(oews).toContain('edition: mayo de 2025');
    expect(oews).toContain('Cifras leídas del archivo de la BLS con npm run data:bls.');
    expect(oews).toContain('oesm25nat.zip');
    expect(spanishSourceYaml(projectionsSource('2025-35', '2026-12-01'), ['x.xlsx'])).toContain(
      'edition: "2025-35"',
    );
  });
});
