import { RolesPage, rolesMetadata } from '@/app/_pages/roles';

export const metadata = rolesMetadata('es');

export default function Page() {
  return <RolesPage locale="es" />;
}
