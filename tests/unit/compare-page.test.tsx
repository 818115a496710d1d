// Renders the /compare page to HTML and checks the table against the role files.
import { renderToStaticMarkup } from 'react-dom/server';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ComparePage } from '@/app/_pages/compare';
import { getRoles } from '@/lib/content';

function renderCompare() {
  const window = new Window();
  window.document.body.innerHTML = renderToStaticMarkup(<ComparePage locale="en" />);
  return window.document;
}

describe('/compare', () => {
  const document = renderCompare();
  const roles = getRoles();
  const rowText = (label: string) =>
    [...document.querySelectorAll('tbody tr')].find(
      (row) => row.querySelector('th')?.firstChild?.textContent === label,
    );

  it('has a column per role, in order, linked to its page where the header row shows', () => {
    const headers = [...document.querySelectorAll('thead th[scope="col"]')].slice(1);
    // The link is shown from md up; on a phone the row is for screen readers, with the plain name.
    expect(headers.map((th) => th.querySelector('a')?.textContent)).toEqual(
      roles.map((role) => role.name),
    );
    expect(headers.map((th) => th.querySelector('a')?.getAttribute('href'))).toEqual(
      roles.map((role) => `/roles/${role.slug}/`),
    );
    expect(headers.map((th) => th.querySelector('span')?.textContent)).toEqual(
      roles.map((role) => role.name),
    );
  });

  it('shows every duty and skill of each role in its column', () => {
    for (const [label, field] of [
      ['Daily duties', 'duties'],
      ['Core skills', 'skills'],
    ] as const) {
      const cells = rowText(label)?.querySelectorAll('td') ?? [];
      roles.forEach((role, index) => {
        const text = cells[index]?.textContent ?? '';
        for (const item of role[field]) expect(text).toContain(item);
      });
    }
  });

  it('links the first certification of each role', () => {
    const links = [...(rowText('First certification')?.querySelectorAll('a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(roles.map((role) => `/certifications/${role.firstCertification}/`));
  });

  it('shows one headline median per role, labelled, with a source link', () => {
    const payRow = rowText('Median pay');
    const headlines = [...(payRow?.querySelectorAll('[data-headline]') ?? [])];
    expect(headlines).toHaveLength(2);
    for (const figure of payRow?.querySelectorAll('[data-figure]') ?? []) {
      expect(figure.querySelector('[data-measure-label]')?.textContent).toBe('Median pay');
      expect(figure.textContent).toMatch(/\$[\d,]+ a year/);
      expect(figure.querySelector('a[href^="/sources/#"]')).not.toBeNull();
    }
  });

  it('keeps earlier figures and other sources behind a closed disclosure', () => {
    for (const details of document.querySelectorAll('details')) {
      expect(details.hasAttribute('open')).toBe(false);
      expect(details.querySelector('[data-headline]')).toBeNull();
    }
  });
});
