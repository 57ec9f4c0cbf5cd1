"""Write README.md from nbs/index.ipynb (Quarto's nbdev_readme cannot run where Quarto is missing).

`python .ci/readme.py` rewrites README.md; `python .ci/readme.py --check` exits 1 if README.md is out of step.
Markdown cells are copied, code cells become ```python blocks followed by their text output; `#|` directive
lines are dropped and cells with `#| hide` are left out, as nbdev's docs do."""
import json, sys
from pathlib import Path

def _text(o):
    if o.get('output_type') == 'stream': return ''.join(o['text'])
    return ''.join(o.get('data', {}).get('text/plain', ''))

def render(nb):
    out = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown': out.append(src); continue
        lines = src.splitlines()
        if any(l.replace(' ', '') in ('#|hide', '#|include:false') for l in lines): continue
        code = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
        if code: out.append(f"```python\n{code}\n```")
        text = ''.join(_text(o) for o in c.get('outputs', [])).rstrip()
        if text: out.append(f"```\n{text}\n```")
    return '\n\n'.join(out) + '\n'

if __name__ == '__main__':
    root = Path(__file__).parent.parent
    md = render(json.loads((root/'nbs'/'index.ipynb').read_text()))
    if '--check' in sys.argv:
        ok = (root/'README.md').read_text() == md
        print('README.md is in step with nbs/index.ipynb' if ok else
              'README.md differs from nbs/index.ipynb: run `python .ci/readme.py` and commit README.md')
        sys.exit(0 if ok else 1)
    (root/'README.md').write_text(md)
