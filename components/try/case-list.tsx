// Every case of a set with its answer in a closed "See the answer": what a reader without JavaScript
// gets, and what the island replaces on screen (marked data-no-js, so the two are not compared).
import { formatMessage } from '@/lib/i18n';
import {
  answerOption,
  FEELINGS,
  type TryCaseWords,
  type TryEndWords,
  type TrySetView,
} from '@/lib/try-work';
import { CaseNote, CaseReason, OptionText } from './case-parts';

export function CaseList({
  view,
  words,
}: {
  view: TrySetView;
  words: { case: TryCaseWords; end: TryEndWords };
}) {
  return (
    <div data-no-js="" className="max-w-3xl in-[.js]:hidden">
      <ol className="space-y-10">
        {view.cases.map((item, index) => {
          const answer = answerOption(item);
          return (
            <li key={item.id}>
              <section aria-labelledby={`case-${item.id}-heading`}>
                <h2 id={`case-${item.id}-heading`} className="text-xl font-semibold">
                  {formatMessage(words.case.heading, { number: index + 1, title: item.title })}
                </h2>
                <CaseNote item={item} />
                <p className="mt-3 font-semibold">{item.question}</p>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {item.options.map((option) => (
                    <li key={option.id}>
                      <OptionText option={option} />
                    </li>
                  ))}
                </ul>
                <details className="mt-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
                  <summary className="cursor-pointer font-semibold">{words.case.seeAnswer}</summary>
                  {answer === undefined ? null : (
                    <p className="mt-2">
                      <strong>{words.case.theAnswer}</strong> <OptionText option={answer} />
                    </p>
                  )}
                  <CaseReason item={item} words={words.case} />
                </details>
              </section>
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="feel-heading" className="mt-10">
        <h2 id="feel-heading" className="text-xl font-semibold">
          {words.end.feelHeading}
        </h2>
        <dl className="mt-3 space-y-3">
          {FEELINGS.map((feeling) => (
            <div key={feeling}>
              <dt className="font-semibold">{words.end.feelings[feeling]}</dt>
              <dd>{view.feelings[feeling]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
