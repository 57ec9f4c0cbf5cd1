"""Time `bmca` (numpy) against scikit-learn's `recall_score`, the way `bmca` called it before, and one lesion-bootstrap
interval of a paired difference, on the real test split of a run in results/runs. Prints figures; asserts nothing.

    python bench/metric_speed.py
"""
import platform, timeit
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import recall_score
from skin_nbdev.core import CLASSES, bmca, dx_codes
from skin_nbdev.evaluation import paired_difference

p = pd.read_csv(Path(__file__).parent.parent/'results/runs/efficientnet_lite0-default-v2-full/test_predictions.csv')
y, probs = dx_codes(p), p[CLASSES].to_numpy(); pred = probs.argmax(1)
sk = lambda: recall_score(y, pred, labels=np.unique(y), average='macro', zero_division=0)
n = 200
t_np, t_sk = timeit.timeit(lambda: bmca(y, pred), number=n) / n, timeit.timeit(sk, number=n) / n
print(f"{platform.processor() or platform.machine()}, {len(y)} images: bmca {t_np*1e3:.3f} ms, "
      f"scikit-learn recall_score {t_sk*1e3:.3f} ms ({t_sk/t_np:.0f}x), same value: {np.isclose(bmca(y, pred), sk())}")
other = np.roll(probs, 1, axis=0)   # a second "model": the same probabilities shifted by one image
t = timeit.timeit(lambda: paired_difference(y, probs, other, p.lesion_id, n=1000), number=1)
print(f"one paired lesion bootstrap of the BMCA difference, 1000 rounds: {t:.2f} s")
