import { ComparisonTable } from '@/components/compare/comparison-table';
import { EntryPoints } from '@/components/home/entry-points';
import { JobSearchForm } from '@/components/home/job-search-form';
import { QuizStart } from '@/components/home/quiz-start';
import { SuitsYouIf } from '@/components/home/suits-you-if';
import { JsonLd } from '@/components/layout/json-ld';
import { getHomePage } from '@/lib/home';
import { websiteJsonLd } from '@/lib/metadata';

// The answer in words, the quiz and the finder come first, so that they fill a phone's first
// screen; the cited facts follow.
export default function HomePage() {
  const home = getHomePage();
  return (
    <>
      <JsonLd json={websiteJsonLd()} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-4xl">
        Medical coding or medical billing?
      </h1>
      <SuitsYouIf answers={home.suitsYouIf} />
      <QuizStart quiz={home.quiz} />

      <section aria-labelledby="finder-heading" className="mt-4 max-w-3xl sm:mt-6">
        <h2 id="finder-heading" className="text-lg font-semibold">
          Or find a job title
        </h2>
        <JobSearchForm />
      </section>

      <section aria-labelledby="answer-heading" className="mt-12">
        <h2 id="answer-heading" className="text-2xl font-semibold">
          The one-minute answer, with sources
        </h2>
        <p className="mt-2 max-w-3xl">{home.description}</p>
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
    </>
  );
}
