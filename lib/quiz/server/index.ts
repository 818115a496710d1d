// The quiz's build-time surface: the released versions and outcomes from the content, and the QR
// code of the quiz address. It reads lib/content, so the browser never loads this folder.
export {
  getCurrentQuiz,
  getCurrentQuizLength,
  getQuizDefinitions,
  getQuizOutcomes,
} from './content';
export { qrCodeDataUrl } from '../qr';
