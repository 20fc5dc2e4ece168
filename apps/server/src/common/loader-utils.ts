// Batch-function helpers for DataLoader: put fetched rows back in the order of the keys asked.

// One row per key (null where none), e.g. records by id.
export const byId = <T extends { id: string }>(rows: readonly T[], ids: readonly string[]): (T | null)[] => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
};

// All rows per key, in the order fetched, e.g. the caregivers of each child.
export const groupByKey = <T>(rows: readonly T[], ids: readonly string[], key: (row: T) => string | null): T[][] => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row) ?? '';
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return ids.map((id) => map.get(id) ?? []);
};
