import type { Metadata } from 'next';
import { FirstJobGuide } from '@/components/first-job/first-job-guide';
import { PageIntro } from '@/components/layout/page-intro';
import { getFirstJobPage } from '@/lib/first-job';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export function generateMetadata(): Metadata {
  const guide = getFirstJobPage();
  return pageMetadata({
    title: guide.title,
    description: guide.description,
    path: routes.firstJob(),
  });
}

export default function FirstJobPage() {
  const guide = getFirstJobPage();
  return (
    <>
      <PageIntro title={guide.title}>
        {guide.intro.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </PageIntro>
      <FirstJobGuide guide={guide} />
    </>
  );
}
