// The Spanish document types, derived from the English ones and lib/content/translated-fields.ts,
// so a Spanish schema cannot drift from its English twin. Used only by contentlayer.config.ts.
// A Spanish field is required where the English one is; an optional English field is checked in
// pairs (present in both or in neither) by validate-translations.ts, which contentlayer cannot do.
import {
  defineDocumentType,
  defineNestedType,
  type DocumentTypeDef,
  type FieldDef,
  type FieldDefs,
  type NestedType,
} from 'contentlayer2/source-files';
import { SPANISH_CONTENT_DIR } from './spanish-dir';
import type { TextFields } from './translated-fields';

type DocumentType = ReturnType<typeof defineDocumentType>;

/** The fields of a nested object, or of each item of a list of nested objects. */
function nestedFieldsOf(field: FieldDef): Record<string, FieldDef> | undefined {
  if (field.type !== 'nested' && field.type !== 'list') return undefined;
  const of: unknown = field.of;
  if (!isNestedType(of)) return undefined;
  const def = typeof of.def === 'function' ? of.def() : of.def;
  return recordOf(def.fields);
}

function isNestedType(value: unknown): value is NestedType {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'nested';
}

function recordOf(fields: FieldDefs | undefined): Record<string, FieldDef> {
  if (Array.isArray(fields))
    throw new Error('spanish-schemas: fields must be an object, not a list');
  return fields ?? {};
}

function textField(
  owner: string,
  name: string,
  english: FieldDef | undefined,
  spec: TextFields[string],
): FieldDef {
  const required = english?.required ?? false;
  if (spec === true) return { type: 'string', required };
  if (spec === 'strings') return { type: 'list', of: { type: 'string' }, required };
  const inner = english ? nestedFieldsOf(english) : undefined;
  if (!english || !inner) {
    throw new Error(`translated-fields: ${owner}.${name} is not a nested field in English`);
  }
  const fields = textFields(`${owner}${name}`, inner, spec);
  const nested = defineNestedType(() => ({
    name: `${owner}${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`,
    fields,
  }));
  if (english.type === 'list') return { type: 'list', of: nested, required };
  // A nested object whose text is all optional (occupationMatch.reason) may be absent in Spanish.
  const someTextRequired = Object.values(fields).some((field) => field.required === true);
  return { type: 'nested', of: nested, required: required && someTextRequired };
}

function textFields(
  owner: string,
  english: Record<string, FieldDef>,
  spec: TextFields,
): Record<string, FieldDef> {
  const fields: Record<string, FieldDef> = {};
  for (const [name, fieldSpec] of Object.entries(spec)) {
    fields[name] = textField(owner, name, english[name], fieldSpec);
  }
  return fields;
}

/**
 * The Spanish twin of an English document type: `es/<pattern>`, holding the fields `spec` names
 * (and, optionally, fields only Spanish has, such as search terms).
 */
/*
 * Never a singleton, even where the English type is one: a missing Spanish file is then reported by
 * validate-translations.ts, naming the file, instead of stopping contentlayer itself.
 */
export function spanishDocumentType(
  english: DocumentType,
  spec: TextFields,
  spanishOnly: TextFields = {},
): DocumentType {
  const def: DocumentTypeDef = typeof english.def === 'function' ? english.def() : english.def;
  const name = `Spanish${def.name}`;
  const fields = textFields(name, recordOf(def.fields), spec);
  for (const [field, fieldSpec] of Object.entries(spanishOnly)) {
    fields[field] = { ...textField(name, field, undefined, fieldSpec), required: true };
  }
  return defineDocumentType(() => ({
    name,
    filePathPattern: `${SPANISH_CONTENT_DIR}/${def.filePathPattern ?? ''}`,
    contentType: def.contentType ?? 'markdown',
    fields,
  }));
}
