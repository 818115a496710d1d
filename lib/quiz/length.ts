// How long the quiz takes, as the site says it: "14 questions, about 3 minutes".

export interface QuizLength {
  questions: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

/** The quiz's length from its question count and the content's seconds per answer. */
export function quizLength(questions: number, secondsPerAnswer: number): QuizLength {
  return { questions, minutes: Math.max(1, Math.round((questions * secondsPerAnswer) / 60)) };
}
