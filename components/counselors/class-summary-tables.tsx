import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { OUTCOME_BAR_CLASS } from '@/components/quiz/outcome-colors';
import { formatMessage, type Locale } from '@/lib/i18n';
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import {
  countOf,
  duplicateNote,
  isPartialResult,
  uncertainNote,
  problemMessage,
  resultPath,
  unfinishedNote,
  type ClassSummary,
  type OutcomeNames,
} from '@/lib/quiz';
import type { ClassSummaryWords } from './class-summary-island';

// On a phone each row of the student table becomes a card: every cell on its own line with its
// column name before it, so no column is hidden off the side. From `sm` up it is a plain table.
// The shown name has empty alternative text: screen readers already hear the column header.
const CELL =
  'px-3 py-2 text-left align-top [overflow-wrap:anywhere] sm:border-b sm:border-slate-200 sm:dark:border-slate-700 max-sm:grid max-sm:grid-cols-[6.5rem_1fr] max-sm:gap-2 max-sm:px-0 max-sm:py-1 max-sm:before:font-semibold max-sm:before:content-[attr(data-label)_/_""]';
const HEAD = 'border-b border-slate-200 px-3 py-2 text-left font-semibold dark:border-slate-700';

/** A list of lines left out of the counts or counted with a caveat, under a heading. */
function LineList(props: { id: string; title: string; note: string; items: string[] }) {
  const { id, title, note, items } = props;
  return items.length === 0 ? null : (
    <section aria-labelledby={id}>
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1">{note}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

const strong = (words: string) => <strong>{words}</strong>;

/** The class's outcomes as a chart big enough to project, the per-student results, and the flags. */
export function ClassSummaryTables({
  summary,
  names,
  locale,
  words,
}: {
  summary: ClassSummary;
  names: OutcomeNames;
  locale: Locale;
  words: ClassSummaryWords;
}) {
  const counted = summary.students.length;
  const m = words.summary;
  const notes = { locale, words: words.notes };
  const lineName = (line: number, label: string | null) =>
    label === null
      ? formatMessage(m.lineNumber, { line })
      : formatMessage(m.lineNamed, { line, label });
  const students = (count: number) => countOf(count, m.studentOne, m.studentMany);
  const columns = [
    m.columnLine,
    m.columnStudent,
    m.columnBestFit,
    m.columnAnswered,
    m.columnTopReasons,
  ];
  return (
    <div className="mt-6 space-y-8">
      <figure aria-labelledby="class-chart-title">
        <figcaption id="class-chart-title" className="text-2xl font-semibold">
          {formatMessage(m.chartTitle, { students: students(counted) })}
        </figcaption>
        {/* The words and counts are the chart; the bars only repeat them, so colour carries nothing. */}
        <ul className="mt-4 space-y-5 text-xl sm:text-2xl">
          {QUIZ_OUTCOMES.map((outcome) => (
            <li key={outcome} className="grid grid-cols-[1fr_auto] gap-x-4">
              <span className="font-medium">{names[outcome]}</span>
              <span className="text-right font-bold tabular-nums">
                {students(summary.counts[outcome])}
              </span>
              <div
                aria-hidden="true"
                className="col-span-2 mt-2 h-6 rounded-md border border-slate-500 bg-slate-100 dark:bg-slate-800"
              >
                <div
                  className={`h-full rounded-md ${OUTCOME_BAR_CLASS[outcome]}`}
                  style={{ width: `${(100 * summary.counts[outcome]) / Math.max(counted, 1)}%` }}
                />
              </div>
            </li>
          ))}
        </ul>
      </figure>

      {counted > 0 ? (
        <table className="w-full border-collapse max-sm:block">
          <caption className="mb-2 text-left max-sm:block">
            <span className="block text-lg font-semibold">{m.eachStudent}</span>
            {summary.students.some((student) => isPartialResult(student.result)) ? (
              <span className="mt-1 block">
                <RichText text={m.partialExplained} tags={{ strong }} />
              </span>
            ) : null}
            {summary.students.some((student) => student.certainty.level !== 'clear') ? (
              <span className="mt-1 block">
                <RichText text={m.uncertainExplained} tags={{ strong }} />
              </span>
            ) : null}
          </caption>
          <thead className="max-sm:sr-only">
            <tr>
              {columns.map((column) => (
                // The reasons are the longest text: give them the widest column.
                <th
                  key={column}
                  scope="col"
                  className={column === m.columnTopReasons ? `${HEAD} w-2/5` : HEAD}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:block max-sm:space-y-3">
            {summary.students.map((student) => (
              <tr
                key={student.line}
                className="max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-300 max-sm:p-3 dark:max-sm:border-slate-600"
              >
                <td data-label={m.columnLine} className={`${CELL} tabular-nums`}>
                  {student.line}
                </td>
                <td data-label={m.columnStudent} className={CELL}>
                  {student.label ?? formatMessage(m.lineNumber, { line: student.line })}
                </td>
                <td data-label={m.columnBestFit} className={CELL}>
                  <span>
                    <Link href={resultPath(student.code, locale)} prefetch={false}>
                      {names[student.result.top]}
                    </Link>{' '}
                    <span className="tabular-nums">
                      ({student.result.percentages[student.result.top]}%)
                    </span>
                    {student.certainty.level === 'clear' ? null : (
                      <strong
                        title={uncertainNote(student.certainty, names, notes)}
                        className="ml-2 inline-block rounded border border-current px-1 text-sm"
                      >
                        {m.uncertainTag}
                      </strong>
                    )}
                  </span>
                </td>
                <td data-label={m.columnAnswered} className={`${CELL} tabular-nums`}>
                  <span>
                    {formatMessage(m.answeredOf, {
                      answered: student.result.answered,
                      total: student.result.questionCount,
                    })}
                    {isPartialResult(student.result) ? (
                      <strong className="ml-2 inline-block rounded border border-current px-1 text-sm">
                        {m.partialTag}
                      </strong>
                    ) : null}
                  </span>
                </td>
                <td data-label={m.columnTopReasons} className={CELL}>
                  <ul className="list-disc space-y-1 pl-4">
                    {student.topReasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <LineList
        id="class-duplicates-heading"
        title={m.duplicatesTitle}
        note={m.duplicatesNote}
        items={summary.duplicates.map(
          (entry) =>
            `${lineName(entry.line, entry.student.label)}: ${duplicateNote(entry.reason, entry.of, notes)}`,
        )}
      />
      <LineList
        id="class-unfinished-heading"
        title={m.unfinishedTitle}
        note={m.unfinishedListNote}
        items={summary.unfinished.map(
          (entry) =>
            `${lineName(entry.line, entry.label)}: ${unfinishedNote(entry.answered, entry.questionCount, notes)}`,
        )}
      />
      <LineList
        id="class-invalid-heading"
        title={m.invalidTitle}
        note={m.invalidNote}
        items={summary.invalid.map(
          (entry) =>
            `${lineName(entry.line, null)}: ${problemMessage(entry.problem, words.problems)}`,
        )}
      />
    </div>
  );
}
