/** One thing wrong in a content file, named so that it is easy to find and fix. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem, contentDir = 'content'): string {
  return `${contentDir}/${problem.file} › ${problem.field}: ${problem.message}`;
}
