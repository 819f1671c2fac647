"""Kie.ai's models as ComfyUI nodes: one node per model, plus credits, preflight and task result.

ComfyUI imports this folder under a name of its own, so everything here imports relatively.
"""

from __future__ import annotations

from ._nodes import UTILITY_NODES, check_client, model_node
from .nodes import CLIENT_VERSION, NODES

check_client(NODES, CLIENT_VERSION)
NODE_CLASS_MAPPINGS = {node.id: model_node(node) for node in NODES} | {
    node_id: node for node_id, (node, _) in UTILITY_NODES.items()
}
NODE_DISPLAY_NAME_MAPPINGS = {node.id: node.title for node in NODES} | {
    node_id: title for node_id, (_, title) in UTILITY_NODES.items()
}
WEB_DIRECTORY = "./web"

__all__ = ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS", "WEB_DIRECTORY"]
