import { trainingCheckMetadata, TrainingCheckPage } from '@/app/_pages/training-check';

export const metadata = trainingCheckMetadata('es');

export default function Page() {
  return <TrainingCheckPage locale="es" />;
}
