// npm run data:report: what each lens covers, how precise it is, and what is still missing.
import { readFileSync, existsSync } from 'node:fs';
import { loadData } from './data';
import { formatProblem, uncovered } from '../src/core/validate';
import { lensFile } from '../src/core/split';
import { buildLensIndex, standingOn } from '../src/core/relations';
import { statesByCode, toEvent, toLens } from '../src/core/dataset';
import { parseDate, parseDay } from '../src/core/date';
import { EVENT_TYPES } from '../src/core/types';

const { problems, states, events } = loadData(process.cwd());
if (!states || !events) {
  problems.forEach((p) => console.error(formatProblem(p)));
  process.exit(1);
}
const byCode = statesByCode(states.states);
const asOf = parseDay(events.asOf)!;
const openQuestions = existsSync('data/OPEN-QUESTIONS.md') ? readFileSync('data/OPEN-QUESTIONS.md', 'utf8') : '';
const un = states.states.filter((s) => s.un !== undefined);

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((100 * n) / of)}%`);
console.log(`Dataset as of ${events.asOf}: ${events.events.length} events, ${states.states.length} states (${un.length} UN members and observers).`);
if (problems.length > 0) console.log(`VALIDATION: ${problems.length} problem(s); run npm run validate.`);

for (const lens of events.lenses) {
  const file = lensFile(events, states.states, lens.state);
  const index = buildLensIndex(byCode, lens.state, file.events.map(toEvent), toLens(file.lens));
  const first = lens.from ? parseDay(lens.from)! : index.lens.exists.from;
  const known = (day: number) =>
    un.filter((s) => s.code !== lens.state && index.states.get(s.code) && standingOn(index, s.code, day).category !== 'unknown' && standingOn(index, s.code, day).category !== 'notstate');
  const existing = (day: number) => un.filter((s) => s.code !== lens.state && standingOn(index, s.code, day).category !== 'notstate');
  const byType = EVENT_TYPES.map((t) => [t, file.events.filter((e) => e.type === t).length] as const).filter(([, n]) => n > 0);
  const precision = { day: 0, month: 0, year: 0 };
  for (const e of file.events) precision[parseDate(e.date)!.precision]++;
  const missing = uncovered(events, states, lens.state, asOf);
  const section = new RegExp(`^## .*\\(${lens.state}\\)[\\s\\S]*?(?=^## |$(?![\\s\\S]))`, 'm').exec(openQuestions)?.[0] ?? '';
  const questions = section.split('\n').filter((l) => /^\s*[-*] /.test(l)).length;
  console.log(`\n## ${byCode.get(lens.state)?.name ?? lens.state} (${lens.state})${lens.complete ? ' (complete)' : ''}`);
  console.log(`events: ${file.events.length} (${byType.map(([t, n]) => `${t} ${n}`).join(', ')})`);
  console.log(`UN members and observers with a known category: ${known(asOf).length} of ${existing(asOf).length} on ${events.asOf}; ${known(first).length} of ${existing(first).length} on the lens's first day`);
  console.log(`date precision: day ${pct(precision.day, file.events.length)}, month ${pct(precision.month, file.events.length)}, year ${pct(precision.year, file.events.length)}`);
  console.log(`disputed events: ${file.events.filter((e) => e.disputed).length}; open questions: ${questions}`);
  console.log(`no known category today (${missing.length}): ${missing.length > 0 ? missing.join(' ') : 'none'}`);
}
