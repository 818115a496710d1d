// Checks that contentlayer cannot: enum values, cross-references between documents, and rules that
// span fields. Each problem names the file and the field, so a broken content file is easy to fix.
import { isUsStateCode } from '../us-states';
import { validateEditorialChoices, type OutlookToValidate } from './validate-choices';
import {
  CERTIFICATION_BODIES,
  CERTIFICATION_LEVELS,
  CLAIM_STEP_OWNERS,
  FIGURE_UNITS,
  JOB_FAMILIES,
  JOB_LEVELS,
  JOB_PREVALENCE,
  OCCUPATION_MEASURES,
  QUIZ_OUTCOMES,
  ROLE_IDS,
  SOURCE_STANDINGS,
} from './vocabulary';

/** The part of a generated document the validator reads: enum fields are plain strings here. */
interface RawDocument {
  type: string;
  _raw: { sourceFilePath: string };
}

export interface ContentToValidate {
  sources: (RawDocument & { id: string; url: string; standing: string })[];
  occupations: (RawDocument & {
    code: string;
    onetUrl: string;
    blsUrl: string;
    oewsUrl: string;
    figures: unknown[];
  })[];
  certifications: (RawDocument & {
    slug: string;
    acronym: string;
    issuer: string;
    roles: string[];
    level: string;
    officialUrl: string;
    sources: string[];
  })[];
  roles: (RawDocument & {
    slug: string;
    firstCertification: string;
    certifications: string[];
    occupation: string;
  })[];
  jobTitles: (RawDocument & {
    slug: string;
    family: string;
    level: string;
    prevalence: string;
    certifications: string[];
    nextSteps: string[];
    related: string[];
    occupation: string;
  })[];
  quizVersions: (RawDocument & {
    version: number;
    questions: { type: string; id: string; options: { type: string; id: string }[] }[];
  })[];
  quizOutcomes: (RawDocument & {
    id: string;
    role?: string;
    firstCertification: string;
    jobTitles: string[];
  })[];
  glossaryTerms: (RawDocument & { slug: string; related?: string[]; source?: string })[];
  careerTracks: (RawDocument & {
    steps: { type: string; jobTitle: string; certifications?: string[] }[];
  })[];
  claimJourney: (RawDocument & {
    steps: { type: string; id: string; owner: string; terms?: string[] }[];
    denialLoop: { type: string; from: string; to: string[] };
  })[];
  outlook: (RawDocument & OutlookToValidate)[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem, contentDir = 'content'): string {
  return `${contentDir}/${problem.file} › ${problem.field}: ${problem.message}`;
}

function isOneOf(options: readonly string[], value: string): boolean {
  return options.includes(value);
}

function quoteList(options: readonly string[]): string {
  return options.map((option) => `"${option}"`).join(', ');
}

/** The slug a certification file must have: its acronym in lower case, e.g. CCS-P -> ccs-p. */
export function certificationSlug(acronym: string): string {
  return acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function validateContent(content: ContentToValidate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = {
    source: new Set(content.sources.map((doc) => doc.id)),
    occupation: new Set(content.occupations.map((doc) => doc.code)),
    certification: new Set(content.certifications.map((doc) => doc.slug)),
    role: new Set(content.roles.map((doc) => doc.slug)),
    jobTitle: new Set(content.jobTitles.map((doc) => doc.slug)),
    glossaryTerm: new Set(content.glossaryTerms.map((doc) => doc.slug)),
  };
  type IdKind = keyof typeof ids;
  const folderOf: Record<IdKind, string> = {
    source: 'sources',
    occupation: 'occupations',
    certification: 'certifications',
    role: 'roles',
    jobTitle: 'jobs',
    glossaryTerm: 'glossary',
  };

  const report = (doc: RawDocument, field: string, message: string) =>
    problems.push({ file: doc._raw.sourceFilePath, field, message });

  const checkEnum = (
    doc: RawDocument,
    field: string,
    value: string,
    options: readonly string[],
  ) => {
    if (!isOneOf(options, value)) {
      report(doc, field, `"${value}" is not one of ${quoteList(options)}`);
    }
  };

  const checkRef = (doc: RawDocument, field: string, value: string, kind: IdKind) => {
    if (!ids[kind].has(value)) {
      report(doc, field, `no ${kind} "${value}" (looked in content/${folderOf[kind]}/)`);
    }
  };

  const checkRefs = (doc: RawDocument, field: string, values: readonly string[], kind: IdKind) =>
    values.forEach((value, index) => checkRef(doc, `${field}[${index}]`, value, kind));

  const checkUrl = (doc: RawDocument, field: string, value: string) => {
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(value)) {
      report(doc, field, `"${value}" is not an https:// address`);
    }
  };

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
    if (type === 'Figure' || type === 'OccupationFigure' || type === 'SourcedText') {
      const source = record.source;
      if (typeof source === 'string') checkRef(doc, `${path}.source`, source, 'source');
    }
    if (type === 'Figure' || type === 'OccupationFigure') {
      if (typeof record.unit === 'string')
        checkEnum(doc, `${path}.unit`, record.unit, FIGURE_UNITS);
      const { value: low, valueMax: high } = record;
      if (typeof low === 'number' && typeof high === 'number' && high < low) {
        report(doc, `${path}.valueMax`, `${high} is below value ${low}`);
      }
    }
    if (type === 'OccupationFigure') {
      if (typeof record.measure === 'string') {
        checkEnum(doc, `${path}.measure`, record.measure, OCCUPATION_MEASURES);
      }
      if (typeof record.place === 'string' && !isUsStateCode(record.place)) {
        report(doc, `${path}.place`, `"${record.place}" is not a two-letter US state code`);
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
    ...content.certifications,
    ...content.roles,
    ...content.jobTitles,
    ...content.quizVersions,
    ...content.quizOutcomes,
    ...content.glossaryTerms,
    ...content.careerTracks,
    ...content.claimJourney,
    ...content.outlook,
  ];
  for (const doc of everyDocument) checkNested(doc, doc, '');

  for (const doc of content.sources) {
    checkEnum(doc, 'standing', doc.standing, SOURCE_STANDINGS);
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
  }

  for (const doc of content.jobTitles) {
    checkEnum(doc, 'family', doc.family, JOB_FAMILIES);
    checkEnum(doc, 'level', doc.level, JOB_LEVELS);
    checkEnum(doc, 'prevalence', doc.prevalence, JOB_PREVALENCE);
    checkRefs(doc, 'certifications', doc.certifications, 'certification');
    checkRefs(doc, 'nextSteps', doc.nextSteps, 'jobTitle');
    checkRefs(doc, 'related', doc.related, 'jobTitle');
    checkRef(doc, 'occupation', doc.occupation, 'occupation');
  }

  for (const doc of content.quizVersions) {
    const match = /(?:^|\/)v(\d+)\.yaml$/.exec(doc._raw.sourceFilePath);
    if (!match || Number(match[1]) !== doc.version) {
      report(
        doc,
        'version',
        `${doc.version} does not match the file name (expected v${doc.version}.yaml)`,
      );
    }
    const questionIds = new Set<string>();
    doc.questions.forEach((question, index) => {
      if (questionIds.has(question.id)) {
        report(doc, `questions[${index}].id`, `"${question.id}" is used twice`);
      }
      questionIds.add(question.id);
      if (question.options.length < 2) {
        report(doc, `questions[${index}].options`, 'needs at least two options');
      }
      const optionIds = new Set<string>();
      question.options.forEach((option, optionIndex) => {
        if (optionIds.has(option.id)) {
          report(
            doc,
            `questions[${index}].options[${optionIndex}].id`,
            `"${option.id}" is used twice`,
          );
        }
        optionIds.add(option.id);
      });
    });
  }

  for (const doc of content.quizOutcomes) {
    checkEnum(doc, 'file name', doc.id, QUIZ_OUTCOMES);
    if (doc.role !== undefined) checkRef(doc, 'role', doc.role, 'role');
    checkRef(doc, 'firstCertification', doc.firstCertification, 'certification');
    checkRefs(doc, 'jobTitles', doc.jobTitles, 'jobTitle');
  }

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

  problems.push(...validateEditorialChoices(content));
  return problems;
}
