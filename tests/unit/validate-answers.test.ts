// The answers' and checked claims' validation: each broken file is named with its field.
import { describe, expect, it } from 'vitest';
import { createChecks } from '@/lib/content/checks';
import { formatProblem } from '@/lib/content/problems';
import type { ContentToValidate, EvidenceToValidate } from '@/lib/content/to-validate';
import { validateAnswers } from '@/lib/content/validate-answers';
import { emptyContent } from '../fixtures/content/empty';

const raw = (sourceFilePath: string) => ({ _raw: { sourceFilePath } });
const source = (id: string) => ({
  ...raw(`sources/${id}.yaml`),
  type: 'Source',
  id,
  url: `https://example.org/${id}`,
  standing: 'primary',
  publisherKind: 'government',
});
const sourced = (id: string): EvidenceToValidate => ({
  type: 'AnswerEvidence',
  text: 'A fact in words.',
  source: id,
  asOf: '2025',
});

const claim = (id: string, extra: Partial<ContentToValidate['checkedClaims'][number]> = {}) => ({
  ...raw(`answers/claims/${id}.yaml`),
  type: 'CheckedClaim',
  id,
  claim: 'A claim people make.',
  verdict: 'false',
  why: 'Because the source says otherwise.',
  evidence: [sourced('bls')],
  ...extra,
});

type AnswerDoc = ContentToValidate['answers'][number];
const answer = (slug: string, extra: Partial<AnswerDoc> = {}): AnswerDoc => ({
  ...raw(`answers/${slug}.yaml`),
  type: 'Answer',
  slug,
  shortAnswer: 'Not soon. People still check the work.',
  order: 1,
  sections: [
    {
      type: 'AnswerSection',
      heading: 'Evidence',
      evidence: [sourced('bls'), sourced('aapc'), sourced('ahima')],
    },
  ],
  whatToDo: [
    {
      type: 'AnswerStep',
      text: 'Make a plan.',
      link: { type: 'AnswerLink', text: 'Plan', page: 'plan' },
    },
  ],
  related: ['offshoring'],
  ...extra,
});

/** Only what the answers' checks read; every other list is empty or minimal. */
function answersContent(): ContentToValidate {
  return {
    ...emptyContent(),
    sources: [source('bls'), source('aapc'), source('ahima')],
    occupations: [
      {
        ...raw('occupations/29-2072.yaml'),
        type: 'Occupation',
        code: '29-2072',
        onetUrl: 'https://www.onetonline.org/',
        blsUrl: 'https://www.bls.gov/ooh/',
        oewsUrl: 'https://www.bls.gov/oes/',
        figures: [{ type: 'OccupationFigure', measure: 'pay-p10', unit: 'usd-per-year' }],
      },
    ],
    answers: [answer('ai')],
    checkedClaims: [claim('two-million-jobs')],
  };
}

function problemsOf(content: ContentToValidate): string[] {
  const checks = createChecks(content);
  validateAnswers(content, checks);
  return checks.problems.map((problem) => formatProblem(problem));
}

describe('validateAnswers', () => {
  it('passes an answer with a short answer, three sources and a linked step', () => {
    expect(problemsOf(answersContent())).toEqual([]);
  });

  it('names a claim with a verdict outside the list, and one without evidence', () => {
    const content = answersContent();
    content.checkedClaims = [
      claim('two-million-jobs', { verdict: 'maybe' }),
      claim('six-figures', { evidence: [] }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/answers/claims/two-million-jobs.yaml › verdict: "maybe" is not one of "true", "partly-true", "misleading", "false", "outdated"',
      'content/answers/claims/six-figures.yaml › evidence: is empty: a verdict needs evidence',
    ]);
  });

  it('names a dangling source id, and evidence with a source but no date', () => {
    const content = answersContent();
    content.checkedClaims = [
      claim('two-million-jobs', {
        evidence: [sourced('nobody'), { type: 'AnswerEvidence', text: 'A fact.', source: 'bls' }],
      }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/answers/claims/two-million-jobs.yaml › evidence[0].source: no source "nobody" (looked in content/sources/)',
      'content/answers/claims/two-million-jobs.yaml › evidence[1]: needs both source and asOf, or neither',
    ]);
  });

  it('refuses an amount typed into text, and a fact without a source', () => {
    const content = answersContent();
    content.answers = [
      answer('ai', {
        shortAnswer: 'Coders earn $50,000. Most work from home.',
        sections: [
          {
            type: 'AnswerSection',
            heading: 'Evidence',
            evidence: [
              sourced('bls'),
              sourced('aapc'),
              sourced('ahima'),
              { type: 'AnswerEvidence', text: 'Half of coders work remotely, at 55%.' },
            ],
          },
        ],
      }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/answers/ai.yaml › shortAnswer: has an amount or a percentage; give it as a figure, with its source',
      'content/answers/ai.yaml › sections[0].evidence[3].text: has an amount or a percentage; give it as a figure, with its source',
      'content/answers/ai.yaml › sections[0].evidence[3].text: states a fact without a source; add source and asOf',
    ]);
  });

  it('accepts a quoted number in a claim only with where it was seen', () => {
    const content = answersContent();
    content.checkedClaims = [
      claim('ama-shortage', { claim: 'The AMA reports a 30% shortage.' }),
      claim('ama-shortage-seen', {
        claim: 'The AMA reports a 30% shortage.',
        seenAt: { type: 'ClaimSeenAt', source: 'aapc', asOf: 'undated' },
      }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/answers/claims/ama-shortage.yaml › claim: has an amount or a percentage; give it as a figure, with its source',
    ]);
  });

  it('wants a short answer of two or three sentences, and at least three sources', () => {
    const content = answersContent();
    content.answers = [
      answer('ai', {
        shortAnswer: 'No.',
        sections: [{ type: 'AnswerSection', heading: 'Evidence', evidence: [sourced('bls')] }],
      }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/answers/ai.yaml › shortAnswer: has 1 sentences; give 2 or 3',
      'content/answers/ai.yaml › sections: cites 1 sources; an answer needs at least 3',
    ]);
  });

  it('checks the slug, the related answers and each step link target', () => {
    const content = answersContent();
    content.answers = [
      answer('robots', {
        related: ['robots', 'nowhere'],
        whatToDo: [
          { type: 'AnswerStep', text: 'Two places.', link: { type: 'AnswerLink', text: 'x' } },
          {
            type: 'AnswerStep',
            text: 'A missing credential.',
            link: { type: 'AnswerLink', text: 'x', certification: 'cpx' },
          },
        ],
      }),
    ];
    expect(problemsOf(content)).toEqual([
      expect.stringMatching(/^content\/answers\/robots\.yaml › file name: "robots" is not one of/),
      'content/answers/robots.yaml › whatToDo[0].link: needs exactly one of page, answer or certification',
      'content/answers/robots.yaml › whatToDo[1].link.certification: no certification "cpx" (looked in content/certifications/)',
      expect.stringMatching(
        /^content\/answers\/robots\.yaml › related\[0\]: "robots" is not one of/,
      ),
      'content/answers/robots.yaml › related[0]: is the answer itself',
      expect.stringMatching(
        /^content\/answers\/robots\.yaml › related\[1\]: "nowhere" is not one of/,
      ),
    ]);
  });

  it('checks that referred figures, notes and roles exist', () => {
    const content = answersContent();
    content.checkedClaims = [
      claim('six-figures', {
        evidence: [
          {
            type: 'AnswerEvidence',
            occupationFigures: [
              {
                type: 'OccupationFigureRef',
                occupation: '29-2072',
                measure: 'pay-p90',
                unit: 'usd-per-year',
              },
              {
                type: 'OccupationFigureRef',
                occupation: '99-9999',
                measure: 'pay-p10',
                unit: 'usd-per-year',
              },
            ],
            roleFigures: [{ type: 'RoleFigureRef', role: 'coder', label: 'Average salary' }],
            occupationNotes: [{ type: 'OccupationNoteRef', occupation: '29-2072', source: 'bls' }],
          },
        ],
      }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/answers/claims/six-figures.yaml › evidence[0].occupationFigures[0]: occupation 29-2072 has no national pay-p90 figure in usd-per-year',
      'content/answers/claims/six-figures.yaml › evidence[0].occupationFigures[1].occupation: no occupation "99-9999" (looked in content/occupations/)',
      'content/answers/claims/six-figures.yaml › evidence[0].roleFigures[0].role: no role "coder" (looked in content/roles/)',
      'content/answers/claims/six-figures.yaml › evidence[0].occupationNotes[0].source: occupation 29-2072 has no note from "bls"',
    ]);
  });

  it('wants at least eight claims on the claims page', () => {
    const content = answersContent();
    content.answers = [answer('claims-we-checked')];
    expect(problemsOf(content)).toEqual([
      'content/answers/claims-we-checked.yaml › file: content/answers/claims/ has 1 claims; the page checks at least 8',
    ]);
  });
});
