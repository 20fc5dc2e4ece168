import { performance } from 'node:perf_hooks';
import { ChildOrder } from '@cp/schema';
import { UserEntity } from '../src/modules/auth/user.entity';
import { toActor } from '../src/modules/auth/session.service';
import { childService } from '../src/modules/children/child.service';
import { connect } from './connect';

// Search latency on the configured database (fill it first: pnpm generate --children 1000000).
// Runs the children list as the people who use it, with the total count, and prints the median
// and the 95th percentile of each search.
const SEARCHES: [string, Record<string, unknown>][] = [
  ['name, no diacritics: "lo van"', { search: 'lo van' }],
  ['name with diacritics: "Vàng A Páo"', { search: 'Vàng A Páo' }],
  ['partial word: "chin"', { search: 'chin' }],
  ['child code: "te-03412-0001"', { search: 'te-03412-0001' }],
  ['rare name: "giang seo dinh"', { search: 'giang seo dinh' }],
  ['no search, first page', {}],
  ['circumstance ABANDONED', { circumstance: 'ABANDONED' }],
  ['girls aged 6 to 10', { sex: 'FEMALE', ageMin: 6, ageMax: 10 }],
];

const main = async () => {
  const { dataSource, close } = await connect();
  try {
    const [{ n }] = await dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM child');
    console.log(`${n} children in the database`);
    for (const username of ['lead.officer', 'commune1.officer']) {
      const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ username });
      const actor = await toActor(user, '00000000-0000-0000-0000-000000000000');
      console.log(`\nas ${username}`);
      for (const [label, filter] of SEARCHES) {
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < 7; i++) {
          const t = performance.now();
          const page = await childService.list({ actor, filter, orderBy: ChildOrder.NAME_ASC, first: 20, withCount: true });
          times.push(performance.now() - t);
          total = page.totalCount;
        }
        times.sort((a, b) => a - b);
        console.log(
          `  ${label.padEnd(40)} ${String(total).padStart(7)} found  median ${times[3]!.toFixed(0).padStart(5)} ms  max ${times[6]!.toFixed(0).padStart(5)} ms`,
        );
      }
    }
  } finally {
    await close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
