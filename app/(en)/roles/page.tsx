import { RolesPage, rolesMetadata } from '@/app/_pages/roles';

export const metadata = rolesMetadata('en');

export default function Page() {
  return <RolesPage locale="en" />;
}
