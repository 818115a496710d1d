import {
  trySetMetadataFor,
  TrySetPage,
  trySetStaticParams,
  type TrySetRouteProps,
} from '@/app/_pages/try';

export const dynamicParams = false;

export function generateStaticParams() {
  return trySetStaticParams();
}

export function generateMetadata(props: TrySetRouteProps) {
  return trySetMetadataFor('es', props);
}

export default function Page({ params }: TrySetRouteProps) {
  return <TrySetPage locale="es" params={params} />;
}
