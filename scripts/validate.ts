// npm run validate: checks data/ and prints every problem as `file: record: field: message`.
import { formatProblem } from '../src/core/validate';
import { loadData } from './data';

const { problems, events } = loadData(process.cwd());
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the dataset.`);
  process.exit(1);
}
console.log(`data/ is valid: ${events?.events.length ?? 0} events, ${events?.lenses.length ?? 0} lenses, as of ${events?.asOf}.`);
