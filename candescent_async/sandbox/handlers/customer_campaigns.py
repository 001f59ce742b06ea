"""Customer campaigns: experience groups, participant uploads whose jobs progress over polls,
promotions user lists and SFTP audience metadata."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import uuid
from typing import Any

from .._app import ERROR_FAMILIES, Ctx, Reply, as_object, handler
from .._state import INSTITUTION_ID, stable_uuid

ERROR_FAMILIES.update(dict.fromkeys(("createUserListJobV1", "getUserListJobV1"), "user"))
_FILE_NAME = re.compile(r"^FI[0-9]{5}_[^\s]+_[0-9]{14}\.csv$")
# A job moves one step per poll: CREATED -> PROCESSING -> final.
_STEPS = ("CREATED", "PROCESSING")


def _state(ctx: Ctx) -> dict[str, Any]:
    state: dict[str, Any] = ctx.world.extra.setdefault(
        "campaigns", {"groups": {}, "jobs": {}, "lists": {}, "userlists": {}, "members": {}}
    )
    return state


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z")


def _group_body(group: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in group.items() if not k.startswith("_")}


def _number(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _page(ctx: Ctx, rows: list[dict[str, Any]], path: str) -> Reply:
    # Spring's paging is lenient (these operations document no 400 for it): an unreadable value takes
    # the default, a negative page is page 0, a size below 1 the default and above 2000 is 2000.
    page = max(_number(ctx.query.get("page"), 0), 0)
    size = _number(ctx.query.get("size"), 20)
    size = 20 if size < 1 else min(size, 2000)
    sort = ctx.query.get("sort")
    if sort:
        key, _, direction = sort.partition(",")
        rows = sorted(rows, key=lambda r: str(r.get(key.split(".")[-1], "")), reverse=direction == "desc")
    total = len(rows)
    pages = (total + size - 1) // size
    content = rows[page * size : (page + 1) * size]
    links = [{"rel": "self", "href": f"http://sandbox.local{path}?page={page}&size={size}"}]
    if page + 1 < pages:
        links.append({"rel": "next", "href": f"http://sandbox.local{path}?page={page + 1}&size={size}"})
    return ctx.ok(
        {
            "links": links,
            "content": content,
            "page": {"size": size, "totalElements": total, "totalPages": pages, "number": page},
        }
    )


def _group_request(ctx: Ctx) -> dict[str, Any] | Reply:
    body = as_object(ctx.body)
    name = str(body.get("groupName") or "").strip()
    if not name or len(name) > 50:
        return ctx.error(400, "2000", "groupName is required (at most 50 characters)")
    if len(str(body.get("groupDescription") or "")) > 450:
        return ctx.error(400, "2000", "groupDescription is too long")
    return body


@handler("createExperienceGroupV3")
async def create_group(ctx: Ctx) -> Reply:
    body = _group_request(ctx)
    if isinstance(body, Reply):
        return body
    groups = _state(ctx)["groups"]
    if any(g["groupName"] == body["groupName"] for g in groups.values()):
        return ctx.error(400, "2004", "Group name exists")
    group = {
        "groupId": stable_uuid("group", ctx.world.seed, len(groups), body["groupName"]),
        "groupName": body["groupName"],
        "groupType": body.get("groupType", "EXPERIENCE_GROUP"),
        "groupPlatform": body.get("groupPlatform", "RETAIL_BANKING"),
        "groupLastUpdatedDateTime": _now(),
        "groupParticipantCount": 0,
        "groupStatus": "ACTIVE",
    }
    if body.get("groupDescription"):
        group["groupDescription"] = body["groupDescription"]
    groups[group["groupId"]] = group
    return ctx.ok(_group_body(group))


@handler("listExperienceGroupsV3")
async def list_groups(ctx: Ctx) -> Reply:
    rows = [
        {
            "groupId": g["groupId"],
            "groupName": g["groupName"],
            "groupType": g["groupType"],
            "noOfParticipants": g["groupParticipantCount"],
            "links": [{"rel": "self", "href": f"http://sandbox.local/v3/groups/{g['groupId']}"}],
        }
        for g in _state(ctx)["groups"].values()
        if g["groupStatus"] == "ACTIVE"
    ]
    return _page(ctx, rows, "/v3/groups")


def _group(ctx: Ctx) -> dict[str, Any] | Reply:
    group: dict[str, Any] | None = _state(ctx)["groups"].get(ctx.path["groupId"])
    if group is None or group["groupStatus"] != "ACTIVE":
        return ctx.error(400, "2000", "Unknown groupId")
    return group


@handler("updateExperienceGroupV3")
async def update_group(ctx: Ctx) -> Reply:
    group = _group(ctx)
    if isinstance(group, Reply):
        return group
    body = _group_request(ctx)
    if isinstance(body, Reply):
        return body
    group["groupName"] = body["groupName"]
    group.pop("groupDescription", None)
    if body.get("groupDescription"):
        group["groupDescription"] = body["groupDescription"]
    group["groupLastUpdatedDateTime"] = _now()
    return ctx.ok(_group_body(group))


@handler("deleteExperienceGroupV3")
async def delete_group(ctx: Ctx) -> Reply:
    group = _group(ctx)
    if isinstance(group, Reply):
        return group
    group["groupStatus"] = "DELETED"
    state = _state(ctx)
    state["jobs"] = {k: j for k, j in state["jobs"].items() if j["groupId"] != group["groupId"]}
    return ctx.ok({"code": "1000", "message": "Group deleted"})


def _multipart(body: Any) -> dict[str, tuple[str | None, bytes]]:
    """Form parts by name: (file name, bytes)."""
    if not isinstance(body, dict) or "_multipart" not in body:
        return {}
    raw = b"Content-Type: " + body["_content_type"].encode() + b"\r\n\r\n" + body["_multipart"]
    message = email.message_from_bytes(raw, policy=email.policy.HTTP)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            payload = part.get_payload(decode=True)
            parts[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts


@handler("uploadExperienceGroupParticipantsV3")
async def upload_participants(ctx: Ctx) -> Reply:
    group = _group(ctx)
    if isinstance(group, Reply):
        return group
    parts = _multipart(ctx.body)
    kind = (parts.get("type", (None, b""))[1] or b"").decode().upper()
    if kind not in ("ADD", "REMOVE", "REPLACE"):
        return ctx.error(400, "2000", "type must be ADD, REMOVE or REPLACE")
    if "fileName" not in parts or not parts["fileName"][1].strip():
        return ctx.error(400, "2000", "fileName (a CSV file) is required")
    state = _state(ctx)
    if any(j["groupId"] == group["groupId"] and j["jobStatus"] in _STEPS for j in state["jobs"].values()):
        return ctx.error(400, "2001", "An import is already in progress for this group")
    lines = parts["fileName"][1].decode("utf-8", "replace").splitlines()
    if not lines or lines[0].strip().lower() != "participantid":
        return ctx.error(400, "2000", "The file must start with a ParticipantId header")
    rows = [line.strip() for line in lines[1:] if line.strip()]
    failures = [(i + 2, "ParticipantId longer than 32 characters") for i, row in enumerate(rows) if len(row) > 32]
    job_id = str(uuid.UUID(stable_uuid("job", ctx.world.seed, len(state["jobs"]))))
    now = _now()
    state["jobs"][job_id] = {
        "jobId": job_id,
        "groupId": group["groupId"],
        "groupName": group["groupName"],
        "groupType": group["groupType"],
        "inputFileName": parts["fileName"][0] or "participants.csv",
        "workingFileName": f"{job_id}.csv",
        "type": kind,
        "totalRecordsCount": len(rows),
        "successRecordsCount": 0,
        "failedRecordsCount": 0,
        "jobStatus": "CREATED",
        "jobCreatedBy": "sandbox-client",
        "createdDateTime": now,
        "lastUpdatedDateTime": now,
        "_rows": rows,
        "_failures": failures,
    }
    return ctx.ok({"code": "1000", "message": "Import job created", "jobId": job_id, "jobStatus": "CREATED"})


def _advance(ctx: Ctx, job: dict[str, Any]) -> None:
    """One poll's worth of progress; the final step applies the import to the group."""
    if job["jobStatus"] == "CREATED":
        job["jobStatus"] = "PROCESSING"
    elif job["jobStatus"] == "PROCESSING":
        failed = len(job["_failures"])
        job["failedRecordsCount"] = failed
        job["successRecordsCount"] = job["totalRecordsCount"] - failed
        job["jobStatus"] = (
            "SUCCESSFUL" if failed == 0 else ("FAILED" if failed == job["totalRecordsCount"] else "PARTIAL_SUCCESS")
        )
        members = _state(ctx)["members"].setdefault(job["groupId"], set())
        good = {row for row in job["_rows"] if len(row) <= 32}
        if job["type"] == "REPLACE":
            members.clear()
        if job["type"] == "REMOVE":
            members.difference_update(good)
        else:
            members.update(good)
        group = _state(ctx)["groups"].get(job["groupId"])
        if group is not None:
            group["groupParticipantCount"] = len(members)
    else:
        return
    job["lastUpdatedDateTime"] = _now()


@handler("getJobV3")
async def get_job(ctx: Ctx) -> Reply:
    job = _state(ctx)["jobs"].get(ctx.path["jobId"])
    if job is None:
        return ctx.error(400, "2000", "Job not found")
    _advance(ctx, job)
    return ctx.ok(_group_body(job))


@handler("listJobsV3")
async def list_jobs(ctx: Ctx) -> Reply:
    group_id = ctx.query.get("groupId")
    rows = [_group_body(j) for j in _state(ctx)["jobs"].values() if not group_id or j["groupId"] == group_id]
    return _page(ctx, rows, "/v3/jobs")


@handler("getJobErrorsV3")
async def job_errors(ctx: Ctx) -> Reply:
    job = _state(ctx)["jobs"].get(ctx.path["jobId"])
    if job is None:
        return ctx.error(400, "2000", "Job not found")
    rows = (
        [{"lineNbr": line, "errorMsg": message} for line, message in job["_failures"]]
        if job["jobStatus"] not in _STEPS
        else []
    )
    return _page(ctx, rows, f"/v3/jobs/{job['jobId']}/errors")


@handler("createUserListJobV1")
async def create_user_list_job(ctx: Ctx) -> Reply:
    if ctx.path["fiId"] != INSTITUTION_ID:
        return ctx.error(400, "PSS", "Unknown institution")
    body = as_object(ctx.body)
    name, users = body.get("name"), body.get("users")
    if not isinstance(name, str) or not re.fullmatch(r"[a-zA-Z0-9 _-]{1,50}", name):
        return ctx.error(400, "PSS", "List name is empty, too long or has invalid characters")
    if not isinstance(users, list) or not users or not all(isinstance(u, str) for u in users):
        return ctx.error(400, "PSS", "users must be a non-empty list of member ids")
    lists = _state(ctx)["lists"]
    job_id = str(21583128690857299 + len(lists))
    known = {u.host_user_id for u in ctx.world.users.values()}
    lists[job_id] = {"name": name, "users": list(users), "valid": [u for u in users if u in known], "polls": 0}
    return ctx.ok({"jobId": job_id}, status=202)


@handler("getUserListJobV1")
async def get_user_list_job(ctx: Ctx) -> Reply:
    job = _state(ctx)["lists"].get(ctx.path["jobId"])
    if job is None:
        return ctx.ok(status=404)
    job["polls"] += 1
    codes = ("Converting", "Committing", "Uploading", "Completed")
    code = codes[min(job["polls"] - 1, len(codes) - 1)]
    failed = [u for u in job["users"] if u not in job["valid"]]
    return ctx.ok(
        {
            "jobId": ctx.path["jobId"],
            "listName": job["name"],
            "fiId": INSTITUTION_ID,
            "memberIdsCount": len(job["users"]),
            "validMemberIdsCount": len(job["valid"]),
            "startTimestamp": _now(),
            "status": {
                "code": code,
                "failedUsers": failed,
                "uploadedUsers": len(job["valid"]) if code in ("Uploading", "Completed") else 0,
                "message": f"User list job is {code.lower()}",
            },
        }
    )


@handler("createUserListMetadataV1")
async def create_user_list_metadata(ctx: Ctx) -> Reply:
    body = as_object(ctx.body)
    entries = body.get("userLists")
    if (
        not isinstance(entries, list)
        or not entries
        or not isinstance(entries[0], dict)
        or "fileMetadata" not in entries[0]
    ):
        return ctx.error(400, "2009", "Incomplete metadata")
    meta = as_object(entries[0]["fileMetadata"])
    name = meta.get("userlistFileName")
    if not isinstance(name, str) or not _FILE_NAME.match(name):
        return ctx.error(400, "2009", "Invalid file name")
    if meta.get("userlistOperation") not in (
        "CREATE",
        "REPLACE",
        "ADD",
        "REMOVE",
        "CREATE_OR_REPLACE",
        "CREATE_OR_ADD",
    ):
        return ctx.error(400, "2009", "Invalid operation")
    userlists = _state(ctx)["userlists"]
    if name in userlists:
        return ctx.error(400, "2009", "Duplicate file name")
    userlists[name] = {**meta, "_received": _now()}
    return ctx.ok(status=200)


@handler("getUserListDetailsV1")
async def user_list_details(ctx: Ctx) -> Reply:
    name, view = ctx.query.get("userlistFileName", ""), ctx.query.get("viewName")
    if view not in ("fileStatus", "fileErrorReport"):
        return ctx.error(400, "2009", "Invalid viewName")
    meta = _state(ctx)["userlists"].get(name)
    if meta is None:
        return ctx.error(400, "2009", "No details for this file")
    until = (dt.datetime.now(dt.UTC) + dt.timedelta(days=7)).strftime("%Y%m%d%H%M%S")
    entry: dict[str, Any] = {"fileMetadata": {k: v for k, v in meta.items() if not k.startswith("_")}}
    if view == "fileStatus":
        entry["fileStatus"] = {
            "jobId": stable_uuid("userlist", name),
            "jobStatus": "SUCCESSFUL",
            "succeededUserCount": 3,
            "userCount": 3,
            "failedUserCount": 0,
            "reportAvailableUntil": until,
            "isReportAvailable": "true",
            "errorReportFileName": name.replace(".csv", "_ErrorReport.csv"),
            "fileSentDate": meta.get("_received", _now()),
        }
    else:
        entry["fileErrorReport"] = {"reportAvailableUntil": until, "isReportAvailable": "false", "message": "No errors"}
    return ctx.ok({"userLists": [entry]})
