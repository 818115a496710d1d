// Runs after `contentlayer2 build`: checks enums and cross-references, and fails the build naming the
// file and field of each problem.
import {
  allCareerTracks,
  allCertifications,
  allGlossaryTerms,
  allJobTitles,
  allOccupations,
  allQuizOutcomes,
  allQuizVersions,
  allRoles,
  allSources,
  claimJourney,
  outlook,
} from 'contentlayer/generated';
import { formatProblem, validateContent } from '../lib/content/validate';

const problems = validateContent({
  sources: allSources,
  occupations: allOccupations,
  certifications: allCertifications,
  roles: allRoles,
  jobTitles: allJobTitles,
  quizVersions: allQuizVersions,
  quizOutcomes: allQuizOutcomes,
  glossaryTerms: allGlossaryTerms,
  careerTracks: allCareerTracks,
  claimJourney: claimJourney === undefined ? [] : [claimJourney],
  outlook: outlook === undefined ? [] : [outlook],
});

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s).`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('Content check passed: enums and cross-references are valid.');
