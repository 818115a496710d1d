// @vitest-environment happy-dom
// The counselors' quiz link card in a browser-like page: it hands out the address it is served from,
// and draws the QR code for that same address.
import { act, cleanup, render, screen } from '@testing-library/react';
import type { DetachedWindowAPI } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuizLinkCard } from '@/components/counselors/quiz-link-card';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';

const qrCodeDataUrl = vi.hoisted(() =>
  vi.fn((address: string) => Promise.resolve(`data:image/svg+xml,qr-of-${address}`)),
);
vi.mock('@/lib/quiz/qr', () => ({ qrCodeDataUrl }));

// The test environment's window, with happy-dom's controls.
declare global {
  interface Window {
    happyDOM: DetachedWindowAPI;
  }
}

const SERVED = 'http://school.example:8080';
const BUILT = { address: 'https://built.example/quiz/', qrCode: 'data:image/svg+xml,built' };

beforeEach(() => {
  window.happyDOM.setURL(`${SERVED}/counselors/`);
  qrCodeDataUrl.mockClear();
});
afterEach(cleanup);

async function renderCard(built: typeof BUILT, locale: Locale = 'en') {
  const links = routesFor(locale);
  render(
    <QuizLinkCard
      path={links.quiz()}
      built={built}
      pagePath={links.counselors()}
      words={getMessages(locale).counselors.quizLink}
    />,
  );
  // Let the QR code module load and draw.
  await act(() => Promise.resolve());
}

describe('QuizLinkCard', () => {
  it('shows the served address and a QR code drawn for it', async () => {
    await renderCard(BUILT);
    const link = screen.getByRole('link', { name: `${SERVED}/quiz/` });
    expect(link.getAttribute('href')).toBe(`${SERVED}/quiz/`);
    expect(qrCodeDataUrl).toHaveBeenCalledWith(`${SERVED}/quiz/`);
    const image = await screen.findByRole('img', { name: `QR code that opens ${SERVED}/quiz/` });
    expect(image.getAttribute('src')).toBe(`data:image/svg+xml,qr-of-${SERVED}/quiz/`);
    expect(
      screen.getByRole('link', { name: 'Download the QR code (SVG image)' }).getAttribute('href'),
    ).toBe(`data:image/svg+xml,qr-of-${SERVED}/quiz/`);
  });

  it('keeps the build-time QR code, without loading the QR library, when served from it', async () => {
    await renderCard({ ...BUILT, address: `${SERVED}/quiz/` });
    expect(screen.getByRole('img', { name: `QR code that opens ${SERVED}/quiz/` })).toHaveProperty(
      'src',
      BUILT.qrCode,
    );
    expect(qrCodeDataUrl).not.toHaveBeenCalled();
  });

  it('on the Spanish page, hands out the Spanish quiz, in Spanish words', async () => {
    window.happyDOM.setURL(`${SERVED}/es/counselors/`);
    await renderCard({ ...BUILT, address: 'https://built.example/es/quiz/' }, 'es');
    const link = screen.getByRole('link', { name: `${SERVED}/es/quiz/` });
    expect(link.getAttribute('href')).toBe(`${SERVED}/es/quiz/`);
    expect(
      await screen.findByRole('img', { name: `Código QR que abre ${SERVED}/es/quiz/` }),
    ).toBeDefined();
  });
});
