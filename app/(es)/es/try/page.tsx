import { tryMetadata, TryPage } from '@/app/_pages/try';

export const metadata = tryMetadata('es');

export default function Page() {
  return <TryPage locale="es" />;
}
