/** `npm run bench` (50,000 generated aliases, then 200,000 shaped like the bundled ones; 2 s a contender) or `npm run bench -- --quick`. */
import { runBench } from './matcher-bench';

const quick = process.argv.includes('--quick');
const result = runBench({
  aliases: quick ? 5_000 : 50_000,
  large: quick ? 20_000 : 200_000,
  budgetMs: quick ? 150 : 2_000,
});
console.log(JSON.stringify(result));
