import { ComparisonTable } from '@/components/compare/comparison-table';
import { PageIntro } from '@/components/layout/page-intro';
import type { HandoutPage } from '@/lib/counselors';
import { HandoutQuizLink } from './handout-quiz-link';
import { OutcomeGuides } from './outcome-guides';

/**
 * The one-page handout: the quiz link and QR code, what each result means and the one-minute
 * comparison. Printed, the sheet is drawn smaller, puts the title beside the QR code and leaves out
 * the older figures behind each headline, so that it fits one page of A4 or Letter paper.
 */
export function Handout({ handout }: { handout: HandoutPage }) {
  return (
    <div className="space-y-8 print:[zoom:0.65] print:space-y-4 print:[&_details]:hidden">
      <div className="print:grid print:grid-cols-2 print:items-center print:gap-6">
        <PageIntro title="Coding or billing? Take the quiz">
          <p>
            {handout.questionCount} short questions about what you like to do. You get the kind of
            work that fits you best, with the reasons, and pages to read next.
          </p>
        </PageIntro>
        <HandoutQuizLink path={handout.quizPath} built={handout.quizLink} />
      </div>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="text-2xl font-semibold print:text-xl">
          What each result means
        </h2>
        <OutcomeGuides guides={handout.outcomes} detail="meaning" headingLevel={3} />
      </section>

      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading" className="text-2xl font-semibold print:text-xl">
          The one-minute answer
        </h2>
        <ComparisonTable
          comparison={handout.summary}
          caption={`Coders and billers on ${handout.summary.rows.length} points, with sources. The full comparison on the site has ${handout.fullRowCount}.`}
        />
      </section>

      <p className="text-sm">
        Facts on this sheet were checked against their sources on{' '}
        <time dateTime={handout.reviewed.iso}>{handout.reviewed.text}</time>.
      </p>
    </div>
  );
}
