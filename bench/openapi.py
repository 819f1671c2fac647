"""The same N models as an OpenAPI 3.1 document, for openapi-python-client to generate from:
one createTask operation per model, whose request body is that model's generated JSON Schema."""

from __future__ import annotations

from typing import Any

from generator.jsonschema_out import model_schema
from generator.spec import Project


def _plain(schema: Any) -> Any:
    """The schema as OpenAPI generators take it: a float step as multipleOf rather than a grid of
    values, and without cross-field rules (`allOf`: no OpenAPI client states them) or annotations.
    """
    if isinstance(schema, dict):
        if "x-kie-step" in schema:
            schema = {k: v for k, v in schema.items() if k != "enum"}
            schema["multipleOf"] = schema["x-kie-step"]
        return {
            k: _plain(v)
            for k, v in schema.items()
            if not k.startswith("x-kie") and k not in ("$schema", "$id", "allOf")
        }

    if isinstance(schema, list):
        return [_plain(v) for v in schema]
    return schema


def document(project: Project) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "TaskCreated": {
            "type": "object",
            "required": ["code", "data"],
            "properties": {
                "code": {"type": "integer"},
                "msg": {"type": "string"},
                "data": {
                    "type": "object",
                    "properties": {"taskId": {"type": "string"}},
                    "required": ["taskId"],
                },
            },
        }
    }
    paths: dict[str, Any] = {}
    for model in project.models:
        name = model.class_name
        schemas[name] = _plain(model_schema(model))
        request = {
            "type": "object",
            "required": ["model", "input"],
            "properties": {
                "model": {"type": "string", "const": model.id},
                "callBackUrl": {"type": "string", "format": "uri"},
                "input": {"$ref": f"#/components/schemas/{name}"},
            },
        }
        schemas[name + "Request"] = request
        paths[f"/api/v1/jobs/createTask/{model.id}"] = {
            "post": {
                "operationId": f"create_{model.module}",
                "tags": [model.group],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{name}Request"}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The task was created.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/TaskCreated"}
                            }
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kie market", "version": project.api.version},
        "servers": [{"url": project.api.base_url}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
