import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { CareerLadders } from '@/components/career-paths/career-ladders';
import { PageIntro } from '@/components/layout/page-intro';
import { getCareerLadders, splitShared } from '@/lib/career-paths';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Career paths in medical coding and billing, from entry to lead',
  description:
    'The coding and billing career ladders from a first job to management, where they meet in revenue cycle, auditing, CDI, compliance and HIM, and the credential or degree that opens each step.',
  path: routes.careerPaths(),
});

export default function CareerPathsPage() {
  const { ladders, shared } = splitShared(getCareerLadders());
  return (
    <>
      <PageIntro title="Career paths">
        <p>
          Coding and billing each have a ladder, from a first job to leading a team. Each step says
          what opens it: experience, a credential or a degree. After a few years, the two ladders
          lead to the same places.
        </p>
        <p>
          <span className="md:hidden">Read each ladder from top to bottom, entry level first.</span>
          <span className="hidden md:inline">
            Each ladder climbs from entry level at the bottom to lead at the top; where the two meet
            is across the top.
          </span>{' '}
          Job titles vary between employers: the same work can go by several names.
        </p>
      </PageIntro>
      <CareerLadders ladders={ladders} shared={shared} />
      <p className="mt-10 max-w-3xl">
        Pay and growth of the government occupations behind these jobs:{' '}
        <Link href={routes.outlook()}>pay and job outlook</Link>. Every credential compared:{' '}
        <Link href={routes.certifications()}>certifications</Link>. Other titles and where they
        lead: <Link href={routes.jobs()}>the job finder</Link>.
      </p>
    </>
  );
}
