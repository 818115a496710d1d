// The checklist the island gets: content/training-check.yaml's questions with their red flags and
// places resolved, so the browser needs no content reader.
import { cite } from '../../citations';
import type { TrainingCheck } from '../../content';
import type { Locale } from '../../i18n';
import type { Checklist, ChecklistQuestion } from '../types';

/** The item with this id: validation checked every reference, so a miss is a bug. */
function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`training-check.yaml: no item "${id}"`);
  return found;
}

function redFlagOf(
  flag: TrainingCheck['redFlags'][number],
  locale: Locale,
): ChecklistQuestion['redFlag'] {
  const { name, why, source, asOf } = flag;
  return source && asOf ? { name, why, citation: cite(source, asOf, locale) } : { name, why };
}

/** The checklist of the content in the page's language (`content` is already in `locale`). */
export function checklistOf(content: TrainingCheck, locale: Locale): Checklist {
  const question = (raw: TrainingCheck['checklist'][number]['questions'][number]) => {
    const flag = raw.redFlag ? byId(content.redFlags, raw.redFlag) : undefined;
    const place = raw.where ? byId(content.whereToCheck, raw.where) : undefined;
    const built: ChecklistQuestion = {
      id: raw.id,
      prompt: raw.prompt,
      ask: raw.ask,
      ...(flag ? { redFlag: redFlagOf(flag, locale) } : {}),
      ...(raw.concern ? { concern: raw.concern } : {}),
      ...(place ? { where: { name: place.name, url: place.url } } : {}),
    };
    return built;
  };
  const { redFlags, concerns, open, clear } = content.verdicts;
  const verdict = ({ title, text }: { title: string; text: string }) => ({ title, text });
  return {
    groups: content.checklist.map((group) => ({
      id: group.id,
      title: group.title,
      questions: group.questions.map(question),
    })),
    verdicts: {
      redFlags: verdict(redFlags),
      concerns: verdict(concerns),
      open: verdict(open),
      clear: verdict(clear),
    },
  };
}
