// The answers (content/answers/*.yaml) and the checked claims (content/answers/claims/*.yaml): the
// fixed slugs, a short answer of two or three sentences, at least three sources a page, a verdict
// and evidence for every claim (checked in validate-evidence.ts), and links that resolve.
import { countText } from '../readability';
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';
import { createEvidenceChecks, evidenceSources } from './validate-evidence';
import { ANSWER_LINK_PAGES, ANSWER_SLUGS, CLAIM_VERDICTS, CLAIMS_ANSWER } from './vocabulary';

/** How many sentences a short answer has: enough to answer, few enough to read first. */
export const SHORT_ANSWER_SENTENCES = { min: 2, max: 3 } as const;
/** The fewest different sources an answer page cites. */
export const MIN_SOURCES_PER_ANSWER = 3;
/** The fewest claims /answers/claims-we-checked/ checks. */
export const MIN_CHECKED_CLAIMS = 8;

export function validateAnswers(content: ContentToValidate, checks: Checks): void {
  const { report, checkEnum, checkRef } = checks;

  const { checkText, checkEvidence } = createEvidenceChecks(content, checks);

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
