// The checks every validator section uses. Each problem names the file and the field.
import type { ContentProblem } from './problems';
import type { ContentToValidate, RawDocument } from './to-validate';

/** The documents a reference can point at, and the folder each lives in. */
const FOLDERS = {
  source: 'sources',
  occupation: 'occupations',
  certification: 'certifications',
  role: 'roles',
  jobTitle: 'jobs',
  glossaryTerm: 'glossary',
} as const;

export type IdKind = keyof typeof FOLDERS;

export interface Checks {
  problems: ContentProblem[];
  report(doc: RawDocument, field: string, message: string): void;
  checkEnum(doc: RawDocument, field: string, value: string, options: readonly string[]): void;
  checkRef(doc: RawDocument, field: string, value: string, kind: IdKind): void;
  checkRefs(doc: RawDocument, field: string, values: readonly string[], kind: IdKind): void;
  checkUrl(doc: RawDocument, field: string, value: string): void;
}

function quoteList(options: readonly string[]): string {
  return options.map((option) => `"${option}"`).join(', ');
}

export function createChecks(content: ContentToValidate): Checks {
  const problems: ContentProblem[] = [];
  const ids: Record<IdKind, Set<string>> = {
    source: new Set(content.sources.map((doc) => doc.id)),
    occupation: new Set(content.occupations.map((doc) => doc.code)),
    certification: new Set(content.certifications.map((doc) => doc.slug)),
    role: new Set(content.roles.map((doc) => doc.slug)),
    jobTitle: new Set(content.jobTitles.map((doc) => doc.slug)),
    glossaryTerm: new Set(content.glossaryTerms.map((doc) => doc.slug)),
  };
  const report = (doc: RawDocument, field: string, message: string) => {
    problems.push({ file: doc._raw.sourceFilePath, field, message });
  };
  const checkRef = (doc: RawDocument, field: string, value: string, kind: IdKind) => {
    if (!ids[kind].has(value)) {
      report(doc, field, `no ${kind} "${value}" (looked in content/${FOLDERS[kind]}/)`);
    }
  };
  return {
    problems,
    report,
    checkEnum(doc, field, value, options) {
      if (!options.includes(value)) {
        report(doc, field, `"${value}" is not one of ${quoteList(options)}`);
      }
    },
    checkRef,
    checkRefs(doc, field, values, kind) {
      values.forEach((value, index) => checkRef(doc, `${field}[${index}]`, value, kind));
    },
    checkUrl(doc, field, value) {
      if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(value)) {
        report(doc, field, `"${value}" is not an https:// address`);
      }
    },
  };
}
