import { homeMetadata, HomePage } from '@/app/_pages/home';

export const metadata = homeMetadata('es');

export default function Page() {
  return <HomePage locale="es" />;
}
