import { CertificationsPage, certificationsMetadata } from '@/app/_pages/certifications';

export const metadata = certificationsMetadata('es');

export default function Page() {
  return <CertificationsPage locale="es" />;
}
