import type { ReactNode } from 'react';
import { RootLayout, rootMetadata, rootViewport } from '@/app/_pages/root-layout';

export const metadata = rootMetadata('en');
export const viewport = rootViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="en">{children}</RootLayout>;
}
