import { counselorsHandoutMetadata, CounselorsHandoutPage } from '@/app/_pages/counselors-handout';

export const metadata = counselorsHandoutMetadata('es');

export default function Page() {
  return <CounselorsHandoutPage locale="es" />;
}
