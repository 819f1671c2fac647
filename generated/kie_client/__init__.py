"""Typed Python client for Kie.ai models, generated from specs by kie-codegen; edit the specs, not this package.

Model code is imported on first use, so `import kie_client` stays cheap however many models there are.
"""

from kie_client.registry import MODELS, load_model

__version__ = "0.1.0"
__all__ = ["MODELS", "__version__", "load_model"]
