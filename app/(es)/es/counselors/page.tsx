import { counselorsMetadata, CounselorsPage } from '@/app/_pages/counselors';

export const metadata = counselorsMetadata('es');

export default function Page() {
  return <CounselorsPage locale="es" />;
}
