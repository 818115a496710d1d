// Prints the reading grade of every built page's main prose (out/), hardest first, in the page's
// language (Flesch-Kincaid for English, Fernández-Huerta as a grade for Spanish), and the blocks of
// Spanish pages that read as English.
// `npm run reading-level -- /answers/ /es/plan/` limits it to pages whose path starts with those.
import { builtSite } from '../tests/static/built-site';
import { MAX_READING_GRADE, pageReading } from '../lib/readability';

const prefixes = process.argv.slice(2);
const rows = [...builtSite().pages]
  .filter(([path]) => prefixes.length === 0 || prefixes.some((prefix) => path.startsWith(prefix)))
  .map(([path, html]) => ({ path, ...pageReading(html) }))
  .sort((a, b) => b.grade - a.grade);
for (const row of rows) {
  console.log(
    `${row.grade > MAX_READING_GRADE ? '✗' : ' '} ${row.grade.toFixed(1).padStart(5)}  ${row.locale}  ${String(row.blocks.length).padStart(4)} blocks  ${row.path}`,
  );
  for (const block of row.englishBlocks) console.log(`        English: ${block}`);
}
const over = rows.filter((row) => row.grade > MAX_READING_GRADE).length;
const english = rows.filter((row) => row.englishBlocks.length > 0).length;
console.log(
  `\n${rows.length} pages, ${over} over grade ${MAX_READING_GRADE}, ${english} Spanish with English left`,
);
