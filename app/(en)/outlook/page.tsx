import { OutlookPage, outlookMetadata } from '@/app/_pages/outlook';

export const metadata = outlookMetadata('en');

export default function Page() {
  return <OutlookPage locale="en" />;
}
