__version__ = "0.0.1"

import warnings
# fastai decorates two activations with `torch.jit.script` on import and PyTorch warns about it: a deprecation inside a
# dependency that users cannot act on (see nbs/00_core.ipynb). Silenced here, before any module imports fastai.
warnings.filterwarnings('ignore', message=r'`torch.jit.script` is deprecated', category=FutureWarning)
