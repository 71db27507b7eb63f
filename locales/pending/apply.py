#!/usr/bin/env python3
# Translations written before their English reached main (card, trial list, glossary UI).
# After merging those branches: npm run locale:extract, then for each locale
#   python3 locales/pending/apply.py locales/es.xlf locales/pending/es.json
# then npm run locale:build && npm run locale:check. Units whose English changed since are listed
# and left untranslated (translate them by hand). Placeholders: {$name} or {#id}.
import json, re, sys, html
xlf, raw = sys.argv[1], json.load(open(sys.argv[2]))
tr = {k: v['target'] for k, v in raw.items()}
s = open(xlf).read()
done = set()
changed = []
import os
SNAP = {k: v['source'] for k, v in raw.items()}
norm = lambda t: re.sub(r'\s+', ' ', t).strip()
def fix(m):
    uid, src = m.group(1), m.group(2)
    if uid not in tr: return m.group(0)
    if SNAP.get(uid) is not None and norm(SNAP[uid]) != norm(src):
        changed.append(uid); return m.group(0)
    phs = re.findall(r'<x id="(\d+)" equiv-text="([^"]*)"/>', src)
    by_name = {html.unescape(e): f'<x id="{i}" equiv-text="{e}"/>' for i, e in phs}
    by_id = {i: f'<x id="{i}" equiv-text="{e}"/>' for i, e in phs}
    text = tr[uid]
    out = ''
    pos = 0
    for t in re.finditer(r'\{(\$[A-Za-z0-9_.]+|#\d+)\}', text):
        out += html.escape(text[pos:t.start()], quote=False)
        key = t.group(1)
        if key.startswith('#'): rep = by_id[key[1:]]
        else: rep = by_name['${' + key[1:] + '}']
        out += rep; pos = t.end()
    out += html.escape(text[pos:], quote=False)
    used = sorted(re.findall(r'<x id="(\d+)"', out)); need = sorted(i for i, _ in phs)
    if used != need: sys.exit(f'{uid}: placeholders {used} != {need}')
    done.add(uid)
    return f'<trans-unit id="{uid}">\n  <source>{src}</source>\n  <target state="needs-review-translation">{out}</target>\n'
s2 = re.sub(r'<trans-unit id="([^"]+)">\n  <source>(.*?)</source>\n(?:  <target[^>]*>.*?</target>\n|  <target[^>]*/>\n)?', fix, s, flags=re.S)
missing = set(tr) - done
if missing: print('not in file:', sorted(missing))
open(xlf, 'w').write(s2)
left = [u for u in re.findall(r'<trans-unit id="([^"]+)">', s2) if not re.search(r'<trans-unit id="%s">\n  <source>.*?</source>\n  <target' % re.escape(u), s2, re.S)]
print('source changed since translation:', changed)
print(f'{xlf}: applied {len(done)}, untranslated {len(left)}', left[:50])
