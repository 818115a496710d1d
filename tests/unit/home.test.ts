// The home page's answer in words and the quiz's length, from the content.
import { describe, expect, it } from 'vitest';
import { getQuizVersions, getRoles } from '@/lib/content';
import { getHomePage, suitsYouIfOf } from '@/lib/home';
import { quizLength } from '@/lib/quiz';
import { getCurrentQuiz } from '@/lib/quiz/server';

describe('quizLength', () => {
  it('rounds questions times seconds per answer to whole minutes', () => {
    expect(quizLength(14, 13)).toEqual({ questions: 14, minutes: 3 });
    expect(quizLength(10, 15)).toEqual({ questions: 10, minutes: 3 });
    expect(quizLength(20, 15)).toEqual({ questions: 20, minutes: 5 });
  });

  it('never says a quiz takes no time', () => {
    expect(quizLength(2, 10).minutes).toBe(1);
  });
});

describe('the home page', () => {
  const home = getHomePage('en');

  it("answers for coding first, then billing, three lines each, in the role files' own words", () => {
    const roles = getRoles();
    expect(home.suitsYouIf.map((answer) => answer.lead)).toEqual([
      'Coding suits you if',
      'Billing suits you if',
    ]);
    home.suitsYouIf.forEach((answer, index) => {
      expect(answer.lines.map((line) => line.text)).toEqual(
        roles[index]?.suitsYouIf.lines.map((line) => line.text),
      );
      expect(answer.lines).toHaveLength(3);
    });
  });

  it('cites the lines that state a fact, and only those', () => {
    for (const role of getRoles()) {
      const view = suitsYouIfOf(role);
      role.suitsYouIf.lines.forEach((line, index) => {
        const citation = view.lines[index]?.citation;
        if (line.source === undefined) expect(citation).toBeUndefined();
        else {
          expect(citation?.href).toBe(`/sources/#${line.source}`);
          expect(citation?.asOf).toBe(line.asOf);
        }
      });
    }
    expect(home.suitsYouIf.flatMap((answer) => answer.lines).some((line) => line.citation)).toBe(
      true,
    );
  });

  it("says the current quiz's question count and minutes from its content", () => {
    const quiz = getCurrentQuiz('en');
    const version = getQuizVersions().find((doc) => doc.version === quiz.version);
    expect(home.quiz).toEqual({
      href: '/quiz/',
      ...quizLength(quiz.questions.length, version?.secondsPerAnswer ?? Number.NaN),
    });
    expect(home.quiz.questions).toBe(quiz.questions.length);
  });
});
