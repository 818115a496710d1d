// The try-the-work cases as shipped in content/try/: every case checked on its own, and the validator
// shown to catch each mistake it is there for.
import { describe, expect, it } from 'vitest';
import { getContentToValidate, getSources, getTryCodeList, getTrySet } from '@/lib/content';
import { validateContent, type ContentToValidate } from '@/lib/content/validate';
import { isIcd10CmCode, TRY_OPTIONS } from '@/lib/content/validate-try';
import { TRY_SETS } from '@/lib/content/vocabulary';
import { LOCALES, unlocalizedPath } from '@/lib/i18n';
import { getTrySetView } from '@/lib/try-work/server';

const codeList = getTryCodeList();
const descriptions = new Map(codeList.codes.map(({ code, description }) => [code, description]));
const sourceIds = new Set(getSources().map((source) => source.id));

describe('the ICD-10-CM code list', () => {
  it('has codes in the ICD-10-CM shape, each once, each with its description and a source', () => {
    expect(codeList.codes.length).toBeGreaterThan(0);
    expect(descriptions.size).toBe(codeList.codes.length);
    for (const { code, description } of codeList.codes) {
      expect(isIcd10CmCode(code), code).toBe(true);
      expect(description.trim(), code).not.toBe('');
    }
    expect(sourceIds.has(codeList.source)).toBe(true);
    expect(codeList.fiscalYear).toMatch(/^FY 20\d\d$/);
  });

  it('tells a code from what only looks like one', () => {
    for (const code of ['R05.1', 'J02.0', 'S93.401A', 'E11.65', 'I10', 'J03.00'])
      expect(isIcd10CmCode(code), code).toBe(true);
    for (const code of ['r05.1', '99213', 'R05.', 'R05.12345', 'RR5.1', 'R05-1', ' R05.1'])
      expect(isIcd10CmCode(code), code).toBe(false);
  });
});

describe.each(TRY_SETS)('the %s set', (set) => {
  const doc = getTrySet(set, 'en');

  it('has at least eight cases with distinct ids', () => {
    expect(doc.cases.length).toBeGreaterThanOrEqual(8);
    expect(new Set(doc.cases.map((item) => item.id)).size).toBe(doc.cases.length);
  });

  it.each(doc.cases.map((item) => [item.id, item] as const))('case %s', (_id, item) => {
    const ids = item.options.map((option) => option.id);
    expect(ids).toHaveLength(TRY_OPTIONS);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(item.answer);
    for (const option of item.options) {
      // The answer's reason is the explanation; every other option says why it is not the answer.
      if (option.id === item.answer) expect(option.why, option.id).toBeUndefined();
      else expect(option.why?.trim(), option.id).toBeTruthy();
      if (option.code === undefined) {
        expect(option.label?.trim(), option.id).toBeTruthy();
      } else {
        expect(option.label, option.id).toBeUndefined();
        expect(isIcd10CmCode(option.code), option.code).toBe(true);
        expect(descriptions.get(option.code), option.code).toBeTruthy();
      }
    }
    expect(item.explanation.trim()).not.toBe('');
    expect(item.rule.trim()).not.toBe('');
    expect(item.sources.length).toBeGreaterThan(0);
    for (const source of item.sources) expect(sourceIds.has(source), source).toBe(true);
  });

  it('shows each code with its official description, in English in both languages', () => {
    for (const locale of LOCALES)
      for (const item of getTrySetView(set, locale).cases)
        for (const option of item.options)
          if (option.code !== undefined) expect(option.label).toBe(descriptions.get(option.code));
  });

  it('is the same set in Spanish: the same cases, options, answers, codes and sources', () => {
    const english = getTrySetView(set, 'en');
    const spanish = getTrySetView(set, 'es');
    const shape = (view: typeof english) =>
      view.cases.map((item) => ({
        id: item.id,
        answer: item.answer,
        options: item.options.map((option) => [option.id, option.code, option.why === undefined]),
        // Each language cites the same sources, on its own sources page.
        citations: item.citations.map((citation) => unlocalizedPath(citation.href)),
      }));
    expect(shape(spanish)).toEqual(shape(english));
    expect(spanish.title).not.toBe(english.title);
    for (const [index, item] of spanish.cases.entries()) {
      const twin = english.cases[index];
      expect(item.title).not.toBe(twin?.title);
      expect(item.explanation.text).not.toBe(twin?.explanation.text);
      expect(item.rule.text).not.toBe(twin?.rule.text);
    }
  });
});

it('the coding set offers codes and no CPT code; the billing set offers next steps in words', () => {
  const coding = getTrySet('coding', 'en').cases.flatMap((item) => item.options);
  expect(coding.filter((option) => option.code !== undefined).length).toBeGreaterThan(0);
  const billing = getTrySet('billing', 'en').cases.flatMap((item) => item.options);
  expect(billing.every((option) => option.code === undefined)).toBe(true);
  // CPT codes are five digits (or four and a letter); none may appear anywhere in the cases.
  const text = JSON.stringify(
    LOCALES.flatMap((locale) => TRY_SETS.map((set) => getTrySet(set, locale).cases)),
  );
  expect(text).not.toMatch(/\b\d{4}[0-9FTU]\b/);
});

describe('validation of the try-the-work content', () => {
  it('passes on the shipped content', () => {
    const problems = validateContent(getContentToValidate()).filter((problem) =>
      problem.file.startsWith('try/'),
    );
    expect(problems).toEqual([]);
  });

  /** The shipped content with its first coding case changed, and the problems found in try/. */
  function problemsWith(change: (content: ContentToValidate) => void): string[] {
    const content = structuredClone(getContentToValidate());
    change(content);
    return validateContent(content)
      .filter((problem) => problem.file.startsWith('try/'))
      .map((problem) => `${problem.file} › ${problem.field}: ${problem.message}`);
  }
  const firstCase = (content: ContentToValidate) => {
    const item = content.trySets?.find((doc) => doc.set === 'coding')?.cases[0];
    if (item === undefined) throw new Error('no coding case');
    return item;
  };

  it('names the file and field when an answer is not among the options', () => {
    // The option that was the answer now lacks a why as well: both are reported.
    expect(problemsWith((content) => (firstCase(content).answer = 'nope'))).toEqual([
      'try/sets/coding.yaml › cases[0].answer: "nope" is not one of its options\' ids',
      'try/sets/coding.yaml › cases[0].options[0]: needs a why: the reason it is not the answer',
    ]);
  });

  it('names the file and field when a code is not in the shipped list', () => {
    expect(
      problemsWith((content) => {
        const option = firstCase(content).options[1];
        if (option) option.code = 'A00.0';
      }),
    ).toEqual([
      'try/sets/coding.yaml › cases[0].options[1].code: "A00.0" is not in the code list (content/try/icd10cm-codes.yaml)',
    ]);
  });

  it('names the file and field when an option does not say why it is not the answer', () => {
    expect(
      problemsWith((content) => {
        const option = firstCase(content).options[1];
        if (option) delete option.why;
      }),
    ).toEqual([
      'try/sets/coding.yaml › cases[0].options[1]: needs a why: the reason it is not the answer',
    ]);
  });

  it('names the file and field when a source dangles', () => {
    expect(problemsWith((content) => (firstCase(content).sources = ['no-such-source']))).toEqual([
      'try/sets/coding.yaml › cases[0].sources[0]: no source "no-such-source" (looked in content/sources/)',
    ]);
  });

  it('names the file and field of a code in the wrong shape or without a description', () => {
    expect(
      problemsWith((content) => {
        const list = content.tryCodeLists?.[0];
        if (list === undefined) return;
        list.codes.push({ code: '99213', description: ' ' });
      }),
    ).toEqual([
      `try/icd10cm-codes.yaml › codes[${codeList.codes.length}].code: "99213" is not an ICD-10-CM code`,
      `try/icd10cm-codes.yaml › codes[${codeList.codes.length}].description: is empty`,
    ]);
  });
});
