import {
  answerRouteMetadata,
  AnswerRoute,
  answerStaticParams,
  type AnswerParams,
} from '@/app/_pages/answer';

export const dynamicParams = false;

export function generateStaticParams() {
  return answerStaticParams();
}

export function generateMetadata({ params }: { params: AnswerParams }) {
  return answerRouteMetadata(params, 'es');
}

export default function Page({ params }: { params: AnswerParams }) {
  return <AnswerRoute params={params} locale="es" />;
}
