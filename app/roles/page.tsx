import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageIntro } from '@/components/layout/page-intro';
import { getRoles } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'The two roles',
  description: 'Medical coder and medical biller: what each job is, in depth.',
  path: routes.roles(),
});

export default function RolesPage() {
  return (
    <>
      <PageIntro title="The two roles">
        <p>
          Read each career in depth: the work, a typical day, skills, education, certifications, pay
          and where it leads.
        </p>
      </PageIntro>
      <ul className="grid gap-6 sm:grid-cols-2">
        {getRoles().map((role) => (
          <li
            key={role.slug}
            className="rounded-lg border border-slate-200 p-5 dark:border-slate-700"
          >
            <h2 className="text-xl font-semibold">
              <Link href={routes.role(role.slug)}>{role.name}</Link>
            </h2>
            <p className="mt-2">{role.summary}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        Want them side by side? <Link href={routes.compare()}>Compare the two</Link>.
      </p>
    </>
  );
}
