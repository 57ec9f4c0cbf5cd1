"""Run nbdev's notebook processing for the docs (what `nbdev_docs` does before Quarto renders) without Quarto.

It refreshes the Quarto config and sidebar, then processes every notebook the way the docs build does: that
executes export, import and `show_doc` cells whatever the test flags say, so a notebook that would break the
docs build fails here. Exits 1 on the first failure."""
import shutil, sys, traceback
from nbdev.config import get_config
from nbdev.quarto import refresh_quarto_yml, nbdev_sidebar
from nbdev.serve import proc_nbs

cfg = get_config()
try:
    refresh_quarto_yml()
    nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
    cache = proc_nbs(cfg.nbs_path, n_workers=0, force=True)
    n = len(list(cache.glob('*.ipynb')))
    print(f"docs processing ok: {n} notebooks processed into {cache}")
except Exception:
    traceback.print_exc(); print("docs processing FAILED"); sys.exit(1)
finally: shutil.rmtree(cfg.config_path/'_proc', ignore_errors=True)
