import { OutlookPage, outlookMetadata } from '@/app/_pages/outlook';

export const metadata = outlookMetadata('es');

export default function Page() {
  return <OutlookPage locale="es" />;
}
