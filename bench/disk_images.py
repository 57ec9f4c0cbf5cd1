"""Images from disk against images in memory: the training loop and the loader alone, at 128 px on real HAM10000.

Usage: python bench/disk_images.py [--arch efficientnet_lite0] [--size 128] [--bs 64] [--batches 20] [--data PATH]

`skin_dataloaders(on_disk=False)` holds the decoded images in one tensor; `on_disk=True` reads them from a file in the
cache through memory maps (`DiskImages`), as `load_images` chooses when they would not fit in memory. For each, on the
same training images: images/s of the training loader alone (augmentation on the batch included, no model), and of
the end-to-end fastai training loop (skin_learner: mixup, weighted loss). The last line is `ratio R`: disk / memory for
the training loop (the goal is at least 0.9).
"""
import argparse, contextlib, io, os, time, warnings
warnings.filterwarnings('ignore')
import pandas as pd
import torch
from fastai.callback.core import Callback

from skin_nbdev.cleaning import split_by_lesion
from skin_nbdev.cli import builder_for
from skin_nbdev.core import locate, set_seed
from skin_nbdev.data import ham10000_mini, read_ham10000
from skin_nbdev.learner import build_model, hardware, skin_learner
from skin_nbdev.preprocessing import skin_dataloaders

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--arch', default='efficientnet_lite0'); p.add_argument('--size', type=int, default=128)
p.add_argument('--bs', type=int, default=64); p.add_argument('--batches', type=int, default=20)
p.add_argument('--data', default=None, help='HAM10000 folder (default: the 200x150 copy if found, else the mini set)')
a = p.parse_args()
src = a.data or locate('ham10000-200x150')
df = read_ham10000(src if src is None or a.data else f"{src}/images", check_images=False) if src else ham10000_mini()
df = split_by_lesion(df, seed=0)
n_train = (a.batches + 1) * a.bs  # one warm-up batch, then the timed ones
sub = pd.concat([df[df.split == 'train'].head(n_train), df[df.split == 'valid'].head(a.bs)])
print(f"machine: {hardware()}; {a.arch} at {a.size} px, batch {a.bs}, {a.batches} timed batches of {len(df):,} real images' first {n_train}")

class TrainTimer(Callback):
    "Images/s of the training phase, from the second batch on."
    order = 0
    def before_train(self): self.n, self.t0 = 0, None
    def after_batch(self):
        if not self.training: return
        if self.t0 is None: self.t0 = time.time(); return
        self.n += len(self.yb[0])
    def after_train(self): self.rate = self.n / (time.time() - self.t0)

rates = {}
for where, on_disk in (('memory', False), ('disk', True)):
    set_seed(0)
    t = time.time(); dls = skin_dataloaders(sub, a.size, a.bs, progress=False, seed=0, on_disk=on_disk); t_load = time.time() - t
    it = iter(dls.train); next(it); t = time.time(); n = sum(len(next(it)[1]) for _ in range(a.batches)); loader = n / (time.time() - t)
    timer = TrainTimer()
    learn = skin_learner(dls, build_model(dict(zip(('builder', 'builder_kwargs'), builder_for(a.arch, a.size, pretrained=a.arch == 'efficientnet_lite0')))), cbs=[timer])
    with contextlib.redirect_stdout(io.StringIO()), learn.no_bar(), learn.no_logging(), learn.removed_cbs(learn.best_weights): learn.fit(1, 1e-3)
    rates[where] = timer.rate
    print(f"{where:6s}: {type(dls.train.dataset.x).__name__:11s} loaded in {t_load:5.1f} s; loader alone {loader:7.0f} images/s; training loop {timer.rate:6.1f} images/s")
print(f"ratio {rates['disk'] / rates['memory']:.2f}")
