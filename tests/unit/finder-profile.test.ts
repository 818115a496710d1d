// The job-title pages' view models, from the real content.
import { describe, expect, it } from 'vitest';
import { getOnetRelease } from '@/lib/content';
import { onetAttribution, onetAttributionParts } from '@/lib/finder';
import { getJobTitleProfile, getJobTitlesByFamily } from '@/lib/finder/server';

describe('getJobTitleProfile', () => {
  const profile = getJobTitleProfile('medical-coder');

  it('resolves the title, its facts and its certifications in content order', () => {
    expect(profile.name).toBe('Medical Coder');
    expect(profile.facts.map((fact) => fact.label)).toEqual(['Family', 'Level', 'How common']);
    expect(profile.certifications.length).toBeGreaterThan(0);
    for (const cert of profile.certifications) expect(cert.acronym).not.toBe('');
  });

  it('links next steps and related titles in name order, with level and family', () => {
    const names = profile.related.map((link) => link.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    for (const link of [...profile.nextSteps, ...profile.related]) {
      expect(link.detail).toMatch(/^[A-Z][a-z ]+, [a-z ]+$/);
    }
  });

  it('gives the headline median of the occupation with its citation and measure', () => {
    expect(profile.occupation.code).toBe('29-2072');
    expect(profile.pay.kind).toBe('shown');
    if (profile.pay.kind !== 'shown') return;
    const { headline } = profile.pay.median;
    expect(headline.measureLabel).toBe('Median pay');
    expect(headline.citation.href).toMatch(/^\/sources\/#/);
  });

  it('carries the O*NET release for the attribution', () => {
    expect(profile.onetRelease).toBe(getOnetRelease());
  });

  it('says whether an entry-friendly title hires beginners and what to do first', () => {
    expect(profile.entryTitle).toBeUndefined();
    const poster = getJobTitleProfile('payment-poster').entryTitle;
    expect(poster).toMatchObject({ beginners: 'often', beginnersLabel: 'Often hires beginners' });
    expect(poster?.pathsLabel).toBe('A first step into billing');
    expect(poster?.firstStep).not.toBe('');
    for (const citation of poster?.citations ?? []) expect(citation.href).toMatch(/^\/sources\/#/);
  });

  it('refuses a slug that is not in the content', () => {
    expect(() => getJobTitleProfile('astronaut')).toThrow('job title "astronaut"');
  });
});

describe('getJobTitlesByFamily', () => {
  it('lists every family, in the site order', () => {
    expect(getJobTitlesByFamily().map((group) => group.family)).toEqual([
      'coding',
      'billing',
      'both',
      'adjacent',
    ]);
  });
});

describe('onetAttributionParts', () => {
  it('links the database and the licence, and reads as the plain sentence', () => {
    const parts = onetAttributionParts('O*NET 27.0 Database');
    expect(parts.filter((part) => part.href).map((part) => part.text)).toEqual([
      'O*NET 27.0 Database',
      'CC BY 4.0',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(onetAttribution('O*NET 27.0 Database'));
  });
});
