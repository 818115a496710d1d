// Prints the Flesch-Kincaid grade of every built page's main prose (out/), hardest first.
// `npm run reading-level -- /answers/ /plan/` limits it to pages whose path starts with those.
import { builtSite } from '../tests/static/built-site';
import { MAX_READING_GRADE, mainProse, readingGrade } from '../lib/readability';

const prefixes = process.argv.slice(2);
const rows = [...builtSite().pages]
  .filter(([path]) => prefixes.length === 0 || prefixes.some((prefix) => path.startsWith(prefix)))
  .map(([path, html]) => ({ path, blocks: mainProse(html) }))
  .map(({ path, blocks }) => ({ path, blocks: blocks.length, grade: readingGrade(blocks) }))
  .sort((a, b) => b.grade - a.grade);
for (const row of rows)
  console.log(
    `${row.grade > MAX_READING_GRADE ? '✗' : ' '} ${row.grade.toFixed(1).padStart(5)}  ${String(row.blocks).padStart(4)} blocks  ${row.path}`,
  );
const over = rows.filter((row) => row.grade > MAX_READING_GRADE).length;
console.log(`\n${rows.length} pages, ${over} over grade ${MAX_READING_GRADE}`);
