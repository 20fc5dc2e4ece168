import type { EntityManager } from 'typeorm';

// Imports one province's administrative units in the shape of data/lai-chau-admin-units.json:
// the pre-2025 districts and communes (validTo), the communes from the 2025 reform (validFrom,
// directly under the province) and the old → new successor links. Another province is
// another file of the same shape, not new code. Idempotent: existing units are kept.
export type AdminUnitsFile = {
  province: { code: string; name: string };
  before_2025_07_01: { validTo: string; districts: { code: string; name: string; communes: { code: string; name: string }[] }[] };
  from_2025_07_01: { validFrom: string; communes: { code: string; name: string }[] };
  successors: { oldCode: string; successors: { code: string; basis?: string; confidence?: string }[] }[];
};

const SOURCE_OLD = 'dvhcvn/20250701 (units as of 2025-03-01)';
const SOURCE_NEW = 'QĐ 19/2025/QĐ-TTg';

const upsert = async (
  tx: EntityManager,
  unit: {
    code: string;
    name: string;
    level: string;
    parentId: string | null;
    validFrom: string | null;
    validTo: string | null;
    source: string;
  },
): Promise<string> => {
  const existing: { id: string }[] = await tx.query(
    `SELECT id FROM admin_unit WHERE level = $1 AND code = $2 AND valid_from IS NOT DISTINCT FROM $3`,
    [unit.level, unit.code, unit.validFrom],
  );
  if (existing[0]) return existing[0].id;
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO admin_unit (code, name, level, parent_id, valid_from, valid_to, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [unit.code, unit.name, unit.level, unit.parentId, unit.validFrom, unit.validTo, unit.source],
  );
  return rows[0]!.id;
};

export const importAdminUnits = async (tx: EntityManager, file: AdminUnitsFile) => {
  const provinceId = await upsert(tx, {
    code: file.province.code,
    name: file.province.name,
    level: 'PROVINCE',
    parentId: null,
    validFrom: null,
    validTo: null,
    source: SOURCE_NEW,
  });
  const { validTo } = file.before_2025_07_01;
  const oldCommunes = new Map<string, string>();
  const districts = new Map<string, string>();
  for (const district of file.before_2025_07_01.districts) {
    const districtId = await upsert(tx, {
      code: district.code,
      name: district.name,
      level: 'DISTRICT',
      parentId: provinceId,
      validFrom: null,
      validTo,
      source: SOURCE_OLD,
    });
    districts.set(district.code, districtId);
    for (const commune of district.communes) {
      oldCommunes.set(
        commune.code,
        await upsert(tx, {
          code: commune.code,
          name: commune.name,
          level: 'COMMUNE',
          parentId: districtId,
          validFrom: null,
          validTo,
          source: SOURCE_OLD,
        }),
      );
    }
  }
  const { validFrom } = file.from_2025_07_01;
  const newCommunes = new Map<string, string>();
  for (const commune of file.from_2025_07_01.communes) {
    newCommunes.set(
      commune.code,
      await upsert(tx, {
        code: commune.code,
        name: commune.name,
        level: 'COMMUNE',
        parentId: provinceId,
        validFrom,
        validTo: null,
        source: SOURCE_NEW,
      }),
    );
  }
  for (const link of file.successors) {
    const predecessor = oldCommunes.get(link.oldCode);
    for (const s of link.successors) {
      const successor = newCommunes.get(s.code);
      if (!predecessor || !successor) throw new Error(`successor link ${link.oldCode} → ${s.code} names an unknown unit`);
      await tx.query(
        `INSERT INTO admin_unit_successor (predecessor_id, successor_id, basis, confidence) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [predecessor, successor, s.basis ?? null, s.confidence ?? null],
      );
    }
  }
  return { provinceId, districts, oldCommunes, newCommunes };
};
