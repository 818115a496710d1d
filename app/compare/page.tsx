import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { PageIntro } from '@/components/layout/page-intro';
import { getComparisonView } from '@/lib/compare';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Medical coder vs medical biller: side by side',
  description:
    'Duties, skills, code sets, education, certifications, pay and job outlook of medical coders and medical billers, each figure with its source and date.',
  path: routes.compare(),
  card: 'compare',
});

export default function ComparePage() {
  const comparison = getComparisonView();
  return (
    <>
      <PageIntro title="Medical coder vs medical biller">
        <p>
          The two jobs sit side by side in the same office and often share a job title, but the work
          is different. Coders read medical records and assign codes; billers turn those codes into
          claims and make sure they are paid. Every figure below names its source and date.
        </p>
        <p>
          Each job has its own page: <Link href={routes.role('coder')}>medical coder</Link> and{' '}
          <Link href={routes.role('biller')}>medical biller</Link>.
        </p>
      </PageIntro>
      <ComparisonTable
        comparison={comparison}
        caption={`Medical coder and medical biller compared on ${comparison.rows.length} points. Pay and outlook are the government figures for the occupation each job falls under.`}
      />
      <p className="mt-6">
        Not sure yet? <Link href={routes.quiz()}>Take the role-fit quiz</Link>.
      </p>
    </>
  );
}
