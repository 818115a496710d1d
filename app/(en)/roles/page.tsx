import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageIntro } from '@/components/layout/page-intro';
import { RoleCards } from '@/components/roles/role-cards';
import { pageMetadata } from '@/lib/metadata';
import { getRoleCards } from '@/lib/roles';
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
          Read about each job in depth: the work, a typical day, skills, training, credentials, pay
          and where it leads.
        </p>
      </PageIntro>
      <RoleCards roles={getRoleCards()} />
      <p className="mt-8">
        Want them side by side? <Link href={routes.compare()}>Compare the two</Link>.
      </p>
    </>
  );
}
