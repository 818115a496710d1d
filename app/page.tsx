import { ComparisonTable } from '@/components/compare/comparison-table';
import { EntryPoints } from '@/components/home/entry-points';
import { JobSearchForm } from '@/components/home/job-search-form';
import { JsonLd } from '@/components/layout/json-ld';
import { getHomePage } from '@/lib/home';
import { websiteJsonLd } from '@/lib/metadata';

export default function HomePage() {
  const home = getHomePage();
  return (
    <>
      <JsonLd json={websiteJsonLd()} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Medical coding or medical billing?
        </h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{home.description}</p>
      </div>

      <section aria-labelledby="answer-heading" className="mt-10">
        <h2 id="answer-heading" className="text-2xl font-semibold">
          The one-minute answer
        </h2>
        <ComparisonTable
          comparison={home.summary}
          caption={`Coders and billers on ${home.summary.rows.length} points. Each figure is the newest we hold, with its source; earlier ones are behind it. The full comparison has ${home.fullRowCount}.`}
        />
      </section>

      <section aria-labelledby="next-heading" className="mt-12">
        <h2 id="next-heading" className="text-2xl font-semibold">
          Where to next
        </h2>
        <EntryPoints entries={home.entryPoints} />
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
