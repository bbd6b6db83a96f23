"""Walks one migration workflow against the emulator with the vendor's official Python SDKs
(alibabacloud-rds20140815, -dts20200101, -dataworks-public20200518), as their users call
them: nothing here changes what the SDK sends. Reads {"endpoint", "signature": "v3"|"v2",
"workflow": "dts"|"rds"|"dataworks", "id", "secret"} on stdin; prints a JSON list of
[step, what the service answered] pairs for the Rust test to check. A refused call ends the
script with the SDK's error on stderr."""
import json
import sys
import time

from alibabacloud_tea_openapi import models as open_api

args = json.load(sys.stdin)


def config():
    c = open_api.Config(
        access_key_id=args["id"],
        access_key_secret=args["secret"],
        endpoint=args["endpoint"],
        protocol="http",
        region_id="cn-hangzhou",
    )
    # The SDKs sign with ACS3-HMAC-SHA256 by default; "v2" is their legacy HMAC-SHA1 mode.
    if args["signature"] == "v2":
        c.signature_algorithm = "v2"
    return c


steps = []


def step(name, value):
    steps.append([name, value])


def poll(read, done, what, limit=20.0):
    """Calls read() until done(value); the emulator's clock runs fast, so this is short."""
    deadline = time.monotonic() + limit
    while True:
        value = read()
        if done(value):
            return value
        if time.monotonic() > deadline:
            sys.exit(f"{what}: still {value!r} after {limit} s")
        time.sleep(0.01)


def dts():
    from alibabacloud_dts20200101.client import Client
    from alibabacloud_dts20200101 import models as m

    c = Client(config())
    bought = c.create_dts_instance(m.CreateDtsInstanceRequest(
        region_id="cn-hangzhou", type="MIGRATION", pay_type="PostPaid",
        instance_class="small", source_region="cn-hangzhou",
        destination_region="cn-hangzhou", source_endpoint_engine_name="MySQL",
        destination_endpoint_engine_name="MySQL", quantity=1, auto_pay=True,
        auto_start=False)).body
    job, instance = bought.job_id, bought.instance_id
    step("buy", bought.success)

    def status():
        return c.describe_dts_job_detail(m.DescribeDtsJobDetailRequest(
            dts_job_id=job, region_id="cn-hangzhou")).body.status

    step("bought", status())
    configured = c.configure_dts_job(m.ConfigureDtsJobRequest(
        region_id="cn-hangzhou", dts_job_id=job, dts_instance_id=instance,
        dts_job_name="orders", job_type="MIGRATION",
        source_endpoint_instance_type="RDS", source_endpoint_engine_name="MySQL",
        source_endpoint_region="cn-hangzhou", source_endpoint_instance_id="rm-src",
        source_endpoint_user_name="dtsuser", source_endpoint_password="x",
        destination_endpoint_instance_type="RDS",
        destination_endpoint_engine_name="MySQL",
        destination_endpoint_region="cn-hangzhou",
        destination_endpoint_instance_id="rm-dst",
        destination_endpoint_user_name="dtsuser", destination_endpoint_password="y",
        structure_initialization=True, data_initialization=True,
        data_synchronization=True,
        db_list=json.dumps({"orders": {"name": "orders", "all": True}}))).body
    step("configure", configured.success)
    step("pre-check", poll(status, lambda s: s != "Prechecking", "pre-check"))
    check = c.describe_pre_check_status(m.DescribePreCheckStatusRequest(
        dts_job_id=job, job_code="02", region_id="cn-hangzhou")).body
    step("pre-check state", check.state)
    step("start", c.start_dts_job(m.StartDtsJobRequest(
        dts_job_id=job, region_id="cn-hangzhou")).body.success)
    step("running", poll(status, lambda s: s != "Initializing", "start"))
    step("suspend", c.suspend_dts_job(m.SuspendDtsJobRequest(
        dts_job_id=job, region_id="cn-hangzhou")).body.success)
    listed = c.describe_dts_jobs(m.DescribeDtsJobsRequest(
        dts_job_id=job, region_id="cn-hangzhou", page_number=1, page_size=20)).body
    step("suspended", [j.status for j in listed.dts_job_list])
    step("delete", c.delete_dts_job(m.DeleteDtsJobRequest(
        dts_job_id=job, region_id="cn-hangzhou")).body.success)
    try:
        status()
        step("deleted", "still there")
    except Exception as e:  # the SDK raises its own error type for a 4xx answer
        step("deleted", e.code)


def rds():
    from alibabacloud_rds20140815.client import Client
    from alibabacloud_rds20140815 import models as m
    from alibabacloud_tea_util import models as util

    c = Client(config())

    def create():
        return c.create_import_task(m.CreateImportTaskRequest(
            db_instance_id="rm-dst", region_id="cn-hangzhou", host="10.0.0.8",
            port=3306, stream_port=9999, user="root", password="p",
            source_platform="ECS")).body.task_id

    task = create()
    step("create", bool(task))

    def describe(t):
        return c.describe_import_task(m.DescribeImportTaskRequest(
            dbinstance_id="rm-dst", region_id="cn-hangzhou", task_id=t)).body.status

    step("describe", describe(task))
    listed = c.list_import_tasks(m.ListImportTasksRequest(
        dbinstance_id="rm-dst", region_id="cn-hangzhou", max_results=10)).body
    step("list", len(listed.items))
    # ModifyImportTask is how this SDK cancels an import task.
    modified = c.modify_import_task(m.ModifyImportTaskRequest(
        dbinstance_id="rm-dst", region_id="cn-hangzhou", task_id=task,
        operation="CANCEL")).body
    step("cancel", modified.task_id == task)
    step("cancelled", poll(lambda: describe(task), lambda s: s != "IMPORTING", "cancel"))
    # CancelImport left the SDK's models in 2024; its users call it through the SDK's
    # generic call_api, as the vendor documents for operations a package lacks.
    second = create()
    params = open_api.Params(
        action="CancelImport", version="2014-08-15", protocol="HTTP", pathname="/",
        method="POST", auth_type="AK", style="RPC", req_body_type="formData",
        body_type="json")
    request = open_api.OpenApiRequest(query={"DBInstanceId": "rm-dst", "ImportId": second})
    answer = c.call_api(params, request, util.RuntimeOptions())
    step("cancel import", answer["statusCode"])
    imports = c.descibe_imports_from_database(m.DescibeImportsFromDatabaseRequest(
        dbinstance_id="rm-dst", engine="MySQL", import_id=int(second),
        start_time="2020-01-01T00:00Z", end_time="2099-01-01T00:00Z",
        page_size=30, page_number=1)).body
    step("import", [i.import_data_status for i in imports.items.import_result_from_db])


def dataworks():
    from alibabacloud_dataworks_public20200518.client import Client
    from alibabacloud_dataworks_public20200518 import models as m

    c = Client(config())
    project, kind = 10000, "DI_REALTIME"
    content = json.dumps({"type": "job", "version": "2.0", "steps": []})
    created = c.create_disync_task(m.CreateDISyncTaskRequest(
        project_id=project, task_type=kind, task_content=content,
        task_name="orders-sync")).body
    file_id = created.data.file_id
    step("create", created.data.status)
    deployed = c.deploy_disync_task(m.DeployDISyncTaskRequest(
        project_id=project, task_type=kind, file_id=file_id)).body
    step("deploy", deployed.success)
    started = c.start_disync_instance(m.StartDISyncInstanceRequest(
        project_id=project, task_type=kind, file_id=file_id)).body
    step("start", started.data.status)

    def status():
        return c.get_disync_instance_info(m.GetDISyncInstanceInfoRequest(
            project_id=project, task_type=kind, file_id=file_id)).body.data.status

    step("running", poll(status, lambda s: s != "WAIT", "start"))
    stopped = c.stop_disync_instance(m.StopDISyncInstanceRequest(
        project_id=project, task_type=kind, file_id=file_id)).body
    step("stop", stopped.data.status)
    step("stopped", status())
    deleted = c.delete_disync_task(m.DeleteDISyncTaskRequest(
        project_id=project, task_type=kind, file_id=file_id)).body
    step("delete", deleted.data.status)


{"dts": dts, "rds": rds, "dataworks": dataworks}[args["workflow"]]()
json.dump(steps, sys.stdout)
