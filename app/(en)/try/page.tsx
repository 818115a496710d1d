import { tryMetadata, TryPage } from '@/app/_pages/try';

export const metadata = tryMetadata('en');

export default function Page() {
  return <TryPage locale="en" />;
}
