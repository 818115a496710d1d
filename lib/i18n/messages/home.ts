// The home page: its headings, the quiz's way in, the job search form and the "Where to next" cards.
import { defineMessages } from '../define';

export const homeMessages = defineMessages({
  en: {
    title: 'Medical coding or medical billing?',
    takeQuiz: 'Take the quiz',
    quizQuestions: '{questions} questions,',
    quizMinutes: 'about {minutes} minutes.',
    finderHeading: 'Or find a job title',
    search: {
      formLabel: 'Job titles',
      what: 'What is your dream job?',
      whatPlaceholder: 'e.g. coding auditor, CPC',
      where: 'Where?',
      wherePlaceholder: 'City, state or remote',
      submit: 'Search',
    },
    answerHeading: 'The one-minute answer, with sources',
    caption:
      'Coders and billers on {count} points. Each figure is the newest we hold, with its source; earlier ones are behind it. The full comparison has {total}.',
    nextHeading: 'Where to next',
    entries: {
      compare: {
        label: 'Compare in full',
        description:
          'The work, skills, code books, training, credentials, pay and job growth, side by side.',
      },
      roles: {
        label: 'Read about each job',
        description:
          'What coders and billers do all day, what they need to start, and where it leads.',
      },
      certifications: {
        label: 'Pick a certification',
        description: 'Every credential that matters for coding and billing jobs, compared.',
      },
      plan: {
        label: 'Make your plan',
        description: 'From where you are to a first job: the steps, the months and the cost.',
      },
      tryTheWork: {
        label: 'Try the work',
        description: 'Short made-up coding and billing tasks, with the answers explained.',
      },
      answers: {
        label: 'Get straight answers',
        description:
          'Will AI take these jobs? Can you work from home? What is the pay at the start?',
      },
      firstJob: {
        label: 'Get your first job',
        description: 'Why job ads ask for experience, and the jobs that hire people who are new.',
      },
      trainingCheck: {
        label: 'Check a school',
        description: 'Is a course worth the money? The red flags, and the questions to ask.',
      },
    },
  },
  es: {
    title: '¿Codificación médica o facturación médica?',
    takeQuiz: 'Hacer el cuestionario',
    quizQuestions: '{questions} preguntas,',
    quizMinutes: 'unos {minutes} minutos.',
    finderHeading: 'O busque un puesto',
    search: {
      formLabel: 'Nombres de puestos',
      what: '¿Cuál es el trabajo de sus sueños?',
      whatPlaceholder: 'p. ej. codificador médico, CPC',
      where: '¿Dónde?',
      wherePlaceholder: 'Ciudad, estado o remoto',
      submit: 'Buscar',
    },
    answerHeading: 'La respuesta en un minuto, con fuentes',
    caption:
      'Codificadores y facturadores en {count} puntos. Cada cifra es la más nueva que tenemos, con su fuente; las anteriores están detrás. La comparación completa tiene {total}.',
    nextHeading: 'Adónde ir ahora',
    entries: {
      compare: {
        label: 'Compare todo',
        description:
          'El trabajo, las habilidades, los libros de códigos, la capacitación, las credenciales, el salario y el crecimiento del empleo, lado a lado.',
      },
      roles: {
        label: 'Lea sobre cada trabajo',
        description:
          'Qué hacen todo el día los codificadores y los facturadores, qué necesitan para empezar y adónde lleva.',
      },
      certifications: {
        label: 'Elija una certificación',
        description:
          'Cada credencial que cuenta para empleos de codificación y de facturación, comparadas.',
      },
      plan: {
        label: 'Haga su plan',
        description: 'Desde donde está hasta un primer empleo: los pasos, los meses y el costo.',
      },
      tryTheWork: {
        label: 'Pruebe el trabajo',
        description:
          'Tareas cortas e inventadas de codificación y de facturación, con las respuestas explicadas.',
      },
      answers: {
        label: 'Respuestas claras',
        description:
          '¿La inteligencia artificial se quedará con estos trabajos? ¿Se puede trabajar desde casa? ¿Cuánto se gana al empezar?',
      },
      firstJob: {
        label: 'Consiga su primer empleo',
        description:
          'Por qué los anuncios piden experiencia, y los empleos que contratan a personas nuevas.',
      },
      trainingCheck: {
        label: 'Revise una escuela',
        description:
          '¿Vale lo que cuesta un curso? Las señales de alerta y las preguntas que debe hacer.',
      },
    },
  },
});
