import { describe, expect, it } from 'vitest';
import { qrCodeDataUrl } from '@/lib/quiz/server';

describe('qrCodeDataUrl', () => {
  it('draws an SVG image as a data URL', async () => {
    const url = await qrCodeDataUrl('https://coder-or-biller.example/quiz/');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
  });
});
