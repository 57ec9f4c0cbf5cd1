"""Refresh the committed outputs of chapters (the docs show them): run a notebook's cells in order, in its own folder,
as `nbdev_test` does, write it back with the new outputs, and clean it with `nbdev_clean`.

    python .ci/refresh_outputs.py nbs/05_learner.ipynb [more notebooks] [--run CELL_ID,CELL_ID]

Cells that `nbdev_test` skips (flagged with one of settings.ini's `tst_flags`, or `eval: false`) are skipped too and
keep the outputs of their last real run, unless `--run` names them. Each cell's outputs are cleared before it runs (execnb keeps a cell's old
outputs when it now prints nothing) and figures are saved as PNG (with the inline backend off, execnb saves only
their text). A notebook is written only when all of its cells ran; the first error is printed and the script exits 1."""
import argparse, os, subprocess, sys, time
from pathlib import Path
from execnb.shell import CaptureShell
from execnb.nbio import read_nb, write_nb
from nbdev.config import get_config
from nbdev.process import extract_directives

def skipped(cell, flags:set) -> bool:
    "Whether `nbdev_test` skips code `cell`: it carries one of `flags` (settings.ini's `tst_flags`) or `eval: false`."
    d = extract_directives(cell, remove=False)
    return bool(flags & d.keys()) or d.get('eval:', [''])[0].lower() == 'false'

def refresh(path:Path, run=()) -> bool:
    "Run the cells of notebook `path` (skipping flagged ones not in `run`) and write it back; False on an error."
    nb, here = read_nb(path), os.getcwd()
    os.chdir(path.parent)  # the chapters name their files relative to nbs/
    try:
        sh, flags = CaptureShell(mpl_format='png'), set(get_config().tst_flags.split())  # settings.ini read once
        sh.run("import pandas as _pd; _pd.set_option('display.max_columns', 20); del _pd")  # as Jupyter shows frames
        for c in nb.cells:
            if c.cell_type != 'code' or (skipped(c, flags) and c.get('id') not in run): continue
            t0 = time.time(); c.outputs = []; sh.cell(c)
            err = next((o for o in c.outputs if o.get('output_type') == 'error'), None)
            print(f"{path.name} cell {c.get('id')}: {time.time() - t0:.1f} s{' ERROR' if err else ''}", flush=True)
            if err: print('\n'.join(err.get('traceback', []))); return False
    finally: os.chdir(here)
    write_nb(nb, path)
    subprocess.run(['nbdev_clean', '--fname', str(path)], check=True)
    return True

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('notebooks', nargs='+', type=Path)
    ap.add_argument('--run', default='', help='comma-separated ids of flagged cells to run too')
    a = ap.parse_args()
    run = set(filter(None, a.run.split(',')))
    if len(a.notebooks) > 1:  # each in a fresh process, so that no notebook's settings (e.g. matplotlib's) reach the next
        for p in a.notebooks:
            if subprocess.run([sys.executable, __file__, str(p), '--run', a.run]).returncode: sys.exit(1)
    elif not refresh(a.notebooks[0].resolve(), run): sys.exit(f"{a.notebooks[0]}: a cell failed; the notebook was left as it was.")
