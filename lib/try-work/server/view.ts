import { cite, citeEdition } from '../../citations';
import { getTryCodeList, getTrySet, type TryCase } from '../../content';
import { linkGlossaryTerms } from '../../glossary';
import { TRY_SETS, type TrySetId } from '../../content/vocabulary';
import type { Locale } from '../../i18n';
import type { TryCaseView, TryOptionView, TrySetView } from '../types';

export { TRY_SETS };

export function otherTrySet(set: TrySetId): TrySetId {
  return set === 'coding' ? 'billing' : 'coding';
}

/** Official descriptions by code. Content validation guarantees every offered code is here. */
function descriptions(): Map<string, string> {
  return new Map(getTryCodeList().codes.map(({ code, description }) => [code, description]));
}

function optionView(option: TryCase['options'][number], codes: Map<string, string>): TryOptionView {
  const why = option.why === undefined ? {} : { why: option.why };
  if (option.code === undefined) return { id: option.id, label: option.label ?? '', ...why };
  const description = codes.get(option.code);
  if (description === undefined)
    throw new Error(`Content not found: ICD-10-CM code "${option.code}"`);
  return { id: option.id, code: option.code, label: description, ...why };
}

function caseView(item: TryCase, codes: Map<string, string>, locale: Locale): TryCaseView {
  return {
    id: item.id,
    title: item.title,
    note: item.note.map(({ label, text }) => ({ label, text })),
    question: item.question,
    options: item.options.map((option) => optionView(option, codes)),
    answer: item.answer,
    explanation: linkGlossaryTerms(item.explanation, locale),
    rule: linkGlossaryTerms(item.rule, locale),
    citations: item.sources.map((source) => citeEdition(source, locale)),
  };
}

/** A set ready to show in a language: its prose translated; codes and their descriptions as published. */
export function getTrySetView(set: TrySetId, locale: Locale): TrySetView {
  const doc = getTrySet(set, locale);
  const codes = descriptions();
  const cases = doc.cases.map((item) => caseView(item, codes, locale));
  const offersCodes = doc.cases.some((item) =>
    item.options.some((option) => option.code !== undefined),
  );
  const list = getTryCodeList();
  const { pace } = doc;
  return {
    set,
    title: doc.title,
    intro: doc.intro,
    cases,
    feelings: {
      enjoyed: doc.feelings.enjoyed,
      fine: doc.feelings.fine,
      notForMe: doc.feelings.notForMe,
    },
    pace:
      pace.source !== undefined && pace.asOf !== undefined
        ? { text: pace.text, citation: cite(pace.source, pace.asOf, locale) }
        : { text: pace.text },
    ...(offersCodes
      ? { codeSource: { fiscalYear: list.fiscalYear, citation: citeEdition(list.source, locale) } }
      : {}),
  };
}
