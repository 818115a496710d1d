import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { routes } from '@/lib/routes';
import type { TrySetView } from '@/lib/try-work';

/** /try/: what the two sets are, and a way into each. */
export function TryHub({ sets }: { sets: readonly TrySetView[] }) {
  return (
    <>
      <PageIntro title="Try the work">
        <p>
          A quiz asks what you think you would like. Doing a few real tasks tells you more. Try both
          jobs here before you pay for a course.
        </p>
        <p>Nothing you pick is sent or saved.</p>
      </PageIntro>
      <ul className="grid max-w-4xl gap-4 sm:grid-cols-2">
        {sets.map((view) => (
          <li
            key={view.set}
            className="rounded-lg border border-slate-300 p-5 dark:border-slate-600"
          >
            <h2 className="text-xl font-semibold">{view.title}</h2>
            <p className="mt-2">{view.intro}</p>
            <p className="mt-3">
              <Link href={routes.trySet(view.set)} className="font-semibold">
                Start the {view.set} set ({view.cases.length} cases)
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-8 max-w-3xl">
        Not sure yet? Take the <Link href={routes.quiz()}>role-fit quiz</Link>, or{' '}
        <Link href={routes.plan()}>make a plan</Link>.
      </p>
    </>
  );
}
