// The training check in Spanish as rendered: the page's headings, and the island's questions and
// summary with the words the server passes them (the island loads no catalog). The counting and
// the codec are tested in training-check.test.ts; the keyboard run in tests/e2e/training-check.spec.ts.
import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ChecklistQuestions } from '@/components/training-check/checklist-questions';
import { ChecklistSummaryView } from '@/components/training-check/checklist-summary';
import { TrainingCheckView } from '@/components/training-check/training-check-view';
import { getMessages } from '@/lib/i18n/messages';
import { checklistQuestions, summarize, type Answers } from '@/lib/training-check';
import { getTrainingCheckPage } from '@/lib/training-check/server';

const page = getTrainingCheckPage('es');
const words = getMessages('es').trainingCheck;

function render(markup: string) {
  const window = new Window();
  window.document.body.innerHTML = markup;
  return window.document;
}

describe('/es/training-check/', () => {
  it('heads every part in Spanish and links the Spanish pages', () => {
    const document = render(renderToStaticMarkup(<TrainingCheckView page={page} locale="es" />));
    const headings = [...document.querySelectorAll('h1, h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      '¿Vale la pena esta escuela o este curso?',
      'La lista de revisión',
      'Qué significa la aprobación',
      'Cuánto debe costar',
      'Cuánto debe durar',
      'Señales de alerta',
      'Preguntas para la escuela',
      'Dónde revisar',
      'Lea después',
    ]);
    const text = document.body.textContent;
    expect(text).toContain('Examen CPC:');
    expect(text).toContain('La regla de aprendiz del CPC:');
    expect(text).toContain('Lea: ¿Puede trabajar desde casa?.');
    const internal = [...document.querySelectorAll('a[href^="/"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) expect(href).toMatch(/^\/es\//);
  });

  it('asks its questions with Spanish answers', () => {
    const document = render(
      renderToStaticMarkup(
        <ChecklistQuestions
          groups={page.checklist.groups}
          answers={{}}
          onAnswer={() => {}}
          answerLabels={words.checklist.answer}
        />,
      ),
    );
    const [first] = document.querySelectorAll('fieldset');
    expect(first?.querySelector('legend')?.textContent).toBe(
      checklistQuestions(page.checklist)[0]?.prompt,
    );
    expect([...(first?.querySelectorAll('label') ?? [])].map((label) => label.textContent)).toEqual(
      ['Sí', 'No', 'No sé'],
    );
  });

  it('sums up a red flag in Spanish, with what to ask next and the record of answers', () => {
    const answers: Answers = { 'remote-job': 'yes', scorecard: 'no' };
    const document = render(
      renderToStaticMarkup(
        <ChecklistSummaryView
          summary={summarize(page.checklist, answers)}
          headingRef={createRef()}
          labels={words.checklist}
          readNext={words.readNext}
          locale="es"
        />,
      ),
    );
    expect(document.querySelector('h2')?.textContent).toBe(
      'Su resumen: Deténgase y revise antes de pagar',
    );
    const text = document.body.textContent;
    expect(text).toContain('Respondió 2 de 14 preguntas.');
    expect(text).toContain('Vio 1 señal de alerta.');
    expect(text).toContain('1 revisión no salió bien.');
    expect(text).toContain('Sitio: College Scorecard');
    expect(text).toContain('Sí (preocupa)');
    expect(text).toContain('Sin respuesta');
    expect(text).not.toMatch(/Your summary|Red flags you saw|No answer|Print this summary/);
    const links = [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href'));
    // The red flag's source, then "Read next".
    expect(links).toEqual([
      '/es/sources/#report-aapc-career-ladder',
      '/es/answers/how-long/',
      '/es/plan/',
      '/es/answers/',
    ]);
  });
});
