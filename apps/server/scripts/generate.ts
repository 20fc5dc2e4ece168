import { generateChildren, loadPlacements } from '../src/db/seed/child-generator';
import { argValue, connect } from './connect';

// pnpm generate --children N [--seed S]: adds N generated children spread over every commune
// (old and new) of the configured database. For large N the trigram index is rebuilt once at
// the end instead of being updated row by row.
const main = async () => {
  const count = argValue('children', 1000);
  const seed = argValue('seed', Date.now() % 100_000);
  const { dataSource, close } = await connect({ asOwner: true });
  const started = Date.now();
  const bulk = count >= 100_000;
  try {
    const places = await loadPlacements(dataSource.manager);
    if (bulk) await dataSource.query('DROP INDEX IF EXISTS child_search_trgm_idx');
    const step = Math.max(50_000, Math.floor(count / 20));
    let reported = 0;
    for (let done = 0; done < count;) {
      const n = Math.min(step, count - done);
      await dataSource.transaction((tx) => generateChildren(tx, n, places, { seed: seed + done, batchSize: 10_000 }));
      done += n;
      if (done - reported >= step || done === count) {
        reported = done;
        console.log(`${done} / ${count} children (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
    if (bulk) {
      console.log('rebuilding the search index…');
      await dataSource.query('CREATE INDEX IF NOT EXISTS child_search_trgm_idx ON child USING gin (search_text gin_trgm_ops)');
    }
    await dataSource.query('ANALYZE child, caregiver, child_circumstance');
    console.log(`generated ${count} children in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (bulk) await dataSource.query('CREATE INDEX IF NOT EXISTS child_search_trgm_idx ON child USING gin (search_text gin_trgm_ops)');
    await close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
