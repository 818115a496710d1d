// The /sources page: primary and secondary sources apart, each entry with its own address.
import { describe, expect, it } from 'vitest';
import { getSources } from '@/lib/content';
import { getSourcesPage } from '@/lib/sources';

describe('getSourcesPage', () => {
  const page = getSourcesPage('en');

  it('lists every source once, primary and secondary apart, in the site order', () => {
    const all = getSources();
    expect([...page.primary, ...page.secondary]).toHaveLength(all.length);
    expect(page.primary.map((entry) => entry.id)).toEqual(
      all.filter((source) => source.standing === 'primary').map((source) => source.id),
    );
    expect(page.secondary.length).toBeGreaterThan(0);
  });

  it('gives each entry its address and the recorded date in words', () => {
    for (const entry of [...page.primary, ...page.secondary]) {
      expect(entry.href).toBe(`/sources/#${entry.id}`);
      expect(entry.recorded.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.recorded.text).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    }
  });
});

describe('getSourcesPage in Spanish', () => {
  const english = getSourcesPage('en');
  const spanish = getSourcesPage('es');

  it('lists the same sources, as published, each at its address on the Spanish page', () => {
    expect(spanish.primary.map((entry) => entry.id)).toEqual(english.primary.map((e) => e.id));
    const first = spanish.primary[0];
    const twin = english.primary[0];
    expect(first?.title).toBe(twin?.title);
    expect(first?.publisher).toBe(twin?.publisher);
    for (const entry of [...spanish.primary, ...spanish.secondary]) {
      expect(entry.href).toBe(`/es/sources/#${entry.id}`);
      expect(entry.recorded.text).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
    }
  });
});
