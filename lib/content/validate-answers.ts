// The answers (content/answers/*.yaml) and the checked claims (content/answers/claims/*.yaml): the
// fixed slugs, a short answer of two or three sentences, evidence that names its source (or shows
// figures that do), references to figures the site already holds, and links that resolve.
import { countText } from '../readability';
import type { Checks } from './checks';
import type { ContentToValidate, EvidenceToValidate, RawDocument } from './to-validate';
import {
  ANSWER_LINK_PAGES,
  ANSWER_SLUGS,
  CERTIFICATION_FACTS,
  CLAIM_VERDICTS,
  type AnswerSlug,
} from './vocabulary';

/** How many sentences a short answer has: enough to answer, few enough to read first. */
export const SHORT_ANSWER_SENTENCES = { min: 2, max: 3 } as const;
/** The fewest different sources an answer page cites. */
export const MIN_SOURCES_PER_ANSWER = 3;
/** The fewest claims /answers/claims-we-checked/ checks. */
export const MIN_CHECKED_CLAIMS = 8;
/** The answer page that shows the checked claims. */
export const CLAIMS_ANSWER: AnswerSlug = 'claims-we-checked';

// An amount or a percentage in running text: it must be a figure, which carries its source.
const AMOUNT = /\$\s?\d|\d\s?%|\bpercent\b/i;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value))
    : undefined;
}

/** The text fields of content objects (figures, notes) that a reference looks them up by. */
function fieldsOf(
  items: readonly unknown[] | undefined,
  ...keys: string[]
): Record<string, string>[] {
  return (items ?? []).flatMap((item) => {
    const record = asRecord(item);
    if (record === undefined) return [];
    return [Object.fromEntries(keys.map((key) => [key, String(record[key] ?? '')]))];
  });
}

/** The sources a piece of evidence names itself (not those of the occupation figures it shows). */
export function evidenceSources(
  evidence: readonly EvidenceToValidate[],
  content: Pick<ContentToValidate, 'roles' | 'occupations'>,
): string[] {
  return evidence.flatMap((point) => [
    ...(point.source ? [point.source] : []),
    ...fieldsOf(point.figures, 'source').map((figure) => figure.source ?? ''),
    ...(point.roleFigures ?? []).flatMap((ref) => {
      const role = content.roles.find((doc) => doc.slug === ref.role);
      return fieldsOf(role?.figures, 'label', 'source')
        .filter((figure) => figure.label === ref.label)
        .map((figure) => figure.source ?? '');
    }),
    ...(point.occupationNotes ?? []).map((ref) => ref.source),
    ...(point.occupationEducation ?? []).flatMap((code) => {
      const occupation = content.occupations.find((doc) => doc.code === code);
      const education = asRecord(occupation?.typicalEducation);
      return typeof education?.source === 'string' ? [education.source] : [];
    }),
    ...(point.certificationRules ?? []).flatMap((slug) => {
      const rule = content.roles.find((doc) => doc.slug === slug)?.certificationRule;
      return rule ? [rule.source] : [];
    }),
  ]);
}

export function validateAnswers(content: ContentToValidate, checks: Checks): void {
  const { report, checkEnum, checkRef } = checks;

  const checkText = (doc: RawDocument, field: string, text: string) => {
    if (AMOUNT.test(text)) {
      report(doc, field, 'has an amount or a percentage; give it as a figure, with its source');
    }
  };

  const checkEvidence = (doc: RawDocument, field: string, point: EvidenceToValidate) => {
    const shows =
      (point.figures?.length ?? 0) +
      (point.occupationFigures?.length ?? 0) +
      (point.roleFigures?.length ?? 0) +
      (point.occupationNotes?.length ?? 0) +
      (point.occupationEducation?.length ?? 0) +
      (point.certificationFacts?.length ?? 0) +
      (point.certificationRules?.length ?? 0);
    if (point.text === undefined && shows === 0) report(doc, field, 'has no text and no figures');
    if ((point.source === undefined) !== (point.asOf === undefined)) {
      report(doc, field, 'needs both source and asOf, or neither');
    }
    if (point.text !== undefined) {
      checkText(doc, `${field}.text`, point.text);
      if (point.source === undefined && shows === 0) {
        report(doc, `${field}.text`, 'states a fact without a source; add source and asOf');
      }
    }
    if (point.source !== undefined) checkRef(doc, `${field}.source`, point.source, 'source');
    fieldsOf(point.figures, 'label').forEach((figure, index) => {
      if (figure.label === '') report(doc, `${field}.figures[${index}].label`, 'is missing');
    });
    point.occupationFigures?.forEach((ref, index) => {
      const at = `${field}.occupationFigures[${index}]`;
      const occupation = content.occupations.find((doc) => doc.code === ref.occupation);
      if (occupation === undefined) {
        checkRef(doc, `${at}.occupation`, ref.occupation, 'occupation');
        return;
      }
      const national = fieldsOf(occupation.figures, 'measure', 'unit', 'place').filter(
        (figure) =>
          figure.measure === ref.measure && figure.unit === ref.unit && figure.place === '',
      );
      if (national.length === 0) {
        report(
          doc,
          at,
          `occupation ${ref.occupation} has no national ${ref.measure} figure in ${ref.unit}`,
        );
      }
    });
    point.roleFigures?.forEach((ref, index) => {
      const at = `${field}.roleFigures[${index}]`;
      const role = content.roles.find((doc) => doc.slug === ref.role);
      if (role === undefined) {
        checkRef(doc, `${at}.role`, ref.role, 'role');
        return;
      }
      if (!fieldsOf(role.figures, 'label').some((figure) => figure.label === ref.label)) {
        report(doc, `${at}.label`, `role "${ref.role}" has no figure labelled "${ref.label}"`);
      }
    });
    point.occupationNotes?.forEach((ref, index) => {
      const at = `${field}.occupationNotes[${index}]`;
      const occupation = content.occupations.find((doc) => doc.code === ref.occupation);
      if (occupation === undefined) {
        checkRef(doc, `${at}.occupation`, ref.occupation, 'occupation');
        return;
      }
      if (!fieldsOf(occupation.notes, 'source').some((note) => note.source === ref.source)) {
        report(
          doc,
          `${at}.source`,
          `occupation ${ref.occupation} has no note from "${ref.source}"`,
        );
      }
    });
    point.occupationEducation?.forEach((code, index) => {
      const at = `${field}.occupationEducation[${index}]`;
      const occupation = content.occupations.find((doc) => doc.code === code);
      if (occupation === undefined) checkRef(doc, at, code, 'occupation');
      else if (occupation.typicalEducation === undefined) {
        report(doc, at, `occupation ${code} has no typicalEducation`);
      }
    });
    point.certificationFacts?.forEach((ref, index) => {
      const at = `${field}.certificationFacts[${index}]`;
      checkEnum(doc, `${at}.fact`, ref.fact, CERTIFICATION_FACTS);
      const certification = content.certifications.find((doc) => doc.slug === ref.certification);
      if (certification === undefined) {
        checkRef(doc, `${at}.certification`, ref.certification, 'certification');
      } else if (
        (ref.fact === 'eligibility' ? certification.eligibility : certification.apprentice) ===
        undefined
      ) {
        report(doc, at, `certification "${ref.certification}" has no ${ref.fact}`);
      }
    });
    point.certificationRules?.forEach((slug, index) => {
      const at = `${field}.certificationRules[${index}]`;
      const role = content.roles.find((doc) => doc.slug === slug);
      if (role === undefined) checkRef(doc, at, slug, 'role');
      else if (role.certificationRule === undefined) {
        report(doc, at, `role "${slug}" has no certificationRule`);
      }
    });
  };

  const claimSources = content.checkedClaims.flatMap((claim) =>
    evidenceSources(claim.evidence, content),
  );
  const orders = new Map<number, string>();
  for (const doc of content.answers) {
    checkEnum(doc, 'file name', doc.slug, ANSWER_SLUGS);
    const taken = orders.get(doc.order);
    if (taken !== undefined) report(doc, 'order', `${doc.order} is also the order of "${taken}"`);
    orders.set(doc.order, doc.slug);

    const { sentences } = countText([doc.shortAnswer]);
    if (sentences < SHORT_ANSWER_SENTENCES.min || sentences > SHORT_ANSWER_SENTENCES.max) {
      report(
        doc,
        'shortAnswer',
        `has ${sentences} sentences; give ${SHORT_ANSWER_SENTENCES.min} or ${SHORT_ANSWER_SENTENCES.max}`,
      );
    }
    checkText(doc, 'shortAnswer', doc.shortAnswer);
    if (doc.sections.length === 0) report(doc, 'sections', 'has no evidence section');
    doc.sections.forEach((section, index) => {
      if (section.intro !== undefined) checkText(doc, `sections[${index}].intro`, section.intro);
      if (section.evidence.length === 0) report(doc, `sections[${index}].evidence`, 'is empty');
      section.evidence.forEach((point, pointIndex) =>
        checkEvidence(doc, `sections[${index}].evidence[${pointIndex}]`, point),
      );
    });

    if (doc.whatToDo.length === 0) report(doc, 'whatToDo', 'has no step');
    doc.whatToDo.forEach((step, index) => {
      checkText(doc, `whatToDo[${index}].text`, step.text);
      const { link } = step;
      if (link === undefined) return;
      const at = `whatToDo[${index}].link`;
      const targets = [link.page, link.answer, link.certification].filter(Boolean);
      if (targets.length !== 1)
        report(doc, at, 'needs exactly one of page, answer or certification');
      if (link.page !== undefined) checkEnum(doc, `${at}.page`, link.page, ANSWER_LINK_PAGES);
      if (link.answer !== undefined) checkEnum(doc, `${at}.answer`, link.answer, ANSWER_SLUGS);
      if (link.certification !== undefined) {
        checkRef(doc, `${at}.certification`, link.certification, 'certification');
      }
    });
    doc.related.forEach((slug, index) => {
      checkEnum(doc, `related[${index}]`, slug, ANSWER_SLUGS);
      if (slug === doc.slug) report(doc, `related[${index}]`, 'is the answer itself');
    });

    const sources = new Set([
      ...doc.sections.flatMap((section) => evidenceSources(section.evidence, content)),
      ...(doc.slug === CLAIMS_ANSWER ? claimSources : []),
    ]);
    if (sources.size < MIN_SOURCES_PER_ANSWER) {
      report(
        doc,
        'sections',
        `cites ${sources.size} sources; an answer needs at least ${MIN_SOURCES_PER_ANSWER}`,
      );
    }
    if (doc.slug === CLAIMS_ANSWER && content.checkedClaims.length < MIN_CHECKED_CLAIMS) {
      report(
        doc,
        'file',
        `content/answers/claims/ has ${content.checkedClaims.length} claims; the page checks at least ${MIN_CHECKED_CLAIMS}`,
      );
    }
  }

  for (const doc of content.checkedClaims) {
    checkEnum(doc, 'verdict', doc.verdict, CLAIM_VERDICTS);
    if (doc.seenAt === undefined) checkText(doc, 'claim', doc.claim);
    else checkRef(doc, 'seenAt.source', doc.seenAt.source, 'source');
    checkText(doc, 'why', doc.why);
    if (doc.evidence.length === 0) report(doc, 'evidence', 'is empty: a verdict needs evidence');
    doc.evidence.forEach((point, index) => checkEvidence(doc, `evidence[${index}]`, point));
  }
}
