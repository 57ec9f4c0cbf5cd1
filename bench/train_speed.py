"""Training-speed benchmark: pure forward+backward step vs the end-to-end fastai loop, and preprocessing.

Usage: python bench/train_speed.py [--arch resnet18|report_vgg16|...] [--size 128] [--bs 64] [--batches 12] [--data PATH]

Prints, for one model, batch size and machine: images/s of the pure training step on random tensors (forward,
loss, backward, optimiser step; no data loading), images/s of the end-to-end fastai training loop on real
HAM10000 images (skin_dataloaders + skin_learner: augmentation, mixup, class-weighted loss), the time to
resize all images into a fresh cache, and the peak memory. The last line is `ratio R` (end-to-end / pure step).
"""
import argparse, contextlib, io, os, resource, shutil, tempfile, time, warnings
warnings.filterwarnings('ignore')
import torch
from torch import nn

from skin_nbdev.core import default_device, locate, set_seed
from skin_nbdev.data import read_ham10000, ham10000_mini
from skin_nbdev.cleaning import split_by_lesion
from skin_nbdev.preprocessing import prepare, skin_dataloaders
from skin_nbdev.learner import build_model, skin_learner, hardware
from skin_nbdev.cli import builder_for
from fastai.callback.core import Callback

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--arch', default='resnet18', help="timm name, report_cnn, report_vgg16, report_inceptionv3 or report_densenet201"); p.add_argument('--size', type=int, default=128)
p.add_argument('--bs', type=int, default=64); p.add_argument('--batches', type=int, default=12)
p.add_argument('--data', default=None, help='HAM10000 folder (default: the 200x150 copy if found, else the mini set)')
a = p.parse_args()
torch.set_num_threads(os.cpu_count()); set_seed(0)
print(f"machine: {hardware()}; model {a.arch} at {a.size} px, batch {a.bs}")

# 1. preprocessing throughput: all images into a fresh cache
src = a.data or locate('ham10000-200x150')
df = read_ham10000(src if src is None or a.data else f"{src}/images", check_images=False) if src else ham10000_mini()
cache = tempfile.mkdtemp(prefix='bench-cache-')
t = time.time(); prep = prepare(df, a.size, dest=cache, progress=False); t_prep = time.time() - t
print(f"preprocessing: {len(prep):,} images resized to {a.size}x{a.size} in {t_prep:.1f} s ({len(prep) / t_prep:,.0f} images/s, {os.cpu_count()} processes)")

# 2. pure step on random tensors, on the device, dtype and memory format that skin_learner trains with
#    (CUDA: bf16 autocast where supported, else fp16 with a gradient scaler, channels_last; CPU: float32)
device = default_device(); cuda = device.type == 'cuda'
amp = (torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16) if cuda else None
fmt = torch.channels_last if cuda else torch.contiguous_format
print(f"device {device}, {'autocast ' + str(amp).split('.')[-1] if amp else 'float32'}, {'channels_last' if cuda else 'contiguous'}"
      " (the same for the pure step and the fastai loop)")
def new_model(): return build_model(dict(zip(('builder', 'builder_kwargs'), builder_for(a.arch, a.size))))
model = new_model().to(device, memory_format=fmt).train()
opt = torch.optim.AdamW(model.parameters(), 1e-3)
scaler = torch.amp.GradScaler('cuda', enabled=amp == torch.float16)
x = torch.randn(a.bs, 3, a.size, a.size, device=device).contiguous(memory_format=fmt)
y = torch.randint(0, 7, (a.bs,), device=device)
def sync():
    if cuda: torch.cuda.synchronize()
def step():
    with torch.autocast(device.type, dtype=amp, enabled=amp is not None):
        loss = nn.functional.cross_entropy(model(x), y)
    scaler.scale(loss).backward(); scaler.step(opt); scaler.update(); opt.zero_grad()
for _ in range(2): step()
sync(); t = time.time()
for _ in range(a.batches): step()
sync(); pure = a.batches * a.bs / (time.time() - t)
print(f"pure step: {pure:.1f} images/s (forward+backward+AdamW on random tensors, {a.batches} batches)")

# 3. end-to-end fastai training loop on real images (train phase only, timed by a callback)
class TrainTimer(Callback):
    order = 0
    def before_train(self): self.t0, self.n = time.time(), 0
    def after_batch(self):
        if self.training: self.n += len(self.yb[0])
    def after_train(self):
        if torch.cuda.is_available(): torch.cuda.synchronize()
        self.secs = time.time() - self.t0
n_train = a.batches * a.bs + a.bs  # one warm-up batch, then the timed ones
sub = split_by_lesion(df, seed=0)
sub = sub[sub.split == 'valid'].head(a.bs).pipe(lambda v: __import__('pandas').concat([sub[sub.split == 'train'].head(n_train), v]))
t = time.time(); dls = skin_dataloaders(sub, a.size, a.bs, progress=False, seed=0); t_load = time.time() - t
timer = TrainTimer()
learn = skin_learner(dls, new_model(), mixup=0.4, cbs=[timer])
with contextlib.redirect_stdout(io.StringIO()), learn.no_bar(), learn.no_logging(): learn.fit(1, 1e-3)  # warm-up epoch (also builds the cache)
with contextlib.redirect_stdout(io.StringIO()), learn.no_bar(), learn.no_logging(): learn.fit(1, 1e-3)
e2e = timer.n / timer.secs
print(f"end-to-end: {e2e:.1f} images/s (fastai fit on {timer.n} real images: in-memory batches, augmentation, mixup, weighted loss)")
print(f"data loading into memory: {len(sub)} images in {t_load:.1f} s")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"peak memory: {peak:,.0f} MB (this process), {peak_children:,.0f} MB (largest worker)"
      + (f", {torch.cuda.max_memory_allocated() / 2**20:,.0f} MB on the GPU" if cuda else ''))
shutil.rmtree(cache, ignore_errors=True)
print(f"ratio {e2e / pure:.2f}")
