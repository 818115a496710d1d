import { ComparisonTable } from '@/components/compare/comparison-table';
import { PageIntro } from '@/components/layout/page-intro';
import { RichText } from '@/components/ui/rich-text';
import type { HandoutPage } from '@/lib/counselors';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { HandoutQuizLink } from './handout-quiz-link';
import { OutcomeGuides } from './outcome-guides';

/**
 * The one-page handout: the quiz link and QR code, what each result means and the one-minute
 * comparison. Printed, the sheet is drawn smaller, puts the title beside the QR code and leaves out
 * the older figures behind each headline, so that it fits one page of A4 or Letter paper.
 */
export function Handout({ handout, locale }: { handout: HandoutPage; locale: Locale }) {
  const { handout: words, quizLink, guides } = getMessages(locale).counselors;
  return (
    <div className="space-y-8 print:[zoom:0.65] print:space-y-4 print:[&_details]:hidden">
      <div className="print:grid print:grid-cols-2 print:items-center print:gap-6">
        <PageIntro title={words.title}>
          <p>{formatMessage(words.intro, { questions: handout.questionCount })}</p>
        </PageIntro>
        <HandoutQuizLink path={handout.quizPath} built={handout.quizLink} words={quizLink} />
      </div>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="text-2xl font-semibold print:text-xl">
          {words.resultsHeading}
        </h2>
        <OutcomeGuides
          guides={handout.outcomes}
          detail="meaning"
          headingLevel={3}
          readNext={guides.readNext}
        />
      </section>

      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading" className="text-2xl font-semibold print:text-xl">
          {words.answerHeading}
        </h2>
        <ComparisonTable
          comparison={handout.summary}
          caption={formatMessage(words.answerCaption, {
            rows: handout.summary.rows.length,
            allRows: handout.fullRowCount,
          })}
        />
      </section>

      <p className="text-sm">
        <RichText
          text={formatMessage(words.checkedOn, { date: handout.reviewed.text })}
          tags={{ date: (date) => <time dateTime={handout.reviewed.iso}>{date}</time> }}
        />
      </p>
    </div>
  );
}
