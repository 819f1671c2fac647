"""The whole API as one OpenAPI 3.1 document (`generated/openapi`), for users outside Python and
for other tools: every endpoint of api.yaml, createTask's body as one schema per model (each
model's input is its JSON Schema), the envelope and status codes of every answer, and the
callback as a webhook."""

from __future__ import annotations

import json
from typing import Any

from ..jsonschema_out import DIALECT, URL_PATTERN, model_schema
from ..naming import pascal
from ..render import environment
from ..spec import ApiSpec, Endpoint, Example, HttpStatus, ModelSpec, Project, StatusCode

JSON = "application/json"
SCHEMAS = "#/components/schemas/"
SUCCESS = 200
# A model's components are named "<Model>Input" and "<Model>Request"; no shared name below ends
# so, and no model id can take one.
CREATE_BODY = "CreateTaskBody"
TASK_RECORD = "TaskRecord"
UPLOADED = "UploadedFile"
ERROR = "ErrorEnvelope"
CALLBACK = "taskFinished"
CALLBACK_REF = {"$ref": f"#/components/pathItems/{CALLBACK}"}
_JSON_TYPES = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (type(None), "null"),
)


def ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMAS + name}


def input_name(model: ModelSpec) -> str:
    return model.class_name  # "<Model>Input", stable as long as the model's id is


def request_name(model: ModelSpec) -> str:
    return model.class_name.removesuffix("Input") + "Request"


def operation_id(endpoint: Endpoint) -> str:
    """`record_info` -> `recordInfo`: unique as api.yaml's endpoint names are."""
    name = pascal(endpoint.name)
    return name[:1].lower() + name[1:]


def json_body(schema: dict[str, Any], **media: Any) -> dict[str, Any]:
    return {"required": True, "content": {JSON: {"schema": schema, **media}}}


# -- createTask ---------------------------------------------------------------------------------


def json_type(value: Any) -> str:
    for kind, name in _JSON_TYPES:  # bool first: a bool is an int in Python
        if isinstance(value, kind):
            return name
    raise TypeError(f"no JSON type for {type(value).__name__}")


def enum_type(values: list[Any]) -> str | list[str]:
    names = {json_type(v) for v in values}
    if "number" in names:
        names.discard("integer")  # an integer is a number
    return names.pop() if len(names) == 1 else sorted(names)


def typed_enums(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with each enum of other values than all strings or all integers (a float step's
    grid, an enum of numbers) as its type plus the values under allOf: the same constraint for a
    validator, while generators that make enums of strings or integers only (openapi-python-client
    refuses the whole model otherwise) type it plainly. Only properties and items hold
    what generators type; the rules under allOf are left as they are."""
    out = dict(schema)
    if "properties" in out:
        out["properties"] = {k: typed_enums(v) for k, v in out["properties"].items()}
    if "items" in out:
        out["items"] = typed_enums(out["items"])
    kinds = {json_type(v) for v in out.get("enum", []) if v is not None}
    if kinds and kinds != {"string"} and kinds != {"integer"}:
        out["type"] = out.get("type", enum_type(out["enum"]))
        out["allOf"] = [*out.get("allOf", []), {"enum": out.pop("enum")}]
    return out


def input_schema(model: ModelSpec) -> dict[str, Any]:
    """The model's JSON Schema as a component. The document states the dialect; an `$id` would
    move the base of references; generators name a class after a `title`, which two models may
    share, rather than after the component's name, which is unique."""
    schema = model_schema(model)
    return typed_enums({k: v for k, v in schema.items() if k not in ("$schema", "$id", "title")})


def request_schema(model: ModelSpec) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"{model.title}: a task of {model.id} ({model.kind}, makes {model.output}).",
        "properties": {
            "model": {"type": "string", "const": model.id},
            "callBackUrl": {
                "type": "string",
                "format": "uri",
                "pattern": URL_PATTERN,
                "description": f"Where Kie POSTs the task once it is final (webhook `{CALLBACK}`).",
            },
            "input": ref(input_name(model)),
        },
        "required": ["model", "input"],
        "additionalProperties": False,
    }


def create_body(models: tuple[ModelSpec, ...]) -> dict[str, Any]:
    return {
        "description": "createTask's body: `model` names the model, and so the schema of `input`.",
        "oneOf": [ref(request_name(m)) for m in models],
        "discriminator": {
            "propertyName": "model",
            "mapping": {m.id: SCHEMAS + request_name(m) for m in models},
        },
    }


def example_request(model: ModelSpec, example: Example) -> dict[str, Any]:
    body: dict[str, Any] = {"model": model.id, "input": example.input}
    if example.callback_url is not None:
        body["callBackUrl"] = example.callback_url
    return body


def create_examples(models: tuple[ModelSpec, ...]) -> dict[str, Any]:
    """The docs' request examples of every model, but those that break their page's own limits."""
    return {
        f"{m.module}.{e.name}": {"summary": m.title, "value": example_request(m, e)}
        for m in models
        for e in m.examples
        if e.rejected_for is None
    }


# -- the other endpoints ------------------------------------------------------------------------

URL = {"type": "string", "format": "uri", "pattern": URL_PATTERN}
# What a stored file's name never holds: a separator, NUL or another control character.
NOT_IN_A_NAME = r"/\\\x00-\x1f\x7f-\x9f"
CHAR = f"[^{NOT_IN_A_NAME}]"
NOT_DOT = f"[^.{NOT_IN_A_NAME}]"
# One step of a stored file's path: a name, but not "." or "..", which name no folder of their own.
STEP = rf"(\.?{NOT_DOT}|\.\.{CHAR}){CHAR}*"
UPLOAD_PATH = {
    "type": "string",
    "pattern": f"^{STEP}(/{STEP})*$",
    "description": "The folder to keep the file in: folder names joined by single slashes, none"
    " of them `.` or `..`, without a leading or trailing slash.",
}
FILE_NAME = {
    "type": ["string", "null"],
    "pattern": f"^({STEP})?$",
    "description": "The name to keep the file under; the same name replaces the earlier file."
    " Empty or null: as if not given.",
}
# Plain base64 (padded), or the same after a data: URL's header.
BASE64 = r"^(data:[^,]*,)?([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
# The parameters of each endpoint that takes some, by its name in api.yaml.
PARAMETERS = {
    "record_info": [
        {
            "name": "taskId",
            "in": "query",
            "required": True,
            "schema": {"type": "string", "minLength": 1},
        }
    ]
}
# The text of every answer's envelope; the docs name it `msg` and `message` both.
MESSAGE = {
    "msg": {"type": "string"},
    "message": {"type": "string", "description": "`msg`, as some answers name it."},
}


def upload_body(source: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {source: schema, "uploadPath": UPLOAD_PATH, "fileName": FILE_NAME},
        "required": [source, "uploadPath"],
    }


def request_bodies(models: tuple[ModelSpec, ...]) -> dict[str, dict[str, Any]]:
    """The request body of each endpoint that takes one, by its name in api.yaml."""
    stream = {"type": "string", "format": "binary", "contentMediaType": "application/octet-stream"}
    base64 = {
        "type": "string",
        "minLength": 1,
        "pattern": BASE64,
        "description": "The file as plain base64 or as a data: URL.",
    }
    link = {"type": "object", "properties": {"url": URL}, "required": ["url"]}
    return {
        "create_task": json_body(ref(CREATE_BODY), examples=create_examples(models)),
        "download_url": json_body(link | {"description": "`url`: a file Kie generated."}),
        "upload_stream": {
            "required": True,
            "content": {"multipart/form-data": {"schema": upload_body("file", stream)}},
        },
        "upload_url": json_body(upload_body("fileUrl", URL | {"description": "Kie fetches it."})),
        "upload_base64": json_body(upload_body("base64Data", base64)),
    }


def answers(api: ApiSpec) -> dict[str, dict[str, Any]]:
    """What `data` holds when each endpoint succeeds, by its name in api.yaml."""
    valid = api.download_url_valid_minutes
    link = f"A direct link, valid {valid} minutes." if valid else "A direct link."
    return {
        "create_task": {
            "type": "object",
            "properties": {"taskId": {"type": "string"}},
            "required": ["taskId"],
        },
        "record_info": ref(TASK_RECORD),
        "credits": {"type": "integer", "description": "The credits left on the account."},
        "download_url": URL | {"description": link},
        "upload_stream": ref(UPLOADED),
        "upload_url": ref(UPLOADED),
        "upload_base64": ref(UPLOADED),
    }


def envelope(data: dict[str, Any], upload: bool) -> dict[str, Any]:
    """Every answer wraps its data; the upload host's answers also say `success`."""
    properties: dict[str, Any] = {
        "code": {"type": "integer", "description": "200 on success, as the HTTP status."},
        **MESSAGE,
        "data": data,
    }
    if upload:
        properties["success"] = {"type": "boolean"}
    return {"type": "object", "properties": properties, "required": ["code", "data"]}


def errors(api: ApiSpec, body: bool = True) -> list[StatusCode | HttpStatus]:
    """Every answer but success: Kie's codes, then HTTP's own refusals (those about a request
    body only where one is taken)."""
    kie: list[StatusCode | HttpStatus] = [c for c in api.status_codes if c.code != SUCCESS]
    return kie + [s for s in api.http_statuses if body or not s.body_only]


def responses(api: ApiSpec, data: dict[str, Any], upload: bool, body: bool) -> dict[str, Any]:
    """Every answer that can come to the endpoint: success with its data, else an error."""
    out: dict[str, Any] = {
        str(e.code): {"$ref": f"#/components/responses/{e.name}"} for e in errors(api, body)
    }
    out[str(SUCCESS)] = {
        "description": "Success (an error may come under HTTP 200 too: `code` says which).",
        "content": {JSON: {"schema": envelope(data, upload)}},
    }
    return out


def paths(api: ApiSpec, models: tuple[ModelSpec, ...]) -> dict[str, Any]:
    bodies, data = request_bodies(models), answers(api)
    out: dict[str, Any] = {}
    for endpoint in api.endpoints:
        upload = endpoint.host == "upload"
        operation: dict[str, Any] = {
            "operationId": operation_id(endpoint),
            "summary": endpoint.description,
            "responses": responses(
                api, data.get(endpoint.name, {}), upload, endpoint.name in bodies
            ),
        }
        if endpoint.name in PARAMETERS:
            operation["parameters"] = PARAMETERS[endpoint.name]
        if endpoint.name in bodies:
            operation["requestBody"] = bodies[endpoint.name]
        if endpoint.name == "create_task":
            operation["callbacks"] = {CALLBACK: {"{$request.body#/callBackUrl}": CALLBACK_REF}}
        if upload:  # the upload host serves it, not the API's
            operation["servers"] = [{"url": api.upload_base_url}]
        out.setdefault(endpoint.path, {})[endpoint.method.lower()] = operation
    return out


# -- shared components --------------------------------------------------------------------------


def task_record(api: ApiSpec) -> dict[str, Any]:
    """A task as recordInfo reports it and as a callback carries it."""
    states = "; ".join(f"`{s.name}`: {s.description}" for s in api.task_states)
    text = {"type": ["string", "null"]}
    unix_ms = {"type": ["integer", "null"], "description": "Unix ms; null until the task is final."}
    return {
        "type": "object",
        "properties": {
            "taskId": {"type": "string"},
            "model": {"type": "string"},
            "state": {"enum": [s.name for s in api.task_states], "description": states},
            "param": text | {"description": "The create request, as a JSON string."},
            "resultJson": text
            | {"description": "On success, JSON: `resultUrls` (media) or `resultObject` (text)."},
            "failCode": text | {"description": "Empty unless the task failed."},
            "failMsg": text | {"description": "Empty unless the task failed."},
            "costTime": unix_ms | {"description": "Milliseconds it ran; null until final."},
            "completeTime": unix_ms,
            "createTime": {"type": "integer", "description": "Unix ms."},
            "updateTime": {"type": "integer", "description": "Unix ms."},
            "consumeCredits": {"type": "integer"},
            "remainedCredits": {"type": "integer"},
        },
        "required": ["taskId", "model", "state"],
    }


def uploaded_file(api: ApiSpec) -> dict[str, Any]:
    kept = f" Deleted after {api.upload_retention_days} days." if api.upload_retention_days else ""
    return {
        "type": "object",
        "properties": {
            "fileName": {"type": "string"},
            "filePath": {"type": "string"},
            "downloadUrl": URL | {"description": "The URL to give a model as input." + kept},
            "fileSize": {"type": "integer"},
            "mimeType": {"type": "string"},
            "uploadedAt": {"type": "string", "format": "date-time"},
        },
        "required": ["downloadUrl"],
    }


def error_envelope() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "An answer other than success: `code` says why.",
        "properties": {
            "code": {"type": "integer"},
            **MESSAGE,
            "data": {"description": "Details when given, e.g. the refused fields of a 422."},
            "success": {"type": "boolean", "description": "The upload host's answers only."},
        },
        "required": ["code"],
    }


def error_response(code: StatusCode | HttpStatus) -> dict[str, Any]:
    retry = " Worth trying again later." if isinstance(code, StatusCode) and code.retry else ""
    out: dict[str, Any] = {
        "description": f"{code.description}{retry} The envelope's `code` is {code.code} too.",
        "content": {
            JSON: {
                "schema": ref(ERROR),
                "example": {"code": code.code, "msg": code.description, "data": None},
            }
        },
    }
    if isinstance(code, HttpStatus) and code.headers:
        out["headers"] = {
            name: {"description": text, "required": True, "schema": {"type": "string"}}
            for name, text in code.headers.items()
        }
    return out


def callback_item(api: ApiSpec) -> dict[str, Any]:
    """What Kie POSTs to a task's callBackUrl once the task is final."""
    signing = api.callbacks
    header = {"in": "header", "required": False, "schema": {"type": "string"}}
    signature = (
        f"{signing['encoding']} of the {signing['algorithm']} of `{signing['message']}` under the"
        " account's webhook key; sent when the account has one."
    )
    return {
        "post": {
            "summary": "A task is final (success or fail): its record, as recordInfo reports it.",
            "security": [],
            "parameters": [
                header | {"name": signing["timestamp_header"], "description": "Unix seconds."},
                header | {"name": signing["signature_header"], "description": signature},
            ],
            "requestBody": json_body(envelope(ref(TASK_RECORD), upload=False)),
            "responses": {
                str(SUCCESS): {
                    "description": "Received. The same task may be reported twice: be idempotent."
                }
            },
        }
    }


def schemas(api: ApiSpec, models: tuple[ModelSpec, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {
        CREATE_BODY: create_body(models),
        TASK_RECORD: task_record(api),
        UPLOADED: uploaded_file(api),
        ERROR: error_envelope(),
    }
    for model in models:
        out[input_name(model)] = input_schema(model)
        out[request_name(model)] = request_schema(model)
    return out


def document(project: Project) -> dict[str, Any]:
    api, models = project.api, project.models
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {
            "title": "Kie.ai API",
            "version": api.version,
            "description": f"The Kie.ai API and the input of each of its {len(models)} models.",
        },
        "servers": [{"url": api.base_url}],
        "security": [{"bearer": []}],
        "paths": paths(api, models),
        "webhooks": {CALLBACK: CALLBACK_REF},
        "components": {
            "schemas": schemas(api, models),
            "responses": {e.name: error_response(e) for e in errors(api)},
            "pathItems": {CALLBACK: callback_item(api)},
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "The API key."}
            },
        },
    }


def render_shared(project: Project) -> dict[str, str | bytes]:
    text = json.dumps(document(project), indent=2, sort_keys=True, ensure_ascii=False)
    readme = environment().get_template("openapi/README.md.jinja").render(api=project.api)
    return {"openapi.json": text + "\n", "README.md": readme}


def render_model(model: ModelSpec) -> dict[str, str | bytes]:
    return {}  # every model is in the one document, which render_shared writes
