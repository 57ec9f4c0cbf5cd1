"""Prediction-speed benchmark: one image at a time (latency) and batches (throughput), PyTorch vs onnxruntime.

Usage: python bench/predict_speed.py [--model DIR] [--n 40] [--bs 32] [--images FOLDER]

For a model folder (default: the model that ships with the package) and real images (default: the embedded
mini set; a 600x450 original too): the median and 90th-percentile time to predict one image given as a file,
including decoding and resizing (`Predictor.predict`), with the network in PyTorch and in onnxruntime, and the
images/s of batched prediction. Needs `pip install "skin_nbdev[deploy]"` for onnxruntime.
The last line is `ratio R`: PyTorch single-image latency / onnxruntime single-image latency.
"""
import argparse, os, tempfile, time, warnings
warnings.filterwarnings('ignore')
from pathlib import Path
import numpy as np
import torch

from skin_nbdev.core import assets_dir
from skin_nbdev.learner import hardware
from skin_nbdev.inference import OnnxPredictor, Predictor, export_onnx, shipped_model

p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument('--model', default=None, help='model folder (default: the shipped model)')
p.add_argument('--n', type=int, default=40, help='single-image predictions to time')
p.add_argument('--bs', type=int, default=32, help='batch size for the throughput figure')
p.add_argument('--images', default=None, help='folder of images (default: the embedded mini set)')
a = p.parse_args()
folder = Path(a.model) if a.model else shipped_model()
images = sorted(Path(a.images or assets_dir()/'ham10000_mini'/'images').glob('*.jpg'))
original = assets_dir()/'examples'/'ISIC_0030119.jpg'

torch_pred = Predictor(folder, device=torch.device('cpu'))
scratch = tempfile.TemporaryDirectory()  # removed when the script ends
onnx_file = export_onnx(folder, Path(scratch.name)/'model.onnx')
onnx_pred = OnnxPredictor(folder, onnx_file)
print(f"machine: {hardware()}, torch threads {torch.get_num_threads()}; model {folder} "
      f"({torch_pred.config['builder_kwargs'].get('arch', torch_pred.config['builder'])}, {torch_pred.size} px)")

def latency(pred, files):
    pred.predict(files[:3], progress=False)  # warm up
    ts = []
    for f in files:
        t = time.perf_counter(); pred.predict(f, progress=False); ts.append(time.perf_counter() - t)
    return np.median(ts) * 1000, np.percentile(ts, 90) * 1000

def throughput(pred, files, bs):
    pred.predict(files[:bs], bs=bs, progress=False)
    t = time.perf_counter(); pred.predict(files, bs=bs, progress=False)
    return len(files) / (time.perf_counter() - t)

res = {}
for name, pred in (('torch', torch_pred), ('onnxruntime', onnx_pred)):
    med, p90 = latency(pred, images[:a.n])
    omed, _ = latency(pred, [original] * 10)
    ips = throughput(pred, images[:256], a.bs)
    res[name] = med
    print(f"{name:12s} one 200x150 image: median {med:.1f} ms, p90 {p90:.1f} ms | one 600x450 original: median {omed:.1f} ms | "
          f"batches of {a.bs}: {ips:.0f} images/s")
print(f"ratio {res['torch'] / res['onnxruntime']:.2f}")
