// Checks each job title's record of how its occupation was chosen: an `onet` match names an O*NET
// title that is one of the job's own names and, where content/onet/titles.json covers the
// occupation, that O*NET lists under it; a `nearest` match says why.
import type { Checks } from './checks';
import type { OnetTitles } from './onet';
import type { ContentToValidate } from './to-validate';
import { OCCUPATION_MATCH_KINDS } from './vocabulary';

/** Lower case, punctuation and spacing folded: "Medical Biller/Coder" -> "medical biller coder". */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The forms an O*NET title goes by: "Health Information Technician (Health Information Tech)" is
 * also "Health Information Technician" and "Health Information Tech".
 */
export function onetTitleForms(onetTitle: string): string[] {
  const short = /^(.*?)\s*\(([^()]+)\)$/.exec(onetTitle);
  const forms = short ? [onetTitle, short[1] ?? '', short[2] ?? ''] : [onetTitle];
  return forms.map(fold).filter((form) => form !== '');
}

/** Whether the O*NET title is one of the job's names (its name, an alias or an abbreviation). */
export function isOneOfNames(onetTitle: string, names: readonly string[]): boolean {
  const folded = new Set(names.map(fold));
  return onetTitleForms(onetTitle).some((form) => folded.has(form));
}

/**
 * Whether O*NET lists the title under the occupation ("43-1011" covers 43-1011.00 and .02), or
 * undefined when the extracted titles do not cover that occupation, so it cannot be checked here.
 */
export function onetListsTitle(
  onet: Pick<OnetTitles, 'occupations' | 'titles'>,
  occupation: string,
  onetTitle: string,
): boolean | undefined {
  const underOccupation = (code: string) => code.startsWith(`${occupation}.`);
  if (!onet.occupations.some((item) => underOccupation(item.code))) return undefined;
  const wanted = fold(onetTitle);
  return onet.titles.some(
    (item) =>
      underOccupation(item.occupation) &&
      [item.title, ...(item.shortTitle ? [item.shortTitle] : [])].some(
        (title) => fold(title) === wanted,
      ),
  );
}

export function validateOccupationMatches(
  content: ContentToValidate,
  checks: Checks,
  onet: Pick<OnetTitles, 'occupations' | 'titles'> | undefined,
): void {
  const { report, checkEnum } = checks;
  for (const doc of content.jobTitles) {
    const match = doc.occupationMatch;
    checkEnum(doc, 'occupationMatch.kind', match.kind, OCCUPATION_MATCH_KINDS);
    if (match.kind === 'nearest') {
      if (!match.reason) report(doc, 'occupationMatch.reason', 'a nearest match needs a reason');
      if (match.onetTitle !== undefined) {
        report(doc, 'occupationMatch.onetTitle', 'only an onet match names an O*NET title');
      }
      continue;
    }
    if (match.payFits !== undefined) {
      report(doc, 'occupationMatch.payFits', 'only a nearest match can say its pay does not fit');
    }
    if (match.kind !== 'onet') continue;
    const { onetTitle } = match;
    if (!onetTitle) {
      report(doc, 'occupationMatch.onetTitle', 'an onet match needs the O*NET title it matched');
      continue;
    }
    const names = [doc.name, ...(doc.aliases ?? []), ...(doc.abbreviations ?? [])];
    if (!isOneOfNames(onetTitle, names)) {
      report(doc, 'occupationMatch.onetTitle', `"${onetTitle}" is not the name or an alias`);
    }
    if (onet && onetListsTitle(onet, doc.occupation, onetTitle) === false) {
      report(
        doc,
        'occupationMatch.onetTitle',
        `O*NET does not list "${onetTitle}" under ${doc.occupation} (content/onet/titles.json)`,
      );
    }
  }
}
