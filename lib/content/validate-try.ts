// The try-the-work cases (content/try/): every answer is one of its case's options, every code a case
// offers is in the shipped code list, every other option says why it is not the answer, every code in that list has the ICD-10-CM shape and a
// description, and every source exists. Each problem names the file and the field.
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';
import { TRY_SETS } from './vocabulary';

/**
 * The shape of an ICD-10-CM code: a letter, a digit, a letter or digit, then optionally a dot and one
 * to four more letters or digits (E11.65, S93.401A). It says nothing of whether the code exists.
 */
const ICD10CM_CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export function isIcd10CmCode(code: string): boolean {
  return ICD10CM_CODE.test(code);
}

/** The most options a case may show: four keep one case on a phone's screen. */
export const TRY_OPTIONS = 4;

export function validateTryWork(content: ContentToValidate, checks: Checks): void {
  const { report, checkRef, checkRefs, checkEnum } = checks;
  const known = new Set<string>();
  for (const doc of content.tryCodeLists ?? []) {
    checkRef(doc, 'source', doc.source, 'source');
    doc.codes.forEach(({ code, description }, index) => {
      const at = `codes[${index}]`;
      if (!isIcd10CmCode(code)) report(doc, `${at}.code`, `"${code}" is not an ICD-10-CM code`);
      if (known.has(code)) report(doc, `${at}.code`, `"${code}" is listed twice`);
      if (description.trim() === '') report(doc, `${at}.description`, 'is empty');
      known.add(code);
    });
  }
  for (const doc of content.trySets ?? []) {
    checkEnum(doc, 'file name', doc.set, TRY_SETS);
    if (doc.pace.source !== undefined) checkRef(doc, 'pace.source', doc.pace.source, 'source');
    if ((doc.pace.source === undefined) !== (doc.pace.asOf === undefined)) {
      report(doc, 'pace', 'a sourced pace needs both source and asOf');
    }
    const caseIds = new Set<string>();
    doc.cases.forEach((item, index) => {
      const at = `cases[${index}]`;
      if (caseIds.has(item.id)) report(doc, `${at}.id`, `"${item.id}" is used twice`);
      caseIds.add(item.id);
      if (item.options.length !== TRY_OPTIONS) {
        report(doc, `${at}.options`, `has ${item.options.length} options; it needs ${TRY_OPTIONS}`);
      }
      const optionIds = item.options.map((option) => option.id);
      if (new Set(optionIds).size !== optionIds.length) {
        report(doc, `${at}.options`, 'two options share an id');
      }
      if (!optionIds.includes(item.answer)) {
        report(doc, `${at}.answer`, `"${item.answer}" is not one of its options' ids`);
      }
      item.options.forEach((option, optionIndex) => {
        const field = `${at}.options[${optionIndex}]`;
        if ((option.code === undefined) === (option.label === undefined)) {
          report(doc, field, 'needs either a code or a label, not both');
        }
        if (option.id === item.answer && option.why !== undefined) {
          report(doc, `${field}.why`, "is the answer: its reason is the case's explanation");
        }
        if (option.id !== item.answer && option.why === undefined) {
          report(doc, field, 'needs a why: the reason it is not the answer');
        }
        if (option.code !== undefined && !known.has(option.code)) {
          report(
            doc,
            `${field}.code`,
            `"${option.code}" is not in the code list (content/try/icd10cm-codes.yaml)`,
          );
        }
      });
      if (item.sources.length === 0) report(doc, `${at}.sources`, 'needs at least one source');
      checkRefs(doc, `${at}.sources`, item.sources, 'source');
    });
  }
}
