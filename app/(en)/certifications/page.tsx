import { CertificationsPage, certificationsMetadata } from '@/app/_pages/certifications';

export const metadata = certificationsMetadata('en');

export default function Page() {
  return <CertificationsPage locale="en" />;
}
