import { Link } from '@/components/ui/link';
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { resultPath, problemMessage, type ClassSummary, type OutcomeNames } from '@/lib/quiz';

const CELL = 'border-b border-slate-200 px-3 py-2 text-left align-top dark:border-slate-700';
const HEAD = `${CELL} font-semibold`;

/** The class summary as tables; wide tables scroll sideways on a phone instead of squeezing. */
export function ClassSummaryTables({
  summary,
  names,
}: {
  summary: ClassSummary;
  names: OutcomeNames;
}) {
  return (
    <div className="mt-6 space-y-8">
      <table className="w-full max-w-md border-collapse">
        <caption className="mb-2 text-left text-lg font-semibold">Results by path</caption>
        <thead>
          <tr>
            <th scope="col" className={HEAD}>
              Best fit
            </th>
            <th scope="col" className={`${HEAD} text-right`}>
              Students
            </th>
          </tr>
        </thead>
        <tbody>
          {QUIZ_OUTCOMES.map((outcome) => (
            <tr key={outcome}>
              <th scope="row" className={`${CELL} font-normal`}>
                {names[outcome]}
              </th>
              <td className={`${CELL} text-right tabular-nums`}>{summary.counts[outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {summary.students.length > 0 ? (
        <div
          role="region"
          aria-labelledby="class-students-caption"
          tabIndex={0}
          className="overflow-x-auto"
        >
          <table className="w-full min-w-xl border-collapse">
            <caption id="class-students-caption" className="mb-2 text-left text-lg font-semibold">
              Each student
            </caption>
            <thead>
              <tr>
                <th scope="col" className={HEAD}>
                  Line
                </th>
                <th scope="col" className={HEAD}>
                  Student
                </th>
                <th scope="col" className={HEAD}>
                  Best fit
                </th>
                <th scope="col" className={HEAD}>
                  Top reasons
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.students.map((student) => (
                <tr key={student.line}>
                  <td className={`${CELL} tabular-nums`}>{student.line}</td>
                  <td className={CELL}>{student.label ?? `Line ${student.line}`}</td>
                  <td className={CELL}>
                    <Link href={resultPath(student.code)} prefetch={false}>
                      {names[student.result.top]}
                    </Link>{' '}
                    <span className="tabular-nums">
                      ({student.result.percentages[student.result.top]}%)
                    </span>
                  </td>
                  <td className={CELL}>
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
        </div>
      ) : null}

      {summary.invalid.length > 0 ? (
        <section aria-labelledby="class-invalid-heading">
          <h3 id="class-invalid-heading" className="text-lg font-semibold">
            Lines that could not be read
          </h3>
          <p className="mt-1">These lines are left out of the counts above.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {summary.invalid.map((entry) => (
              <li key={entry.line}>
                Line {entry.line}: {problemMessage(entry.problem)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
