import { NotFoundPage, notFoundMetadata } from '@/app/_pages/not-found';

export const metadata = notFoundMetadata;

export default NotFoundPage;
