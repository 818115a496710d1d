import Link from 'next/link';
import { ComparisonTable } from '@/components/comparison-table';
import { JobSearchForm } from '@/components/job-search-form';
import { getComparison, getSiteInfo } from '@/lib/content';
import { summarizeComparison } from '@/lib/compare';

export default function HomePage() {
  const site = getSiteInfo();
  const summary = summarizeComparison(getComparison(), [
    'focus',
    'education',
    'first-certification',
    'pay',
    'outlook',
  ]);
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Medical coding or medical billing?
        </h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{site.description}</p>
      </div>

      <section aria-labelledby="answer-heading" className="mt-10">
        <h2 id="answer-heading" className="text-2xl font-semibold">
          The one-minute answer
        </h2>
        <ComparisonTable
          comparison={summary}
          caption="Coders and billers on five points, with the newest figure of each kind. The full comparison has twelve."
        />
      </section>

      <section aria-labelledby="next-heading" className="mt-12">
        <h2 id="next-heading" className="text-2xl font-semibold">
          Where to next
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-semibold">
              <Link href="/compare/">Compare in full</Link>
            </h3>
            <p className="mt-1">
              Duties, skills, code sets, education, certifications, pay and outlook side by side.
            </p>
          </li>
          <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-semibold">
              <Link href="/quiz/">Take the quiz</Link>
            </h3>
            <p className="mt-1">
              A few minutes of questions about how you like to work, with the reasons for your
              result.
            </p>
          </li>
          <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-semibold">
              <Link href="/certifications/">Pick a certification</Link>
            </h3>
            <p className="mt-1">
              Every coding, billing and revenue-cycle credential that matters, compared.
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="finder-heading" className="mt-12 max-w-3xl">
        <h2 id="finder-heading" className="text-2xl font-semibold">
          Find a job title
        </h2>
        <p className="mt-2">
          Type a job title, an abbreviation like CPC or AR, and where you want to work.
        </p>
        <JobSearchForm />
      </section>
    </>
  );
}
