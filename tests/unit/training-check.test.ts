import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { MAX_READING_GRADE, readingGrade } from '@/lib/readability';
import {
  answerLabel,
  answersReducer,
  checklistQuestions,
  decodeAnswers,
  encodeAnswers,
  outcomeOf,
  summarize,
  summarySentences,
  type Answers,
  type Checklist,
} from '@/lib/training-check';
import { getTrainingCheckPage } from '@/lib/training-check/server';
import fixture from '../fixtures/training-check/checklist.json';

const checklist: Checklist = fixture;
const [exam, remoteJob, weeks] = checklistQuestions(checklist);
const english = getMessages('en').trainingCheck.checklist;
const spanish = getMessages('es').trainingCheck.checklist;
const sentencesIn = (summary: ReturnType<typeof summarize>) =>
  summarySentences(summary, english.counts, 'en');

describe('outcomeOf', () => {
  it('worries on "yes" to a red flag and on "no" to a check', () => {
    expect(remoteJob && outcomeOf(remoteJob, 'yes')).toBe('worry');
    expect(remoteJob && outcomeOf(remoteJob, 'no')).toBe('fine');
    expect(exam && outcomeOf(exam, 'no')).toBe('worry');
    expect(exam && outcomeOf(exam, 'yes')).toBe('fine');
  });

  it('leaves "Not sure" and no answer open', () => {
    expect(exam && outcomeOf(exam, 'unsure')).toBe('open');
    expect(weeks && outcomeOf(weeks, null)).toBe('open');
  });
});

describe('summarize', () => {
  it('names the red flags seen, the checks that went badly and what is still open', () => {
    const summary = summarize(checklist, { exam: 'no', 'remote-job': 'yes', weeks: 'unsure' });
    expect(summary.verdictId).toBe('redFlags');
    expect(summary.verdict.title).toBe('Stop and check');
    expect(summary.redFlags.map((result) => result.question.id)).toEqual(['remote-job']);
    expect(summary.concerns.map((result) => result.question.id)).toEqual(['exam']);
    expect(summary.open.map((result) => result.question.id)).toEqual(['weeks', 'scorecard']);
    expect(summary.answered).toBe(3);
    expect(summary.total).toBe(4);
  });

  it('lists what to ask next for every worrying or open answer, in checklist order', () => {
    const summary = summarize(checklist, { scorecard: 'no', 'remote-job': 'no', exam: 'unsure' });
    expect(summary.nextSteps).toEqual([
      { ask: 'Which exam does this course prepare me for?' },
      { ask: 'How long do most students take?' },
      {
        ask: 'Look up the school on College Scorecard.',
        where: { name: 'College Scorecard', url: 'https://collegescorecard.ed.gov/' },
      },
    ]);
  });

  it('gives the record of every answer in words, in either language', () => {
    const summary = summarize(checklist, { exam: 'yes', weeks: 'unsure' });
    const record = (labels: typeof english) =>
      summary.results.map((result) => answerLabel(result.answer, labels));
    expect(record(english)).toEqual(['Yes', 'No answer', 'Not sure', 'No answer']);
    expect(record(spanish)).toEqual(['Sí', 'Sin respuesta', 'No sé', 'Sin respuesta']);
  });

  it('picks the headline by the worst thing seen: red flag, then a check, then an open one', () => {
    const verdict = (answers: Answers) => summarize(checklist, answers).verdictId;
    const allFine: Answers = { exam: 'yes', 'remote-job': 'no', weeks: 'no', scorecard: 'yes' };
    expect(verdict(allFine)).toBe('clear');
    expect(verdict({ ...allFine, scorecard: 'unsure' })).toBe('open');
    expect(verdict({ ...allFine, scorecard: 'no', weeks: 'unsure' })).toBe('concerns');
    expect(verdict({ ...allFine, scorecard: 'no', weeks: 'yes' })).toBe('redFlags');
    expect(verdict({})).toBe('open');
    expect(summarize(checklist, allFine).nextSteps).toEqual([]);
  });
});

describe('summarySentences', () => {
  it('counts in plain sentences, singular and plural', () => {
    expect(sentencesIn(summarize(checklist, { 'remote-job': 'yes' }))).toEqual([
      'You answered 1 of 4 questions.',
      'You saw 1 red flag.',
      '3 questions are still open.',
    ]);
    const many = summarize(checklist, {
      exam: 'no',
      scorecard: 'no',
      'remote-job': 'yes',
      weeks: 'yes',
    });
    expect(sentencesIn(many)).toEqual([
      'You answered 4 of 4 questions.',
      'You saw 2 red flags.',
      '2 checks did not go well.',
    ]);
    const oneOpen = summarize(checklist, { exam: 'yes', 'remote-job': 'no', weeks: 'no' });
    expect(sentencesIn(oneOpen)).toEqual([
      'You answered 3 of 4 questions.',
      'You saw no red flags.',
      '1 question is still open.',
    ]);
  });

  it('read at grade 8 or below, whatever the answers', () => {
    const answers = fc.dictionary(
      fc.constantFrom('exam', 'remote-job', 'weeks', 'scorecard'),
      fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
    );
    fc.assert(
      fc.property(answers, (given) => {
        const grade = readingGrade(sentencesIn(summarize(checklist, given)));
        expect(grade).toBeLessThanOrEqual(MAX_READING_GRADE);
      }),
    );
  });
});

describe('summarySentences in Spanish', () => {
  it('counts in Spanish, singular and plural', () => {
    const say = (answers: Answers) =>
      summarySentences(summarize(checklist, answers), spanish.counts, 'es');
    expect(say({ 'remote-job': 'yes' })).toEqual([
      'Respondió 1 de 4 preguntas.',
      'Vio 1 señal de alerta.',
      '3 preguntas siguen pendientes.',
    ]);
    expect(say({ exam: 'no', scorecard: 'no', 'remote-job': 'yes', weeks: 'yes' })).toEqual([
      'Respondió 4 de 4 preguntas.',
      'Vio 2 señales de alerta.',
      '2 revisiones no salieron bien.',
    ]);
    expect(say({ exam: 'no', 'remote-job': 'no', weeks: 'no' })).toEqual([
      'Respondió 3 de 4 preguntas.',
      'No vio señales de alerta.',
      '1 revisión no salió bien.',
      '1 pregunta sigue pendiente.',
    ]);
  });
});

describe('answersReducer', () => {
  it('sets, changes and clears answers, and keeps the same state for the same answer', () => {
    const first = answersReducer({}, { type: 'answer', question: 'exam', answer: 'yes' });
    expect(first).toEqual({ exam: 'yes' });
    expect(answersReducer(first, { type: 'answer', question: 'exam', answer: 'yes' })).toBe(first);
    expect(answersReducer(first, { type: 'answer', question: 'exam', answer: 'no' })).toEqual({
      exam: 'no',
    });
    expect(answersReducer(first, { type: 'clear' })).toEqual({});
    expect(answersReducer({}, { type: 'restore', answers: first })).toBe(first);
  });
});

describe('the address codec', () => {
  it('writes answered questions in checklist order and reads them back', () => {
    const answers: Answers = { scorecard: 'unsure', exam: 'no', 'remote-job': 'yes' };
    const fragment = encodeAnswers(checklist, answers);
    expect(fragment).toBe('#check=exam:n,remote-job:y,scorecard:u');
    expect(decodeAnswers(checklist, fragment)).toEqual(answers);
    expect(encodeAnswers(checklist, {})).toBe('');
  });

  it('skips unknown questions and answers, and reads other fragments as no answers', () => {
    expect(decodeAnswers(checklist, '#check=exam:n,gone:y,weeks:x,remote-job:y:y')).toEqual({
      exam: 'no',
    });
    expect(decodeAnswers(checklist, '#approval-heading')).toEqual({});
    expect(decodeAnswers(checklist, '')).toEqual({});
  });

  it('never throws, and reads back what it wrote', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => decodeAnswers(checklist, `#check=${text}`)).not.toThrow();
      }),
    );
    const answers = fc.dictionary(
      fc.constantFrom('exam', 'remote-job', 'weeks', 'scorecard'),
      fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
    );
    fc.assert(
      fc.property(answers, (given) => {
        expect(decodeAnswers(checklist, encodeAnswers(checklist, given))).toEqual(given);
      }),
    );
  });
});

describe('the page from the content', () => {
  const page = getTrainingCheckPage('en');

  it("reads each exam's own rule and fee from its certification", () => {
    const cpc = page.approvals.flatMap((approval) => approval.exams).find((e) => e.slug === 'cpc');
    expect(cpc?.fact.text).toMatch(/AAPC sets no minimum of work/);
    expect(page.cost.examFees.map((fee) => fee.acronym)).toEqual(['CPC', 'CCA']);
    expect(page.cost.examFees[0]?.fact.text).toBe('$425 to $499');
    expect(page.length.apprenticeRules[0]?.fact).toMatch(/80-hour coding course/);
  });

  it('asks about every red flag in the checklist, and lists the questions to ask', () => {
    const flagged = checklistQuestions(page.checklist).flatMap((q) => q.redFlag?.name ?? []);
    expect(flagged).toEqual(page.redFlags.map((flag) => flag.name));
    expect(page.questionsToAsk.length).toBeGreaterThan(5);
  });

  it('says every summary in plain words, even with every answer worrying', () => {
    const questions = checklistQuestions(page.checklist);
    const worst: Answers = Object.fromEntries(
      questions.map((q) => [q.id, q.redFlag ? ('yes' as const) : ('no' as const)]),
    );
    for (const answers of [worst, {}]) {
      const summary = summarize(page.checklist, answers);
      const blocks = [
        summary.verdict.text,
        sentencesIn(summary).join(' '),
        ...summary.redFlags.map(
          ({ question }) => `${question.redFlag?.name}. ${question.redFlag?.why}`,
        ),
        ...summary.concerns.map(({ question }) => question.concern ?? ''),
        ...summary.nextSteps.map((step) => step.ask),
      ];
      expect(readingGrade(blocks)).toBeLessThanOrEqual(MAX_READING_GRADE);
    }
  });
});

describe('the page in Spanish', () => {
  const en = getTrainingCheckPage('en');
  const es = getTrainingCheckPage('es');

  it('asks the same questions in the same order, in Spanish words', () => {
    const ids = (page: typeof en) => checklistQuestions(page.checklist).map((q) => q.id);
    expect(ids(es)).toEqual(ids(en));
    const [first] = checklistQuestions(es.checklist);
    expect(first?.prompt).toMatch(/^¿El curso dice para qué examen le prepara/);
    expect(es.checklist.verdicts.redFlags.title).toBe('Deténgase y revise antes de pagar');
    // A link made in Spanish decodes the same on the English page: the codec knows only ids.
    const answers: Answers = { exam: 'no', 'remote-job': 'yes', scorecard: 'unsure' };
    expect(decodeAnswers(en.checklist, encodeAnswers(es.checklist, answers))).toEqual(answers);
  });

  it('keeps the figures and fees, in Spanish words, and links and cites Spanish pages', () => {
    expect(es.cost.examFees.map((fee) => fee.acronym)).toEqual(['CPC', 'CCA']);
    expect(es.cost.examFees.map((fee) => fee.href)).toEqual([
      '/es/certifications/cpc/',
      '/es/certifications/cca/',
    ]);
    expect(es.cost.communityCollege.map((figure) => figure.citation.href)).toEqual(
      en.cost.communityCollege.map((figure) => `/es${figure.citation.href}`),
    );
    expect(es.redFlags.flatMap((flag) => flag.readMore?.href ?? [])).toEqual(
      en.redFlags.flatMap((flag) => (flag.readMore ? `/es${flag.readMore.href}` : [])),
    );
    expect(es.redFlags[0]?.readMore?.label).toBe('¿Puede trabajar desde casa?');
    const citations = [
      ...es.length.facts.map((fact) => fact.citation),
      ...es.whereToCheck.flatMap((place) => place.facts.map((fact) => fact.citation)),
    ];
    for (const citation of citations) expect(citation.locale).toBe('es');
  });
});
