import { Link } from '@/components/ui/link';
import { ComparisonTable } from '@/components/comparison-table';
import { JsonLd } from '@/components/layout/json-ld';
import { JobSearchForm } from '@/components/job-search-form';
import { getComparison, getSiteInfo } from '@/lib/content';
import { summarizeComparison } from '@/lib/compare';
import { HOME_ENTRY_POINTS } from '@/lib/site';
import { websiteJsonLd } from '@/lib/structured-data';

export default function HomePage() {
  const site = getSiteInfo();
  const comparison = getComparison();
  const summary = summarizeComparison(comparison, [
    'focus',
    'education',
    'first-certification',
    'pay',
    'outlook',
  ]);
  return (
    <>
      <JsonLd json={websiteJsonLd()} />
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
          caption={`Coders and billers on ${summary.rows.length} points, with the newest figure of each kind. The full comparison has ${comparison.rows.length}.`}
        />
      </section>

      <section aria-labelledby="next-heading" className="mt-12">
        <h2 id="next-heading" className="text-2xl font-semibold">
          Where to next
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {HOME_ENTRY_POINTS.map((entry) => (
            <li
              key={entry.href}
              className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
            >
              <h3 className="font-semibold">
                <Link href={entry.href}>{entry.label}</Link>
              </h3>
              <p className="mt-1">{entry.description}</p>
            </li>
          ))}
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
