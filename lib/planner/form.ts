// The plan form's fields: each question is a field named by its id, whose value is an option id.
import type { PlanQuestion } from './v1/questions';

/** A question's option number for a field's value, or null when it is empty or unknown. */
export function choicesFromForm(
  version: { questions: readonly PlanQuestion[] },
  valueOf: (questionId: string) => string | null,
): (number | null)[] {
  return version.questions.map((question) => {
    const index = question.options.findIndex((option) => option.id === valueOf(question.id));
    return index === -1 ? null : index;
  });
}

/** Which path a "?path=" prefill names, if it is one of the form's paths. */
export function prefilledPath(search: string): 'coding' | 'billing' | null {
  const path = new URLSearchParams(search).get('path');
  return path === 'coding' || path === 'billing' ? path : null;
}
