// Checks that contentlayer cannot: enum values, cross-references between documents, and rules that
// span fields. Each problem names the file and the field, so a broken content file is easy to fix.
import { isTakenJobsPath, routes } from '../routes';
import { isUsStateCode } from '../us-states';
import { periodOrder } from './period';
import { createChecks } from './checks';
import { onetProblems, parseOnetTitlesJson } from './onet';
import type { ContentProblem } from './problems';
import type { ContentToValidate, RawDocument } from './to-validate';
import { validateAnswers } from './validate-answers';
import { validateBlsReleases } from './validate-bls';
import { validateCertifications } from './validate-certifications';
import { validateCounselorKit } from './validate-counselor-kit';
import { validateEditorialChoices } from './validate-choices';
import { validateFirstJob } from './validate-first-job';
import { validateOccupationMatches } from './validate-occupation-match';
import { validatePlanFacts } from './validate-plan';
import { validateQuiz } from './validate-quiz';
import { validateSuitsYouIf } from './validate-roles';
import { validateTryWork } from './validate-try';
import { validateTrainingCheck } from './validate-training-check';
import {
  ANSWER_SLUGS,
  CERTIFICATION_BODIES,
  CERTIFICATION_LEVELS,
  CLAIM_STEP_OWNERS,
  FIGURE_BOUNDS,
  FIGURE_UNITS,
  JOB_FAMILIES,
  JOB_LEVELS,
  JOB_PREVALENCE,
  OCCUPATION_MEASURES,
  ROLE_IDS,
  PUBLISHER_KINDS,
  SOURCE_STANDINGS,
  TRY_SETS,
} from './vocabulary';

export type { ContentToValidate } from './to-validate';
export { formatProblem, type ContentProblem } from './problems';

/** The slug a certification file must have: its acronym in lower case, e.g. CCS-P -> ccs-p. */
export function certificationSlug(acronym: string): string {
  return acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function validateContent(content: ContentToValidate): ContentProblem[] {
  const checks = createChecks(content);
  const { problems, report, checkEnum, checkRef, checkRefs, checkUrl } = checks;
  const checkQuestions = (doc: RawDocument, questions: readonly string[] | undefined) =>
    (questions ?? []).forEach((slug, index) =>
      checkEnum(doc, `questions[${index}]`, slug, ANSWER_SLUGS),
    );

  // Figures and sourced sentences can sit at any depth; contentlayer tags each with its type name.
  const checkNested = (doc: RawDocument, value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => checkNested(doc, item, `${path}[${index}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = Object.fromEntries(Object.entries(value));
    const type = record.type;
    if (typeof type !== 'string') {
      // Contentlayer tags every object it expects with a type. An untagged one is YAML that read a
      // colon inside a list item as a key, e.g. "- Tip: do this" where text was meant.
      report(doc, path, 'is a "key: value" pair where text was expected; put the line in quotes');
      return;
    }
    // A NotPublishedFigure is a figure's place, measure and date without its number.
    const isFigure =
      type === 'Figure' || type === 'OccupationFigure' || type === 'NotPublishedFigure';
    const isOccupationFigure = type === 'OccupationFigure' || type === 'NotPublishedFigure';
    if (isFigure || type === 'SourcedText') {
      const source = record.source;
      if (typeof source === 'string') checkRef(doc, `${path}.source`, source, 'source');
    }
    if (isFigure) {
      if (typeof record.unit === 'string')
        checkEnum(doc, `${path}.unit`, record.unit, FIGURE_UNITS);
      if (typeof record.bound === 'string')
        checkEnum(doc, `${path}.bound`, record.bound, FIGURE_BOUNDS);
      const { value: low, valueMax: high } = record;
      if (typeof low === 'number' && typeof high === 'number' && high < low) {
        report(doc, `${path}.valueMax`, `${high} is below value ${low}`);
      }
    }
    if (isOccupationFigure) {
      if (typeof record.measure === 'string') {
        checkEnum(doc, `${path}.measure`, record.measure, OCCUPATION_MEASURES);
      }
      if (typeof record.place === 'string' && !isUsStateCode(record.place)) {
        report(doc, `${path}.place`, `"${record.place}" is not a two-letter US state code`);
      }
      // The headline rule sorts figures by period, so every occupation figure needs one it can read.
      if (typeof record.asOf === 'string' && periodOrder(record.asOf) === undefined) {
        report(
          doc,
          `${path}.asOf`,
          `"${record.asOf}" is not a period like "May 2025", "2025-35" or "2024" (a qualifier in brackets may follow)`,
        );
      }
    }
    for (const [key, child] of Object.entries(record)) {
      // _raw is contentlayer's file data and body is rendered Markdown: neither is content fields.
      if (key !== '_raw' && key !== 'body') checkNested(doc, child, path ? `${path}.${key}` : key);
    }
  };

  const everyDocument: RawDocument[] = [
    ...content.sources,
    ...content.occupations,
    ...content.blsReleases,
    ...content.certifications,
    ...content.roles,
    ...content.jobTitles,
    ...content.quizVersions,
    ...content.quizOutcomes,
    ...content.glossaryTerms,
    ...content.careerTracks,
    ...content.claimJourney,
    ...content.outlook,
    ...content.lessonPlan,
    ...content.firstJobGuide,
    ...content.entryTitleList,
    ...(content.trainingCheck ?? []),
    ...content.answers,
    ...content.checkedClaims,
    ...(content.planFacts ?? []),
  ];
  for (const doc of everyDocument) checkNested(doc, doc, '');

  for (const doc of content.sources) {
    checkEnum(doc, 'standing', doc.standing, SOURCE_STANDINGS);
    checkEnum(doc, 'publisherKind', doc.publisherKind, PUBLISHER_KINDS);
    checkUrl(doc, 'url', doc.url);
  }

  for (const doc of content.occupations) {
    if (!/^\d{2}-\d{4}$/.test(doc.code)) {
      report(doc, 'file name', `"${doc.code}" is not an occupation code like 29-2072`);
    }
    checkUrl(doc, 'onetUrl', doc.onetUrl);
    checkUrl(doc, 'blsUrl', doc.blsUrl);
    checkUrl(doc, 'oewsUrl', doc.oewsUrl);
  }

  for (const doc of content.certifications) {
    checkEnum(doc, 'issuer', doc.issuer, CERTIFICATION_BODIES);
    doc.roles.forEach((role, index) => checkEnum(doc, `roles[${index}]`, role, ROLE_IDS));
    checkEnum(doc, 'level', doc.level, CERTIFICATION_LEVELS);
    checkUrl(doc, 'officialUrl', doc.officialUrl);
    if (doc.sources.length === 0) report(doc, 'sources', 'lists no source');
    checkRefs(doc, 'sources', doc.sources, 'source');
    if (certificationSlug(doc.acronym) !== doc.slug) {
      report(
        doc,
        'acronym',
        `"${doc.acronym}" needs the file name ${certificationSlug(doc.acronym)}.yaml`,
      );
    }
  }

  for (const doc of content.roles) {
    checkEnum(doc, 'file name', doc.slug, ROLE_IDS);
    checkRef(doc, 'firstCertification', doc.firstCertification, 'certification');
    checkRefs(doc, 'certifications', doc.certifications, 'certification');
    if (!doc.certifications.includes(doc.firstCertification)) {
      report(doc, 'firstCertification', `"${doc.firstCertification}" is not in certifications`);
    }
    checkRef(doc, 'occupation', doc.occupation, 'occupation');
    if (doc.trySet !== undefined) checkEnum(doc, 'trySet', doc.trySet, TRY_SETS);
    checkQuestions(doc, doc.questions);
  }
  for (const doc of content.outlook) checkQuestions(doc, doc.questions);

  for (const doc of content.jobTitles) {
    checkEnum(doc, 'family', doc.family, JOB_FAMILIES);
    checkEnum(doc, 'level', doc.level, JOB_LEVELS);
    checkEnum(doc, 'prevalence', doc.prevalence, JOB_PREVALENCE);
    checkRefs(doc, 'certifications', doc.certifications, 'certification');
    checkRefs(doc, 'nextSteps', doc.nextSteps, 'jobTitle');
    checkRefs(doc, 'related', doc.related, 'jobTitle');
    checkRef(doc, 'occupation', doc.occupation, 'occupation');
    if (isTakenJobsPath(doc.slug)) {
      report(doc, 'slug', `"${doc.slug}" is taken by another page under ${routes.jobs()}`);
    }
    // The finder's "often remote" filter must rest on what the title's own description says.
    if (doc.oftenRemote && !/\bremote/i.test(doc.description)) {
      report(doc, 'oftenRemote', 'is true but the description does not say the work is remote');
    }
  }

  validateCertifications(content, checks);
  validateQuiz(content, checks);
  validateSuitsYouIf(content, checks);
  validateCounselorKit(content, checks);
  validatePlanFacts(content, checks);
  validateBlsReleases(content, checks);
  validateFirstJob(content, checks);
  validateTryWork(content, checks);
  validateTrainingCheck(content, checks);
  validateAnswers(content, checks);

  for (const doc of content.glossaryTerms) {
    checkRefs(doc, 'related', doc.related ?? [], 'glossaryTerm');
    if (doc.source !== undefined) checkRef(doc, 'source', doc.source, 'source');
  }

  for (const doc of content.careerTracks) {
    doc.steps.forEach((step, index) => {
      checkRef(doc, `steps[${index}].jobTitle`, step.jobTitle, 'jobTitle');
      checkRefs(doc, `steps[${index}].certifications`, step.certifications ?? [], 'certification');
    });
  }

  for (const doc of content.claimJourney) {
    doc.steps.forEach((step, index) => {
      checkEnum(doc, `steps[${index}].owner`, step.owner, CLAIM_STEP_OWNERS);
      checkRefs(doc, `steps[${index}].terms`, step.terms ?? [], 'glossaryTerm');
    });
  }

  const onetFileProblems = onetProblems(content.onet.finderOccupations, content.onet.titles);
  problems.push(...onetFileProblems);
  // A damaged titles.json is reported above; the matches are then checked without it.
  const onet = onetFileProblems.length === 0 ? parseOnetTitlesJson(content.onet.titles) : undefined;
  validateOccupationMatches(content, checks, onet);
  problems.push(...validateEditorialChoices(content));
  return problems;
}
