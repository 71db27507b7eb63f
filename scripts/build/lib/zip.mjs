// A minimal ZIP writer (PKZIP 2.0: deflate or stored, no zip64, no encryption) on node:zlib, for
// `npm run release`. Enough for a few hundred files under 4 GB; every entry gets a fixed
// timestamp so the same files give the same archive.
import { crc32, deflateRawSync } from 'node:zlib';

/** 1 Jan 2026 00:00 in MS-DOS date/time form (local time fields, as ZIP stores them). */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/**
 * Writes the fields that a local file header (from byte 4) and a central directory entry (from
 * byte 6) share, in the same order: version needed … extra field length (26 bytes).
 * @param {Buffer} header
 * @param {number} at
 * @param {{ stored: boolean, crc: number, compressedSize: number, size: number, nameLength: number }} entry
 */
function writeEntryFields(header, at, { stored, crc, compressedSize, size, nameLength }) {
  header.writeUInt16LE(20, at); // version needed: 2.0
  header.writeUInt16LE(0x0800, at + 2); // flags: UTF-8 names
  header.writeUInt16LE(stored ? 0 : 8, at + 4); // method: stored or deflate
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(compressedSize, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
  header.writeUInt16LE(0, at + 24); // extra field length
}

/**
 * @param {{ name: string, data: Uint8Array }[]} entries  `name` uses `/`, no leading slash
 * @returns {Buffer} the archive
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const names = new Set();
  for (const { name, data } of entries) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..'))
      throw new Error(`zip: unsafe entry name ${JSON.stringify(name)}`);
    if (names.has(name)) throw new Error(`zip: duplicate entry ${name}`);
    names.add(name);
    const raw = Buffer.from(data);
    const deflated = deflateRawSync(raw, { level: 9 });
    const stored = deflated.length >= raw.length;
    const body = stored ? raw : deflated;
    const fileName = Buffer.from(name, 'utf8');
    const entry = {
      stored,
      crc: crc32(raw) >>> 0,
      compressedSize: body.length,
      size: raw.length,
      nameLength: fileName.length,
    };
    // Local file header.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    // Central directory entry.
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(((0o100644 << 16) >>> 0) >>> 0, 38); // external attrs: -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, body);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (offset > 0xffffffff || entries.length > 0xffff) throw new Error('zip: too large for ZIP32');
  return Buffer.concat([...locals, directory, end]);
}
