#!/usr/bin/env python3
"""Add or update UI strings in a pair of resource files (Spanish neutral .resx + English .en.resx).

usage: eng/strings.py <path/to/Base> <<'TSV'
Key<TAB>texto en español<TAB>English text
TSV
The base path has no extension, e.g. src/Reintegra.Web/Web/SharedText. Files are created when missing;
keys are kept sorted so that concurrent additions merge cleanly.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.find('value').text or '') for d in root.findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries, key=str.lower):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
        f.write('</root>\n')

def main():
    base = sys.argv[1]
    es_path, en_path = base + '.resx', base + '.en.resx'
    es, en = load(es_path), load(en_path)
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line.strip():
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            sys.exit(f'bad line (need key<TAB>es<TAB>en): {line!r}')
        k, s_es, s_en = parts
        es[k], en[k] = s_es, s_en
    save(es_path, es)
    save(en_path, en)
    print(f'{len(es)} strings in {es_path}')

if __name__ == '__main__':
    main()
