import { sourcesMetadata, SourcesPage } from '@/app/_pages/sources';

export const metadata = sourcesMetadata('en');

export default function Page() {
  return <SourcesPage locale="en" />;
}
