import { describe, expect, it } from 'vitest';
import { citationOf, citeEdition, shortPublisher } from '@/lib/citations';
import { getSources } from '@/lib/content';

describe('citations', () => {
  it('links a primary source by its id and keeps the period', () => {
    expect(
      citationOf(
        { id: 'bls-ooh', publisher: 'U.S. Bureau of Labor Statistics (BLS)', standing: 'primary' },
        'May 2024',
      ),
    ).toEqual({
      href: '/sources/#bls-ooh',
      publisher: 'U.S. Bureau of Labor Statistics (BLS)',
      shortPublisher: 'BLS',
      secondary: false,
      asOf: 'May 2024',
      locale: 'en',
    });
  });

  it('in Spanish, links the Spanish sources page and says the month in Spanish', () => {
    expect(
      citationOf(
        { id: 'bls-ooh', publisher: 'U.S. Bureau of Labor Statistics (BLS)', standing: 'primary' },
        'May 2023 (probable)',
        'es',
      ),
    ).toMatchObject({
      href: '/es/sources/#bls-ooh',
      asOf: 'mayo de 2023 (probable)',
      locale: 'es',
    });
  });

  it('in Spanish, dates a source by its Spanish edition', () => {
    const undated = getSources().find((source) => source.edition === 'Current page, undated');
    if (undated === undefined) throw new Error('the content has no source "Current page, undated"');
    expect(citeEdition(undated.id, 'es')).toMatchObject({
      asOf: 'Página actual, sin fecha',
      locale: 'es',
    });
    expect(citeEdition(undated.id).asOf).toBe('Current page, undated');
  });

  it('says whom a secondary source cites', () => {
    const citation = citationOf(
      { id: 'site', publisher: 'A Career Site', standing: 'secondary', citing: 'BLS' },
      'May 2023',
    );
    expect(citation).toMatchObject({
      secondary: true,
      citing: 'BLS',
      shortPublisher: 'A Career Site',
    });
  });

  it('shortens a publisher only where its name ends in an acronym', () => {
    expect(shortPublisher('American Academy of Professional Coders (AAPC)')).toBe('AAPC');
    expect(shortPublisher('Kaiser Family Foundation')).toBe('Kaiser Family Foundation');
  });
});
