import { counselorsHandoutMetadata, CounselorsHandoutPage } from '@/app/_pages/counselors-handout';

export const metadata = counselorsHandoutMetadata('en');

export default function Page() {
  return <CounselorsHandoutPage locale="en" />;
}
