// The /career-paths page: its intro, the ladders' labels and the level names.
import { defineMessages } from '../define';

export const careerPathsMessages = defineMessages({
  en: {
    metaTitle: 'Career paths in medical coding and billing, from entry to lead',
    metaDescription:
      'The coding and billing career ladders from a first job to management, where they meet in revenue cycle, auditing, CDI, compliance and HIM, and the credential or degree that opens each step.',
    title: 'Career paths',
    intro:
      'Coding and billing each have a ladder, from a first job to leading a team. Each step says what opens it: experience, a credential or a degree. After a few years, the two ladders lead to the same places.',
    readPhone: 'Read each ladder from top to bottom, entry level first.',
    readWide:
      'Each ladder climbs from entry level at the bottom to lead at the top; where the two meet is across the top.',
    titlesVary: 'Job titles vary between employers: the same work can go by several names.',
    more: 'Pay and growth of the government occupations behind these jobs: <outlook>pay and job outlook</outlook>. Every credential compared: <certifications>certifications</certifications>. Other titles and where they lead: <jobs>the job finder</jobs>.',
    opensIt: 'What opens it: ',
    credentials: 'Credentials:',
    bothLeadHere: 'Both ladders lead here',
    levelEntry: 'Entry level',
    levelMid: 'Mid level',
    levelSenior: 'Senior level',
    levelLead: 'Lead and management',
  },
  es: {
    metaTitle: 'Caminos de carrera en codificación y facturación médica, del inicio a la dirección',
    metaDescription:
      'Las escaleras de carrera de la codificación y la facturación, desde un primer empleo hasta la gerencia. Dónde se juntan: ciclo de ingresos, auditoría, CDI, cumplimiento y HIM. Y la credencial o el título que abre cada paso.',
    title: 'Caminos de carrera',
    intro:
      'La codificación y la facturación tienen cada una su escalera, desde un primer empleo hasta dirigir un equipo. Cada paso dice qué lo abre: experiencia, una credencial o un título. Después de unos años, las dos escaleras llevan a los mismos lugares.',
    readPhone: 'Lea cada escalera de arriba abajo, empezando por el nivel inicial.',
    readWide:
      'Cada escalera sube del nivel inicial, abajo, a la dirección, arriba. Donde las dos se juntan está arriba, de lado a lado.',
    titlesVary:
      'Los nombres de los puestos cambian de un empleador a otro: el mismo trabajo puede tener varios nombres.',
    more: 'Salario y crecimiento de las ocupaciones del gobierno detrás de estos empleos: <outlook>salario y perspectivas de empleo</outlook>. Todas las credenciales comparadas: <certifications>certificaciones</certifications>. Otros puestos y a dónde llevan: <jobs>el buscador de puestos</jobs>.',
    opensIt: 'Qué lo abre: ',
    credentials: 'Credenciales:',
    bothLeadHere: 'Las dos escaleras llevan aquí',
    levelEntry: 'Nivel inicial',
    levelMid: 'Nivel medio',
    levelSenior: 'Nivel avanzado',
    levelLead: 'Dirección y gerencia',
  },
});
