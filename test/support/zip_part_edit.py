"""A package edited in place, as a forger with a hex editor would: the answer key of the
package-part-altered check (ingest/extract/documents/checks/check-package.ts), made and checked by
Python's zipfile, independently of leakgraph's reader (yauzl with its own CRC check).

usage: zip_part_edit.py <package> <part> <old> <new> <out-dir>
Writes <out-dir>/stored.zip: every entry of the package as it is, uncompressed (ZIP_STORED), so a
part's bytes lie in the file as they are; and <out-dir>/edited.zip: the same file with the first
<old> in <part>'s bytes overwritten by <new> (same length), the zip's records left alone.
Prints JSON: the part's recorded CRC-32 and the CRC-32 of its edited bytes (8 lower-case hex
digits), and what zipfile's own testzip() names as the first bad entry of each file (null: none).
"""
import json
import os
import sys
import zipfile
import zlib

source, part, old, new, out = sys.argv[1:6]
old, new = old.encode(), new.encode()
assert len(old) == len(new), 'the edit keeps the length'
stored = os.path.join(out, 'stored.zip')
edited = os.path.join(out, 'edited.zip')
with zipfile.ZipFile(source) as z, zipfile.ZipFile(stored, 'w', zipfile.ZIP_STORED) as w:
    for info in z.infolist():
        copy = zipfile.ZipInfo(info.filename, info.date_time)
        copy.compress_type = zipfile.ZIP_STORED
        w.writestr(copy, z.read(info))
data = bytearray(open(stored, 'rb').read())
with zipfile.ZipFile(stored) as z:
    info = z.getinfo(part)
    # The local header: 30 bytes, then the name and the extra field, then the part's bytes.
    name_length, extra_length = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], 'little'), \
        int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], 'little')
    start = info.header_offset + 30 + name_length + extra_length
    body = bytes(data[start:start + info.file_size])
    at = body.index(old)
    changed = body[:at] + new + body[at + len(old):]
    data[start:start + info.file_size] = changed
    recorded = info.CRC
open(edited, 'wb').write(data)
with zipfile.ZipFile(stored) as a, zipfile.ZipFile(edited) as b:
    print(json.dumps({
        'recorded': format(recorded, '08x'),
        'actual': format(zlib.crc32(changed), '08x'),
        'storedBad': a.testzip(),
        'editedBad': b.testzip(),
    }))
