import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social/social-card';
import { getSiteInfo } from '@/lib/content';
import { socialCard, socialCards } from '@/lib/metadata';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return socialCards().map((card) => ({ card: `${card.id}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ card: string }> }) {
  const card = socialCard((await params).card.replace(/\.png$/, ''));
  return new ImageResponse(
    <SocialCard title={card.title} subtitle={card.subtitle} siteName={getSiteInfo().name} />,
    { width: 1200, height: 630 },
  );
}
