import type { Metadata } from 'next';
import { QuestionLinks } from '@/components/answers/question-links';
import { Link } from '@/components/ui/link';
import { BarChart } from '@/components/charts/bar-chart';
import { OutlookSummary } from '@/components/outlook/outlook-summary';
import { OutlookTable } from '@/components/outlook/outlook-table';
import { StatePay } from '@/components/outlook/state-pay';
import { PageIntro } from '@/components/layout/page-intro';
import { pageMetadata } from '@/lib/metadata';
import { getOutlook } from '@/lib/outlook';
import { PageSection } from '@/components/layout/page-section';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Pay and job outlook for medical coders and billers',
  description:
    'Median pay and projected job growth for medical coders, billers and the roles they grow into, in charts and tables, each figure with its source and date.',
  path: routes.outlook(),
});

export default function OutlookPage() {
  const outlook = getOutlook();
  return (
    <>
      <PageIntro title="Pay and job outlook">
        <p>{outlook.intro}</p>
      </PageIntro>

      <PageSection wide id="summary" title="The short version">
        <OutlookSummary summary={outlook.summary} />
      </PageSection>

      <PageSection wide id="pay" title="Median pay">
        <p className="max-w-3xl">
          Half the workers in an occupation earn more than the median, half earn less. Your own pay
          depends on your state, your employer, your credentials and your experience.
        </p>
        <BarChart
          id="pay-chart"
          title={`Median annual pay by occupation${outlook.pay.period ? `, ${outlook.pay.period}` : ''}`}
          note={outlook.pay.note}
          layout={outlook.pay.layout}
        >
          <OutlookTable
            caption="Median annual pay: the newest figure of each occupation, with its source and date. Earlier figures and other sources are behind each one."
            heading="Median pay, with source and date"
            rows={outlook.pay.rows}
            chartedPeriod={outlook.pay.period}
          />
        </BarChart>
      </PageSection>

      <PageSection wide id="growth" title="Projected job growth">
        <p className="max-w-3xl">
          How much the number of jobs is expected to change over each projection&rsquo;s period,
          shown with its figure. A bar to the left of the zero line means fewer jobs at the end of
          the period than at the start.
        </p>
        <BarChart
          id="growth-chart"
          title={`Projected change in the number of jobs, by occupation${outlook.growth.period ? `, ${outlook.growth.period}` : ''}`}
          note={outlook.growth.note}
          layout={outlook.growth.layout}
        >
          <OutlookTable
            caption="Projected change in jobs: the newest projection of each occupation, with its source and period. Earlier projections and other sources are behind each one."
            heading="Projected change, with source and period"
            rows={outlook.growth.rows}
            chartedPeriod={outlook.growth.period}
          />
        </BarChart>
      </PageSection>

      <PageSection wide id="openings" title="Openings each year">
        <p className="max-w-3xl">
          Openings count new jobs and jobs left by people who retire or change careers. That is why
          an occupation that is not growing can still have many openings.
        </p>
        <OutlookTable
          caption="Projected openings each year, with source and period."
          heading="Openings a year, with source and period"
          rows={outlook.openings}
        />
      </PageSection>

      <PageSection wide id="states" title="Coder pay by state">
        <StatePay states={outlook.coderStates} />
      </PageSection>

      <PageSection wide id="about" title="About these figures">
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          {outlook.aboutFigures.map((point) => (
            <li key={point}>{point}</li>
          ))}
          <li>
            Every source, with its address and the date it was read, is on the{' '}
            <Link href={routes.sources()}>sources page</Link>.
          </li>
        </ul>
        <p className="max-w-3xl">
          Next: <Link href={routes.careerPaths()}>career paths from entry to lead</Link>, or{' '}
          <Link href={routes.compare()}>coder and biller side by side</Link>.
        </p>
      </PageSection>

      <PageSection id="questions" title="Questions people ask">
        <QuestionLinks questions={outlook.questions} locale="en" />
      </PageSection>
    </>
  );
}
