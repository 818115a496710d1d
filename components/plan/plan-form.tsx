'use client';

import type { FormEvent, ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import { SUBMIT_BUTTON } from '@/components/ui/button';
import { FIELD } from '@/components/ui/form-field';
import { RichText } from '@/components/ui/rich-text';
import { useLocationSearch } from '@/components/ui/use-location';
import type { Locale } from '@/lib/i18n';
import type { PlanMessages } from '@/lib/i18n/messages/plan';
// Two parts of lib/planner, not its index: the index brings the plan's rules and words into this
// bundle, and the form only writes a link (the JS budget test catches a slip).
import { planCode, planHref } from '@/lib/planner/code';
import { choicesFromForm, prefilledPath } from '@/lib/planner/form';
import type { PlanQuestion } from '@/lib/planner';
import { routesFor } from '@/lib/routes';

/** The question set new plans are made with, passed in so the rules stay out of this bundle. */
interface PlanFormVersion {
  version: number;
  questions: readonly PlanQuestion[];
}

/** The form's own words, from the plan catalog (a client island never imports a catalog). */
export type PlanFormLabels = Pick<PlanMessages, 'notSure' | 'canSkip' | 'skipOption' | 'submit'>;

function ChoiceQuestion({
  question,
  checked,
  notSure,
}: {
  question: PlanQuestion;
  checked: string | null;
  /** The line under the path question that points to the quiz. */
  notSure: ReactNode;
}) {
  return (
    <fieldset className="mt-6 first:mt-0">
      <legend className="text-lg font-semibold">{question.prompt}</legend>
      {question.id === 'path' ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{notSure}</p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {question.options.map((option) => (
          <label
            key={option.id}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 p-3 has-checked:border-blue-700 has-checked:bg-blue-50 dark:border-slate-600 dark:has-checked:border-sky-300 dark:has-checked:bg-slate-800"
          >
            <input
              type="radio"
              name={question.id}
              value={option.id}
              required
              defaultChecked={option.id === checked}
              className="mt-1 size-4 shrink-0"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function StateQuestion({ question, labels }: { question: PlanQuestion; labels: PlanFormLabels }) {
  return (
    <div className="mt-6">
      <label htmlFor="plan-state" className="text-lg font-semibold">
        {question.prompt} <span className="font-normal">{labels.canSkip}</span>
      </label>
      {question.help ? (
        <p id="plan-state-help" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {question.help}
        </p>
      ) : null}
      <select
        id="plan-state"
        name={question.id}
        aria-describedby={question.help ? 'plan-state-help' : undefined}
        defaultValue=""
        className={`${FIELD} sm:max-w-xs`}
      >
        <option value="">{labels.skipOption}</option>
        {question.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The plan's questions. On submit the answers become a plan link, and the browser opens it: the
 * answers stay in the link's fragment, so nothing is sent anywhere. "?path=coding" checks a path.
 */
export function PlanForm({
  version,
  locale,
  labels,
}: {
  version: PlanFormVersion;
  locale: Locale;
  labels: PlanFormLabels;
}) {
  const search = useLocationSearch();
  const prefill = search === null ? null : prefilledPath(search);
  const r = routesFor(locale);
  const notSure = (
    <RichText
      text={labels.notSure}
      tags={{ quiz: (text) => <Link href={r.quiz()}>{text}</Link> }}
    />
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const choices = choicesFromForm(version, (id) => {
      const value = data.get(id);
      return typeof value === 'string' ? value : null;
    });
    window.location.assign(planHref(planCode(version, choices), locale));
  }

  return (
    <form action={r.planResult()} method="get" onSubmit={submit} className="max-w-3xl">
      {version.questions.map((question) =>
        question.optional ? (
          <StateQuestion key={question.id} question={question} labels={labels} />
        ) : (
          // Keyed by the prefill, so the path is checked once the address has been read.
          <ChoiceQuestion
            key={question.id === 'path' ? `path-${prefill ?? ''}` : question.id}
            question={question}
            checked={question.id === 'path' ? prefill : null}
            notSure={notSure}
          />
        ),
      )}
      <p className="mt-8">
        <button type="submit" className={SUBMIT_BUTTON}>
          {labels.submit}
        </button>
      </p>
    </form>
  );
}
