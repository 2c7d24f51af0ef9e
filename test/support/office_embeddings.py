"""The files embedded in an Office document, read by Python's zipfile and olefile (Debian
python3-olefile), independently of leakgraph's reader (ingest/read/embedded-objects.ts): the answer
key of the embedded-object tests.

usage: office_embeddings.py <document> | --compound <file>
Prints JSON. For a document: one object per embedding part (OOXML `*/embeddings/*`) or object
storage (Word's ObjectPool/<n>, Excel's MBD<hex>):
  path, how ('part': the part's bytes as they are; 'compound': an OLE object that is a compound
  file of its own; 'package': the file an OLE1 package holds; 'contents': its CONTENTS stream;
  'ooxml': its Package stream, an OOXML file; 'none': no file), name (a package's label), sha256
  and size of the file (not for a storage of a .doc, which has to be written out as a file to have bytes), and `compound` for an object that is
  a compound file, or a package holding one.
For a compound file (--compound): its streams {path: sha256}, and the subject, body and attachment
and recipient counts of an Outlook message (MS-OXMSG property streams).
"""
import hashlib
import json
import struct
import sys
import zipfile

import olefile

sha = lambda b: hashlib.sha256(b).hexdigest()


def package(native):
    """MS-OLEDS OLE1 Package: size, type, label\\0, source path\\0, 4 bytes, temp path (length first), data (length first)."""
    at = 6
    end = native.index(b'\0', at)
    label = native[at:end].decode('latin-1')
    at = native.index(b'\0', end + 1) + 1 + 4
    (n,) = struct.unpack_from('<I', native, at)
    at += 4 + n
    (size,) = struct.unpack_from('<I', native, at)
    return label, native[at + 4 : at + 4 + size]


def streams(ole, prefix=()):
    return {
        '/'.join(e[len(prefix) :]): sha(ole.openstream(e).read())
        for e in ole.listdir()
        if tuple(e[: len(prefix)]) == prefix and len(e) > len(prefix)
    }


def describe(ole, prefix, path, whole=None):
    names = {e[len(prefix)] for e in ole.listdir() if tuple(e[: len(prefix)]) == prefix and len(e) > len(prefix)}
    if '\x01Ole10Native' in names:
        label, data = package(ole.openstream(list(prefix) + ['\x01Ole10Native']).read())
        found = {'path': path, 'how': 'package', 'name': label, 'sha256': sha(data), 'size': len(data)}
        if data[:8] == olefile.MAGIC:
            found['compound'] = compound(olefile.OleFileIO(data))
        return found
    whole_file = {'WordDocument', 'Workbook', 'Book', 'PowerPoint Document', '__properties_version1.0'}
    if names & whole_file or any(n.startswith('__substg1.0_') for n in names):
        found = {'path': path, 'how': 'compound', 'compound': compound(ole, prefix)}
        if whole is not None:
            found.update(sha256=sha(whole), size=len(whole))
        return found
    # Stream names are case-insensitive in a compound file (WPS Office writes 'package').
    by_case = {n.lower(): n for n in names}
    for stream, how in (('contents', 'contents'), ('package', 'ooxml')):
        if stream in by_case:
            data = ole.openstream(list(prefix) + [by_case[stream]]).read()
            # A CONTENTS stream is a file when it is a PDF (Acrobat) or RTF (WordPad), not a control's state.
            if how == 'contents' and data[:5] not in (b'%PDF-', b'{\\rtf'):
                continue
            return {'path': path, 'how': how, 'sha256': sha(data), 'size': len(data)}
    return {'path': path, 'how': 'none'}


def document(path):
    with open(path, 'rb') as f:
        is_ole = f.read(8) == olefile.MAGIC
    # Not zipfile.is_zipfile: a .doc holding a zip part (a .docx embedded) passes it.
    if not is_ole:
        found = []
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                parts = name.split('/')
                if len(parts) != 3 or not parts[2] or parts[0] not in ('word', 'xl', 'ppt') or parts[1] != 'embeddings':
                    continue
                data = z.read(name)
                if data[:8] == olefile.MAGIC:
                    found.append(describe(olefile.OleFileIO(data), (), name, data))
                else:
                    found.append({'path': name, 'how': 'part', 'sha256': sha(data), 'size': len(data)})
        return found
    ole = olefile.OleFileIO(path)
    storages = sorted({tuple(e[:2]) for e in ole.listdir(storages=True) if e[0] == 'ObjectPool' and len(e) > 1})
    storages += sorted({(e[0],) for e in ole.listdir(storages=True) if e[0].startswith('MBD')})
    return [describe(ole, s, '/'.join(s)) for s in storages]


def compound(ole, prefix=()):
    def text(name):
        at = '/'.join(list(prefix) + [name])
        return ole.openstream(at).read().decode('utf-16-le').rstrip('\0') if ole.exists(at) else None

    tops = {e[len(prefix)] for e in ole.listdir(storages=True) if tuple(e[: len(prefix)]) == prefix and len(e) > len(prefix)}
    return {
        'streams': streams(ole, prefix),
        'subject': text('__substg1.0_0037001F'),
        'body': text('__substg1.0_1000001F'),
        'attachments': len([t for t in tops if t.startswith('__attach_version1.0_')]),
        'recipients': len([t for t in tops if t.startswith('__recip_version1.0_')]),
    }


if __name__ == '__main__':
    print(json.dumps(compound(olefile.OleFileIO(sys.argv[2])) if sys.argv[1] == '--compound' else document(sys.argv[1])))
