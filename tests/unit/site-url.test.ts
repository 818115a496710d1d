import { describe, expect, it } from 'vitest';
import { addressOn, missingSiteUrlWarning, PLACEHOLDER_SITE_URL, siteUrlFrom } from '@/lib/site';

describe('siteUrlFrom', () => {
  it.each([
    [undefined, PLACEHOLDER_SITE_URL],
    ['', PLACEHOLDER_SITE_URL],
    ['   ', PLACEHOLDER_SITE_URL],
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    [' http://localhost:3000// ', 'http://localhost:3000'],
  ])('reads %j as %s', (setting, expected) => {
    expect(siteUrlFrom(setting)).toBe(expected);
  });

  it.each(['example.org', 'ftp://example.org', '/quiz/'])('stops the build on %j', (setting) => {
    expect(() => siteUrlFrom(setting)).toThrow(`SITE_URL must be an absolute http(s) address`);
    expect(() => siteUrlFrom(setting)).toThrow(setting);
  });
});

describe('missingSiteUrlWarning', () => {
  it.each([undefined, '', '  '])('warns when SITE_URL is %j', (setting) => {
    const warning = missingSiteUrlWarning(setting) ?? '';
    expect(warning).toMatch(/^!+\nWARNING: SITE_URL is not set/);
    // It names what falls back and how to set it.
    expect(warning).toContain(PLACEHOLDER_SITE_URL);
    for (const use of ['canonical links', 'sitemap', 'social cards', "counselors' quiz link"]) {
      expect(warning).toContain(use);
    }
    expect(warning).toContain('SITE_URL=https://your-site.example npm run build');
  });

  it('says nothing when SITE_URL is set', () => {
    expect(missingSiteUrlWarning('https://example.org')).toBeNull();
  });
});

describe('addressOn', () => {
  it('joins an origin and a path with one "/"', () => {
    expect(addressOn('http://localhost:3201', '/quiz/')).toBe('http://localhost:3201/quiz/');
    expect(addressOn('https://example.org/', 'quiz/')).toBe('https://example.org/quiz/');
  });
});
