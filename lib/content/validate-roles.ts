// The home page's answer in words ("Coding suits you if ..."): three short lines per role, each
// sourced where it states a fact, so the first screen of a phone holds both answers.
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';

/** How many lines each role's "suits you if" answer has. */
export const SUITS_YOU_IF_LINES = 3;
/** The most words a line may have: one short sentence, two rows on a phone. */
export const SUITS_YOU_IF_MAX_WORDS = 16;

export function validateSuitsYouIf(content: ContentToValidate, checks: Checks): void {
  const { report, checkRef } = checks;
  for (const doc of content.roles) {
    const { lines } = doc.suitsYouIf;
    if (lines.length !== SUITS_YOU_IF_LINES) {
      report(doc, 'suitsYouIf.lines', `has ${lines.length} lines; it needs ${SUITS_YOU_IF_LINES}`);
    }
    lines.forEach((line, index) => {
      const at = `suitsYouIf.lines[${index}]`;
      const words = line.text.trim().split(/\s+/).length;
      if (words > SUITS_YOU_IF_MAX_WORDS) {
        report(doc, `${at}.text`, `has ${words} words; keep it to ${SUITS_YOU_IF_MAX_WORDS}`);
      }
      if ((line.source === undefined) !== (line.asOf === undefined)) {
        report(doc, at, 'a line that states a fact needs both source and asOf');
      }
      if (line.source !== undefined) checkRef(doc, `${at}.source`, line.source, 'source');
    });
  }
}
