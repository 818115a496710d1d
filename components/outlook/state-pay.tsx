import { RichText } from '@/components/ui/rich-text';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { StateWagesView } from '@/lib/outlook';
import { StateWageTable } from './state-wage-table';

/**
 * Coder pay by state: the newest set of state figures the content holds, each beside the national
 * figure of the same measure and period; the other sets (other measures, older years) behind a
 * disclosure.
 */
export function StatePay({ states, locale }: { states: StateWagesView; locale: Locale }) {
  const m = getMessages(locale).outlook;
  const { occupation, sets } = states;
  const [newest, ...older] = sets;
  const title = occupation.title.toLowerCase();
  const bls = (words: string) => <a href={occupation.oewsUrl}>{words}</a>;
  if (newest === undefined) {
    return (
      <p className="max-w-3xl">
        <RichText text={formatMessage(m.noStates, { title })} tags={{ bls }} />
      </p>
    );
  }
  const caption = (set: (typeof sets)[number]) =>
    formatMessage(m.stateCaption, {
      measure: set.measureLabel,
      title: occupation.title,
      code: occupation.code,
      asOf: set.asOf,
    });
  const intro = newest.states.length === 1 ? m.stateIntroOne : m.stateIntroMany;
  return (
    <>
      <p className="max-w-3xl">
        <RichText
          text={formatMessage(intro, {
            measure: newest.measureLabel,
            title,
            count: newest.states.length,
            asOf: newest.asOf,
          })}
          tags={{ bls }}
        />
      </p>
      <StateWageTable caption={caption(newest)} set={newest} locale={locale} />
      {older.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer">{m.moreStates}</summary>
          {older.map((set) => (
            <StateWageTable
              key={`${set.measureLabel}-${set.asOf}`}
              caption={caption(set)}
              set={set}
              locale={locale}
            />
          ))}
        </details>
      ) : null}
    </>
  );
}
