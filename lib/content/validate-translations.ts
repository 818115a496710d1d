// Checks the Spanish text files against their English twins, which contentlayer cannot: every
// English file of a translated type has its Spanish file (and no Spanish file lacks an English one),
// an optional field is in both or in neither, lists have the same length, and no text is blank.
import type { ContentProblem } from './problems';
import { spanishPathOf } from './localize-paths';
import type { TextFields } from './translated-fields';

/** A generated document as the check reads it: its type, its file, and its fields. */
export interface TranslatableDocument {
  readonly type: string;
  readonly _raw: { readonly sourceFilePath: string };
  readonly [field: string]: unknown;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** Whether an English value holds any of the prose `spec` names (an object may hold none). */
function hasText(value: unknown, spec: TextFields[string]): boolean {
  if (typeof spec !== 'object') return true;
  if (Array.isArray(value)) return value.length > 0;
  return (
    isRecord(value) &&
    Object.entries(spec).some(
      ([name, inner]) => value[name] !== undefined && hasText(value[name], inner),
    )
  );
}

function compareFields(
  english: Readonly<Record<string, unknown>>,
  spanish: Readonly<Record<string, unknown>>,
  spec: TextFields,
  at: string,
  report: (field: string, message: string) => void,
): void {
  for (const [name, fieldSpec] of Object.entries(spec)) {
    const field = `${at}${name}`;
    const [en, es] = [english[name], spanish[name]];
    if (en === undefined && es === undefined) continue;
    if (es === undefined) {
      if (hasText(en, fieldSpec)) report(field, 'is missing (the English file has it)');
      continue;
    }
    if (en === undefined) {
      report(field, 'is here, but the English file has no such field');
      continue;
    }
    if (fieldSpec === true) {
      if (isBlank(es)) report(field, 'is empty');
      continue;
    }
    if (Array.isArray(en) && Array.isArray(es)) {
      if (en.length !== es.length) {
        report(
          field,
          `has ${es.length} item(s); the English file has ${en.length}, in the same order`,
        );
        continue;
      }
      en.forEach((item: unknown, index) => {
        const other: unknown = es[index];
        if (fieldSpec === 'strings') {
          if (isBlank(other)) report(`${field}[${index}]`, 'is empty');
        } else if (isRecord(item) && isRecord(other)) {
          compareFields(item, other, fieldSpec, `${field}[${index}].`, report);
        }
      });
      continue;
    }
    if (typeof fieldSpec === 'object' && isRecord(en) && isRecord(es)) {
      compareFields(en, es, fieldSpec, `${field}.`, report);
    }
  }
}

/** The body of a Markdown document, if it has one. */
function bodyOf(doc: TranslatableDocument): string | undefined {
  const body = doc['body'];
  return isRecord(body) && typeof body['raw'] === 'string' ? body['raw'] : undefined;
}

/**
 * Problems of the Spanish files of each translated type (`spec`: type name → its prose fields),
 * named by the Spanish file and the field.
 */
export function validateTranslations(
  documents: readonly TranslatableDocument[],
  spec: Readonly<Record<string, TextFields>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [typeName, fields] of Object.entries(spec)) {
    const english = documents.filter((doc) => doc.type === typeName);
    const spanish = new Map(
      documents
        .filter((doc) => doc.type === `Spanish${typeName}`)
        .map((doc) => [doc._raw.sourceFilePath, doc]),
    );
    for (const doc of english) {
      const file = spanishPathOf(doc._raw.sourceFilePath);
      const twin = spanish.get(file);
      spanish.delete(file);
      const report = (field: string, message: string) => problems.push({ file, field, message });
      if (twin === undefined) {
        report('(file)', `is missing: the Spanish text of content/${doc._raw.sourceFilePath}`);
        continue;
      }
      compareFields(doc, twin, fields, '', report);
      if (bodyOf(doc)?.trim() && !bodyOf(twin)?.trim()) report('(body)', 'is empty');
    }
    for (const file of spanish.keys()) {
      problems.push({ file, field: '(file)', message: 'has no English file at the same path' });
    }
  }
  return problems;
}
