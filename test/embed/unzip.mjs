// Reads a ZIP archive the way an unzip tool does, from its central directory, for the release
// test: every entry's data is inflated (or stored) and its CRC-32 and size checked, so a broken
// archive fails here rather than on a web editor's computer. Written apart from the writer
// (scripts/build/lib/zip.mjs) on purpose; `unzip -t` checks the archive too when it is installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';

/**
 * @param {Buffer} archive
 * @returns {{ name: string, data: Buffer }[]}
 */
export function readZip(archive) {
  const eocd = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end-of-central-directory record: not a ZIP file');
  const count = archive.readUInt16LE(eocd + 10);
  let at = archive.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central entry ${i}`);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const packed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + packed);
    let data;
    if (method === 0) data = Buffer.from(body);
    else if (method === 8) data = inflateRawSync(body);
    else throw new Error(`${name}: compression method ${method} is not deflate or stored`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, header says ${size}`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`${name}: CRC-32 does not match`);
    entries.push({ name, data });
  }
  return entries;
}

/** Writes the entries under `dir`, refusing any name that would land outside it. */
export function extractZip(archive, dir) {
  const entries = readZip(archive);
  for (const { name, data } of entries) {
    const target = normalize(join(dir, name));
    if (!target.startsWith(dir + sep)) throw new Error(`${name}: would be written outside ${dir}`);
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return entries.map((e) => e.name);
}
