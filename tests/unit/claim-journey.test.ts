import { describe, it, expect } from 'vitest';
import { buildClaimJourney, getClaimJourney } from '@/lib/claim-journey';
import { getMessages } from '@/lib/i18n/messages';

describe('buildClaimJourney', () => {
  const glossary = [
    { slug: 'cpt', term: 'CPT' },
    { slug: 'denial', term: 'Denial' },
  ];
  const step = (id: string, owner: 'coder' | 'biller' | 'payer', terms?: string[]) => ({
    id,
    name: id,
    description: `${id}.`,
    owner,
    terms,
  });
  const denialLoop = {
    from: 'denials',
    to: ['coding', 'claim-submission'],
    resolution: 'the coder fixes the code',
  };
  const journey = buildClaimJourney({
    journey: {
      summary: 'A claim.',
      denialLoop,
      steps: [
        step('coding', 'coder', ['cpt']),
        step('adjudication', 'payer'),
        step('claim-submission', 'biller'),
        step('denials', 'biller', ['denial']),
      ],
    },
    glossary,
  });

  it('numbers the steps from 1 and resolves their glossary terms', () => {
    expect(journey.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(journey.steps[0]?.terms).toEqual([glossary[0]]);
    expect(journey.steps[1]?.terms).toEqual([]);
  });

  it('lists the owners that have steps, in the vocabulary order', () => {
    expect(journey.owners).toEqual(['coder', 'biller', 'payer']);
  });

  it('finds the denial loop and marks the steps it returns to', () => {
    expect(journey.denialLoop.from.id).toBe('denials');
    expect(journey.denialLoop.to.map((s) => s.id)).toEqual(['coding', 'claim-submission']);
    expect(journey.denialLoop.resolution).toBe('the coder fixes the code');
    expect(journey.steps.filter((s) => s.denialReturnsHere).map((s) => s.id)).toEqual([
      'coding',
      'claim-submission',
    ]);
  });

  it('fails loudly on an unknown glossary term or a missing loop step', () => {
    expect(() =>
      buildClaimJourney({
        journey: { summary: '', denialLoop, steps: [step('coding', 'coder', ['nope'])] },
        glossary,
      }),
    ).toThrow(/"nope"/);
    expect(() =>
      buildClaimJourney({
        journey: { summary: '', denialLoop, steps: [step('coding', 'coder')] },
        glossary,
      }),
    ).toThrow(/"denials"/);
  });
});

describe('the claim journey content', () => {
  const journey = getClaimJourney('en');
  const owners = getMessages('en').claimJourney.owners;

  it('has ten steps, each with a named owner', () => {
    expect(journey.steps).toHaveLength(10);
    for (const s of journey.steps) expect(owners[s.owner]).toBeTruthy();
  });

  it('loops a denied claim back from the denials step to coding and claim submission', () => {
    expect(journey.denialLoop.from.id).toBe('denials');
    expect(journey.denialLoop.to.map((s) => s.id)).toEqual(['coding', 'claim-submission']);
  });

  it('gives the coder and the biller steps of their own', () => {
    expect(journey.owners).toEqual(expect.arrayContaining(['coder', 'biller']));
  });
});

describe('the claim journey in Spanish', () => {
  const english = getClaimJourney('en');
  const spanish = getClaimJourney('es');

  it('has the same steps, owners and loop, in Spanish words', () => {
    const shape = (journey: typeof english) =>
      journey.steps.map((s) => [s.id, s.owner, s.terms.map((term) => term.slug)]);
    expect(shape(spanish)).toEqual(shape(english));
    expect(spanish.denialLoop.to.map((s) => s.id)).toEqual(['coding', 'claim-submission']);
    expect(spanish.steps.map((s) => s.name)).toContain('Codificación');
    expect(spanish.summary).not.toBe(english.summary);
  });

  it('names each step’s glossary terms in Spanish, acronyms as they are', () => {
    const terms = new Map(spanish.steps.flatMap((s) => s.terms.map((t) => [t.slug, t.term])));
    expect(terms.get('denial')).toBe('Denegación');
    expect(terms.get('eob')).toBe('EOB');
  });
});
