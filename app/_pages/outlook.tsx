// /outlook/ and /es/outlook/: pay, projected growth and openings of the two careers and their neighbours.
import type { Metadata } from 'next';
import { QuestionLinks } from '@/components/answers/question-links';
import { BarChart } from '@/components/charts/bar-chart';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { OutlookSummary } from '@/components/outlook/outlook-summary';
import { OutlookTable } from '@/components/outlook/outlook-table';
import { StatePay } from '@/components/outlook/state-pay';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { getOutlook } from '@/lib/outlook';
import { routesFor } from '@/lib/routes';

export function outlookMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).outlook;
  return pageMetadata({
    locale,
    title: m.metaTitle,
    description: m.metaDescription,
    path: routesFor(locale).outlook(),
  });
}

/** A chart's title, with its period when it has one. */
function chartTitle(plain: string, withPeriod: string, period: string | undefined): string {
  return period === undefined ? plain : formatMessage(withPeriod, { period });
}

export function OutlookPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).outlook;
  const r = routesFor(locale);
  const outlook = getOutlook(locale);
  return (
    <>
      <PageIntro title={m.title}>
        <p>{outlook.intro}</p>
      </PageIntro>

      <PageSection wide id="summary" title={m.summary}>
        <OutlookSummary summary={outlook.summary} locale={locale} />
      </PageSection>

      <PageSection wide id="pay" title={m.payTitle}>
        <p className="max-w-3xl">{m.payIntro}</p>
        <BarChart
          id="pay-chart"
          title={chartTitle(m.payChart, m.payChartPeriod, outlook.pay.period)}
          note={outlook.pay.note}
          layout={outlook.pay.layout}
        >
          <OutlookTable
            caption={m.payCaption}
            heading={m.payHeading}
            rows={outlook.pay.rows}
            chartedPeriod={outlook.pay.period}
            locale={locale}
          />
        </BarChart>
      </PageSection>

      <PageSection wide id="growth" title={m.growthTitle}>
        <p className="max-w-3xl">{m.growthIntro}</p>
        <BarChart
          id="growth-chart"
          title={chartTitle(m.growthChart, m.growthChartPeriod, outlook.growth.period)}
          note={outlook.growth.note}
          layout={outlook.growth.layout}
        >
          <OutlookTable
            caption={m.growthCaption}
            heading={m.growthHeading}
            rows={outlook.growth.rows}
            chartedPeriod={outlook.growth.period}
            locale={locale}
          />
        </BarChart>
      </PageSection>

      <PageSection wide id="openings" title={m.openingsTitle}>
        <p className="max-w-3xl">{m.openingsIntro}</p>
        <OutlookTable
          caption={m.openingsCaption}
          heading={m.openingsHeading}
          rows={outlook.openings}
          locale={locale}
        />
      </PageSection>

      <PageSection wide id="states" title={m.statesTitle}>
        <StatePay states={outlook.coderStates} locale={locale} />
      </PageSection>

      <PageSection wide id="about" title={m.aboutTitle}>
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          {outlook.aboutFigures.map((point) => (
            <li key={point}>{point}</li>
          ))}
          <li>
            <RichText
              text={m.aboutSources}
              tags={{ sources: (words) => <Link href={r.sources()}>{words}</Link> }}
            />
          </li>
        </ul>
        <p className="max-w-3xl">
          <RichText
            text={m.next}
            tags={{
              paths: (words) => <Link href={r.careerPaths()}>{words}</Link>,
              compare: (words) => <Link href={r.compare()}>{words}</Link>,
            }}
          />
        </p>
      </PageSection>

      <PageSection id="questions" title={m.questions}>
        <QuestionLinks questions={outlook.questions} locale={locale} />
      </PageSection>
    </>
  );
}
