// Runs after `contentlayer2 build`: checks enums and cross-references, and fails the build naming the
// file and field of each problem. `npm run dev` runs it again whenever the content changes.
import {
  formatProblem,
  getContentToValidate,
  getTranslationProblems,
  validateContent,
} from '../lib/content';

const problems = [...validateContent(getContentToValidate()), ...getTranslationProblems()];

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s).`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(
  'Content check passed: enums, cross-references and the Spanish text of every translated file are valid.',
);
