"""Check the committed outputs of the notebooks, which are the docs: every matplotlib figure is saved as an image
(a run whose inline backend was off saves only its text, `<Figure size ...>`, and the page shows no plot), and no
output shows a temporary folder of the machine that ran it (`/tmp/tmp...`). Exits 1 naming each cell at fault."""
import json, re, sys
from pathlib import Path

tmp = re.compile(r'/tmp/tmp\w+')
faults = []
for p in sorted(Path('nbs').glob('*.ipynb')):
    for c in json.loads(p.read_text())['cells']:
        for o in c.get('outputs', []):
            data = o.get('data', {})
            text = ''.join(data.get('text/plain', '')) if data else ''.join(o.get('text', ''))
            if text.startswith('<Figure size') and not any(k.startswith('image/') for k in data):
                faults.append(f"{p} cell {c.get('id')}: a figure saved as text only ({text.strip()}); rerun the notebook with matplotlib's inline backend")
            if m := tmp.search(text):
                faults.append(f"{p} cell {c.get('id')}: the output shows a temporary folder ({m.group()}); print it as <tmp>")
print('\n'.join(faults) or 'outputs ok: every figure is an image, no temporary folder shown')
sys.exit(1 if faults else 0)
