// A document in a language: the English document with the Spanish prose of its twin under
// content/es/ laid over it, so pages and features see one shape in both languages. Only strings
// are replaced, at the places the Spanish file has them; numbers, ids and links stay the English
// file's, which is why they are written once.
import { allDocuments, type DocumentTypes } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { spanishPathOf } from './localize-paths';
import { SPANISH_CONTENT_DIR } from './spanish-dir';

/** What every generated document has: its path under content/. */
export interface ContentDocument {
  _raw: { sourceFilePath: string };
}

/** Keys contentlayer adds to every document: never laid over the English ones. */
const DOCUMENT_KEYS = new Set(['_id', '_raw', 'type']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` has the same shape as `base` (checked at run time, not assumed). */
function hasShapeOf<T>(base: T, value: unknown): value is T {
  if (typeof base !== typeof value) return false;
  if (Array.isArray(base)) return Array.isArray(value) && value.length === base.length;
  if (isRecord(base)) {
    return isRecord(value) && Object.keys(base).every((key) => key in value);
  }
  return true;
}

/**
 * `base` with every string that `text` has at the same place replaced by it. Lists are laid over
 * item by item (validation makes their lengths equal); anything else in `text` is ignored.
 */
export function overlayText<T>(base: T, text: unknown): T {
  if (typeof base === 'string') return hasShapeOf(base, text) ? text : base;
  if (Array.isArray(base)) {
    if (!Array.isArray(text) || text.length !== base.length) return base;
    const items: unknown[] = base.map((item: unknown, index) => overlayText(item, text[index]));
    return hasShapeOf(base, items) ? items : base;
  }
  if (!isRecord(base) || !isRecord(text)) return base;
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    merged[key] = DOCUMENT_KEYS.has(key) || !(key in text) ? value : overlayText(value, text[key]);
  }
  return hasShapeOf(base, merged) ? merged : base;
}

const spanishByEnglishPath = new Map<string, DocumentTypes>(
  allDocuments
    .filter((doc) => doc._raw.sourceFilePath.startsWith(`${SPANISH_CONTENT_DIR}/`))
    .map((doc) => [doc._raw.sourceFilePath.slice(SPANISH_CONTENT_DIR.length + 1), doc]),
);

/** The Spanish text document of an English one, if its file exists. */
export function spanishTextOf(doc: ContentDocument): DocumentTypes | undefined {
  return spanishByEnglishPath.get(doc._raw.sourceFilePath);
}

/** The document in `locale`. A missing Spanish file is a build error, never a silent English page. */
export function localize<T extends ContentDocument>(doc: T, locale: Locale): T {
  if (locale === 'en') return doc;
  const text = spanishTextOf(doc);
  if (!text) {
    throw new Error(`content/${spanishPathOf(doc._raw.sourceFilePath)} is missing`);
  }
  return overlayText(doc, text);
}

/** Each document in `locale`. */
export function localizeAll<T extends ContentDocument>(docs: readonly T[], locale: Locale): T[] {
  return docs.map((doc) => localize(doc, locale));
}
