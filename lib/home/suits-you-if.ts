// The home page's answer in words: "Coding suits you if ..." and "Billing suits you if ...", from
// each role's content, with a citation on every line that states a fact.
import { cite, type Citation } from '../citations';
import type { Role } from '../content';
import type { Locale } from '../i18n';

export interface SuitsYouIfLineView {
  text: string;
  citation?: Citation;
}

export interface SuitsYouIfView {
  roleSlug: string;
  /** "Coding suits you if" */
  lead: string;
  lines: SuitsYouIfLineView[];
}

export function suitsYouIfOf(
  role: Pick<Role, 'slug' | 'suitsYouIf'>,
  locale: Locale = 'en',
): SuitsYouIfView {
  return {
    roleSlug: role.slug,
    lead: role.suitsYouIf.lead,
    lines: role.suitsYouIf.lines.map((line) =>
      line.source !== undefined && line.asOf !== undefined
        ? { text: line.text, citation: cite(line.source, line.asOf, locale) }
        : { text: line.text },
    ),
  };
}
