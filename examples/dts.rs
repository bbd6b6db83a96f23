//! Switches a DTS synchronization job's reserved parameters, showing typed errors.
//!
//! ```sh
//! export ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... ALIBABA_CLOUD_REGION_ID=cn-hangzhou
//! cargo run -p examples --example dts -- dtsbi6e22ay243xxxx
//! ```

use alicloud_migration::{dts, Error};
use serde_json::json;
use std::collections::BTreeMap;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let instance = std::env::args()
        .nth(1)
        .ok_or("usage: dts <DtsInstanceId>")?;
    let client = dts::Client::from_env()?;
    // A typed map, serialised once; JSON text (`r#"{"autoStartModulesAfterConfig":"none"}"#`)
    // would be sent as written.
    let reserved: BTreeMap<String, serde_json::Value> =
        [("autoStartModulesAfterConfig".to_owned(), json!("none"))]
            .into_iter()
            .collect();
    let result = client
        .modify_dts_job()
        .dts_instance_id(instance)
        .modify_type_enum(dts::modify_dts_job::ModifyTypeEnum::UpdateReserved)
        .reserved(reserved)
        .send()
        .await;
    match result {
        Ok(out) => println!(
            "modified job {} (request {})",
            out.dts_job_id.as_deref().unwrap_or("not reported"),
            out.request_id.as_deref().unwrap_or("not reported")
        ),
        Err(Error::Service(dts::ModifyDtsJobError::OperationDeniedJobStatusModifying(meta))) => {
            println!("the job is still applying a previous change; try later ({meta})")
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
