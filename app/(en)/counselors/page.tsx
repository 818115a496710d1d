import { counselorsMetadata, CounselorsPage } from '@/app/_pages/counselors';

export const metadata = counselorsMetadata('en');

export default function Page() {
  return <CounselorsPage locale="en" />;
}
