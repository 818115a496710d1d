import { describe, expect, it } from 'vitest';
import { pageMetadata, socialCards } from '@/lib/metadata';

describe('pageMetadata', () => {
  it('gives a page its canonical address, Open Graph and Twitter card with its own image', () => {
    const metadata = pageMetadata({
      title: 'Compare',
      description: 'Side by side.',
      path: '/compare/',
      card: 'compare',
    });
    expect(metadata.alternates?.canonical).toBe('/compare/');
    expect(metadata.openGraph).toMatchObject({
      title: 'Compare',
      url: '/compare/',
      images: [{ url: '/social/compare.png', width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      images: ['/social/compare.png'],
    });
  });

  it('has a card for the main pages and both roles', () => {
    expect(socialCards().map((card) => card.id)).toEqual([
      'home',
      'compare',
      'quiz',
      'jobs',
      'coder',
      'biller',
    ]);
  });

  it('refuses a card that does not exist', () => {
    expect(() => pageMetadata({ title: 't', description: 'd', path: '/', card: 'nope' })).toThrow(
      'No social card',
    );
  });
});
