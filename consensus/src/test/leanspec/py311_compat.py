"""Rewrites the few Python-3.12-only lines of a scratch copy of leanSpec src/ so it runs on 3.11."""
import re, pathlib
for p in pathlib.Path('src/lean_spec').rglob('*.py'):
    s = p.read_text()
    o = s
    s = re.sub(r'^type (\w+) = (.*)$', lambda m: f'{m.group(1)} = {m.group(2)}' if 'RLPItem' not in m.group(1) else 'RLPItem = object', s, flags=re.M)
    s = s.replace('get_args(LeanEnvMode.__value__)', 'get_args(LeanEnvMode)')
    def fix(m):
        names = [n.strip() for n in m.group(1).split(',') if n.strip()]
        if 'override' not in names: return m.group(0)
        names.remove('override')
        out = ('from typing import ' + ', '.join(names) + '\n') if names else ''
        return out + 'from typing_extensions import override'
    s = re.sub(r'^from typing import ([^\n(]+)$', fix, s, flags=re.M)
    if s != o: p.write_text(s)
for p in pathlib.Path('src/lean_spec').rglob('*.py'):
    s = p.read_text(); o = s
    def fix2(m):
        names = [n.strip() for n in m.group(1).replace('\n', ' ').split(',') if n.strip()]
        if 'override' not in names: return m.group(0)
        names.remove('override')
        return 'from typing import (' + ', '.join(names) + ')\nfrom typing_extensions import override'
    s = re.sub(r'^from typing import \(([^)]*)\)', fix2, s, flags=re.M)
    if s != o: p.write_text(s)
