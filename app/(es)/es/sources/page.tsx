import { sourcesMetadata, SourcesPage } from '@/app/_pages/sources';

export const metadata = sourcesMetadata('es');

export default function Page() {
  return <SourcesPage locale="es" />;
}
