import { compareMetadata, ComparePage } from '@/app/_pages/compare';

export const metadata = compareMetadata('es');

export default function Page() {
  return <ComparePage locale="es" />;
}
