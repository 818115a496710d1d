// The /answers/ pages from the real content: the short answer first, at least three sources each,
// figures through the headline rule, every claim with a verdict and evidence, and links that resolve;
// in Spanish, the same facts and sources in Spanish words, every link staying in Spanish.
import { renderToStaticMarkup } from 'react-dom/server';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { AnswerPage } from '@/components/answers/answer-page';
import {
  answerMetadata,
  evidenceCitations,
  getAnswerPage,
  getAnswerSlugs,
  getAnswersHub,
  verdictLabel,
  type AnswerPageView,
} from '@/lib/answers';
import { viewHeadline } from '@/lib/citations';
import { countText } from '@/lib/readability';
import { getAnswer, getCheckedClaims, getOccupation, getSources } from '@/lib/content';
import { ANSWER_SLUGS, CLAIM_VERDICTS } from '@/lib/content/vocabulary';
import { sitemapPaths } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

const pages = getAnswerSlugs().map((slug) => getAnswerPage(slug, 'en'));
const spanishPages = getAnswerSlugs().map((slug) => getAnswerPage(slug, 'es'));

function renderAnswer(page: AnswerPageView, locale: 'en' | 'es') {
  const window = new Window();
  window.document.body.innerHTML = renderToStaticMarkup(
    <AnswerPage answer={page} locale={locale} />,
  );
  return window.document;
}
const sourceHrefs = new Set(getSources().map((source) => routes.source(source.id)));

function citationsOf(page: AnswerPageView) {
  return [
    ...page.sections.flatMap((section) => section.evidence.flatMap(evidenceCitations)),
    ...(page.claims ?? []).flatMap((claim) => [
      ...(claim.seenAt ? [claim.seenAt] : []),
      ...claim.evidence.flatMap(evidenceCitations),
    ]),
  ];
}

describe('the answers hub', () => {
  it('lists every fixed question once, in order, each linked with its short answer', () => {
    const hub = getAnswersHub('en');
    expect([...hub.answers.map((answer) => answer.slug)].sort()).toEqual([...ANSWER_SLUGS].sort());
    expect(hub.answers.map((answer) => getAnswer(answer.slug).order)).toEqual(
      hub.answers.map((answer) => getAnswer(answer.slug).order).sort((a, b) => a - b),
    );
    for (const answer of hub.answers) {
      expect(answer.href).toBe(routes.answer(answer.slug));
      expect(answer.shortAnswer).toBe(getAnswer(answer.slug).shortAnswer);
    }
  });

  it('puts the hub in the page list and every answer in the sitemap', () => {
    const paths = sitemapPaths();
    expect(paths).toContain(routes.answers());
    for (const slug of ANSWER_SLUGS) expect(paths).toContain(routes.answer(slug));
  });
});

describe.each(pages.map((page) => [page.slug, page] as const))('/answers/%s/', (slug, page) => {
  it('has a short answer of two or three sentences', () => {
    const { sentences } = countText([page.shortAnswer]);
    expect(sentences).toBeGreaterThanOrEqual(2);
    expect(sentences).toBeLessThanOrEqual(3);
    expect(answerMetadata(slug, 'en')).toMatchObject({
      title: page.title,
      description: page.shortAnswer,
      path: routes.answer(slug),
      locale: 'en',
    });
  });

  it('cites at least three sources, each an entry of the sources page, all listed at the end', () => {
    const citations = citationsOf(page);
    const cited = new Set(citations.map((citation) => citation.href));
    expect(cited.size).toBeGreaterThanOrEqual(3);
    for (const href of cited) expect(sourceHrefs).toContain(href);
    expect(new Set(page.sources.map((source) => source.href))).toEqual(cited);
  });

  it('gives every step and related question an internal address', () => {
    expect(page.whatToDo.length).toBeGreaterThan(0);
    for (const step of page.whatToDo) if (step.link) expect(step.link.href).toMatch(/^\/.*\/$/);
    for (const related of page.related) expect(related.href).toBe(routes.answer(related.slug));
  });
});

describe('figures on the answers', () => {
  it('shows occupation figures as the headline rule picks them', () => {
    const page = getAnswerPage('starting-pay', 'en');
    const headlines = page.sections.flatMap((section) =>
      section.evidence.flatMap((point) => point.headlines.map(({ view }) => view)),
    );
    const coder = getOccupation('29-2072');
    const p10 = viewHeadline(coder, { measure: 'pay-p10', unit: 'usd-per-year' });
    expect(headlines).toContainEqual(p10);
    expect(headlines.map((view) => view.headline.measure)).toEqual(
      expect.arrayContaining(['pay-p10', 'pay-p25']),
    );
    expect(headlines.map((view) => view.headline.measure)).not.toContain('median-pay');
  });

  it("keeps member-survey pay apart from BLS pay, each survey figure cited to AAPC's survey", () => {
    const page = getAnswerPage('starting-pay', 'en');
    const survey = page.sections.find((section) => section.heading === 'What member surveys say');
    expect(survey?.intro?.text).toMatch(/members/);
    expect(survey?.evidence.flatMap((point) => point.headlines)).toEqual([]);
    const figures = survey?.evidence.flatMap((point) => point.figures) ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const { citation } of figures) {
      expect([citation.publisher, citation.citing]).toContain('AAPC');
    }
  });
});

describe('/answers/claims-we-checked/', () => {
  const page = getAnswerPage('claims-we-checked', 'en');

  it('checks at least eight claims, each with a verdict from the list and evidence', () => {
    const claims = page.claims ?? [];
    expect(claims.length).toBeGreaterThanOrEqual(8);
    expect(claims.map((claim) => claim.id)).toEqual(getCheckedClaims().map((claim) => claim.id));
    for (const claim of claims) {
      expect(CLAIM_VERDICTS).toContain(claim.verdict);
      expect(claim.verdictLabel).toBe(verdictLabel(claim.verdict, 'en'));
      expect(claim.why).not.toBe('');
      expect(claim.evidence.length).toBeGreaterThan(0);
      const shown = claim.evidence.flatMap((point) => [
        ...(point.citation ? [point.citation] : []),
        ...point.figures,
        ...point.headlines,
        ...point.notes,
        ...point.certificationFacts,
        ...(point.seeAnswer ? [point.seeAnswer] : []),
      ]);
      expect(shown.length).toBeGreaterThan(0);
    }
  });

  it("links to the answer that holds a claim's evidence instead of repeating it", () => {
    const linked = (page.claims ?? []).flatMap((claim) =>
      claim.evidence.flatMap((point) => (point.seeAnswer ? [point.seeAnswer.href] : [])),
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) {
      expect(pages.map((answer) => routes.answer(answer.slug))).toContain(href);
    }
  });

  it('shows the claims only on the claims page', () => {
    for (const other of pages.filter((candidate) => candidate.slug !== page.slug)) {
      expect(other.claims).toBeUndefined();
    }
  });

  it('renders the short answer before the evidence, and each claim with its verdict in words', () => {
    const document = renderAnswer(page, 'en');
    const intro = document.querySelector('h1')?.nextElementSibling?.textContent ?? '';
    expect(intro).toContain(`Short answer: ${page.shortAnswer}`);
    const items = [...document.querySelectorAll('[data-claims] > li')];
    expect(items).toHaveLength(page.claims?.length ?? 0);
    for (const [index, item] of items.entries()) {
      const claim = page.claims?.[index];
      expect(item.querySelector('h3')?.textContent).toContain(claim?.claim ?? '');
      expect(item.querySelector('[data-verdict]')?.textContent).toBe(
        `Verdict: ${claim?.verdictLabel ?? ''}.`,
      );
    }
  });
});

describe('the answers in Spanish', () => {
  const byLocale = getAnswerSlugs().map((slug, index) => ({
    slug,
    en: pages[index],
    es: spanishPages[index],
  }));

  it('lists the same questions in the same order, in Spanish words, linked under /es/', () => {
    const hub = getAnswersHub('es');
    expect(hub.answers.map((answer) => answer.slug)).toEqual(
      getAnswersHub('en').answers.map((answer) => answer.slug),
    );
    for (const answer of hub.answers) {
      expect(answer.href).toBe(routesFor('es').answer(answer.slug));
      expect(answer.shortAnswer).toBe(getAnswer(answer.slug, 'es').shortAnswer);
      expect(answer.shortAnswer).not.toBe(getAnswer(answer.slug, 'en').shortAnswer);
    }
  });

  it.each(byLocale)(
    '/es/answers/$slug/ shows the same facts in Spanish words',
    ({ slug, en, es }) => {
      expect(es?.title).toBe(getAnswer(slug, 'es').title);
      expect(es?.title).not.toBe(en?.title);
      const { sentences } = countText([es?.shortAnswer ?? '']);
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(3);
      // The same sources and figures, in the same places: only the words differ.
      expect(es?.sources.map((source) => source.id)).toEqual(
        en?.sources.map((source) => source.id),
      );
      const amounts = (page: AnswerPageView | undefined) =>
        page?.sections.map((section) => section.evidence.map((point) => point.figures.length));
      expect(amounts(es)).toEqual(amounts(en));
      expect(answerMetadata(slug, 'es')).toMatchObject({ path: routes.answer(slug), locale: 'es' });
    },
  );

  it.each(byLocale)('/es/answers/$slug/ links and cites only Spanish pages', ({ es }) => {
    if (es === undefined) throw new Error('no Spanish page');
    const hrefs = [
      ...es.whatToDo.flatMap((step) => (step.link ? [step.link.href] : [])),
      ...es.related.map((related) => related.href),
      ...es.sources.map((source) => source.href),
      ...citationsOf(es).map((citation) => citation.href),
      ...[...es.sections, ...(es.claims ?? [])].flatMap((part) =>
        part.evidence.flatMap((point) => [
          ...point.certificationFacts.map((fact) => fact.href),
          ...(point.seeAnswer ? [point.seeAnswer.href] : []),
        ]),
      ),
    ];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/es\//);
    for (const citation of citationsOf(es)) expect(citation.locale).toBe('es');
  });

  it('renders the page in Spanish, each claim with its verdict in Spanish words', () => {
    const page = getAnswerPage('claims-we-checked', 'es');
    const document = renderAnswer(page, 'es');
    const intro = document.querySelector('h1')?.nextElementSibling?.textContent ?? '';
    expect(intro).toContain(`Respuesta corta: ${page.shortAnswer}`);
    expect(intro).toContain('Revisada con sus fuentes el 1 de diciembre de 2026.');
    const claims = page.claims ?? [];
    expect(claims.map((claim) => claim.id)).toEqual(
      getCheckedClaims('en').map((claim) => claim.id),
    );
    const verdicts = [...document.querySelectorAll('[data-verdict]')];
    expect(verdicts.map((verdict) => verdict.textContent)).toEqual(
      claims.map((claim) => `Veredicto: ${verdictLabel(claim.verdict, 'es')}.`),
    );
    expect(verdicts.map((verdict) => verdict.getAttribute('data-verdict'))).toContain('misleading');
    expect(verdictLabel('misleading', 'es')).toBe('Engañoso');
    expect(document.body.textContent).not.toMatch(/Short answer|Verdict:|What to do about it/);
  });
});
