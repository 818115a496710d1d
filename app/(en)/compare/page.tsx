import { compareMetadata, ComparePage } from '@/app/_pages/compare';

export const metadata = compareMetadata('en');

export default function Page() {
  return <ComparePage locale="en" />;
}
