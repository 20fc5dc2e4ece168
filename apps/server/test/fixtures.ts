import { db } from '../src/db/data-source';

// Ids of the demo units the tests place children in.
export const unitId = async (code: string, level = 'COMMUNE'): Promise<string> => {
  const rows: { id: string }[] = await db().query(
    `SELECT id FROM admin_unit WHERE code = $1 AND level = $2 ORDER BY valid_from NULLS FIRST LIMIT 1`,
    [code, level],
  );
  if (!rows[0]) throw new Error(`no unit ${level} ${code}`);
  return rows[0].id;
};

export const COMMUNE1 = '03412'; // Xã Bình Lư: commune1.officer, commune1.chair
export const COMMUNE2 = '03424'; // Xã Bản Bo: commune2.officer
export const COMMUNE1_VILLAGE1 = '03412-01'; // commune1.collab's village
export const COMMUNE1_VILLAGE2 = '03412-02';
