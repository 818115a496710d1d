import { describe, expect, it } from 'vitest';
import { getContentToValidate } from '@/lib/content';
import { formatProblem, validateContent } from '@/lib/content/validate';

/** The real content with its training check changed by `change`; the problems named for it. */
function problemsWith(
  change: (
    doc: NonNullable<ReturnType<typeof getContentToValidate>['trainingCheck']>[number],
  ) => void,
): string[] {
  const content = getContentToValidate();
  const [original] = content.trainingCheck ?? [];
  if (original === undefined) throw new Error('content/training-check.yaml is missing');
  const doc = structuredClone(original);
  change(doc);
  return validateContent({ ...content, trainingCheck: [doc] })
    .filter((problem) => problem.file === 'training-check.yaml')
    .map((problem) => formatProblem(problem));
}

describe('the training check content', () => {
  it('passes as it is', () => {
    expect(problemsWith(() => undefined)).toEqual([]);
  });

  it('names a missing certification, a credential without a fee and an unknown source', () => {
    const problems = problemsWith((doc) => {
      doc.approvals[0]?.certifications.push('cpx');
      doc.cost.examFees.push('cdip');
      const flag = doc.redFlags[0];
      if (flag) flag.source = 'no-such-source';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/approvals\[0\]\.certifications\[\d\]: no certification "cpx"/),
        expect.stringMatching(/cost\.examFees\[\d\]: "cdip" has no exam fee in its file/),
        expect.stringMatching(/redFlags\[0\]\.source: no source "no-such-source"/),
      ]),
    );
  });

  it('names a red flag no question asks about, and a question that points nowhere', () => {
    const problems = problemsWith((doc) => {
      doc.redFlags.push({ ...structuredClone(doc.redFlags[1]!), id: 'unasked' });
      const question = doc.checklist[0]?.questions[0];
      if (question) {
        question.where = 'nowhere';
        delete question.concern;
      }
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/redFlags\[\d\]: "unasked" is asked about by no checklist question/),
        expect.stringMatching(/checklist\[0\]\.questions\[0\]\.where: no place "nowhere"/),
        expect.stringMatching(/checklist\[0\]\.questions\[0\]\.concern: a check needs the concern/),
      ]),
    );
  });

  it('names a repeated id and a place whose address is not https', () => {
    const problems = problemsWith((doc) => {
      const place = doc.whereToCheck[0];
      if (place) place.url = 'http://collegescorecard.ed.gov/';
      const [first, second] = doc.checklist[1]?.questions ?? [];
      if (first && second) second.id = first.id;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /whereToCheck\[0\]\.url: "http:\/\/collegescorecard\.ed\.gov\/" is not an https/,
        ),
        expect.stringMatching(/checklist\[1\]\.questions\[1\]\.id: "\w+" is used twice/),
      ]),
    );
  });
});
