//! Moving a self-managed MySQL database into RDS by streaming its physical backup: precheck
//! the settings, create the import task, then watch it.
//!
//! ```sh
//! export ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... ALIBABA_CLOUD_REGION_ID=cn-hangzhou
//! export MYSQL_PASSWORD=...   # the source account's password (sent Base64-encoded)
//! cargo run -p examples --example rds_import -- rm-bp1xxxx 192.168.0.10:3306 9999 backup_user
//! ```
//! `ALIBABA_CLOUD_ENDPOINT` sends the calls elsewhere (a proxy, a test server).

use alicloud_migration::rds;
use std::time::Duration;

/// Standard Base64 (RFC 4648, padded), as the service asks for the password.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ABC[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [instance, source, stream_port, user] = args.as_slice() else {
        return Err("usage: rds_import <DBInstanceId> <host:port> <stream port> <user>".into());
    };
    let (host, port) = source.split_once(':').ok_or("source must be host:port")?;
    let password = base64(std::env::var("MYSQL_PASSWORD")?.as_bytes());
    let region = std::env::var("ALIBABA_CLOUD_REGION_ID")?;
    let client = rds::Client::from_env()?;

    // 1. Precheck the settings, and read the verdict.
    let check = client
        .validate_import_task()
        .db_instance_id(instance.as_str())
        .region_id(region.as_str())
        .host(host)
        .port(port.parse()?)
        .stream_port(stream_port.parse()?)
        .user(user.as_str())
        .password(password.as_str())
        .send()
        .await?;
    let check_id = check
        .task_id
        .ok_or("ValidateImportTask returned no TaskId")?;
    // The precheck runs on its own; its result arrives once it has finished.
    let verdict = loop {
        let v = client
            .describe_import_task_validation()
            .db_instance_id(instance.as_str())
            .task_id(check_id)
            .send()
            .await?;
        if v.success.is_some() {
            break v;
        }
        tokio::time::sleep(Duration::from_secs(10)).await;
    };
    if verdict.success != Some(true) {
        return Err(format!(
            "the precheck failed: {}",
            verdict.detail.unwrap_or_default()
        )
        .into());
    }

    // 2. Create the import task (not retried after a network failure: it would create two).
    let created = client
        .create_import_task()
        .db_instance_id(instance.as_str())
        .region_id(region.as_str())
        .host(host)
        .port(port.parse()?)
        .stream_port(stream_port.parse()?)
        .user(user.as_str())
        .password(password)
        .send()
        .await?;
    let task = created
        .task_id
        .ok_or("CreateImportTask returned no TaskId")?;
    println!("import task {task} created");

    // 3. Watch it. The pages document no list of its states (so there is no generated
    // waiter): print each change for an hour, and stop it early with Ctrl-C.
    let mut last = None;
    for _ in 0..120 {
        let t = client
            .describe_import_task()
            .db_instance_id(instance.as_str())
            .region_id(region.as_str())
            .task_id(task.as_str())
            .send()
            .await?;
        if t.status != last {
            let status = t.status.as_ref().map_or("not reported", |s| s.as_str());
            match t.detail.as_deref().filter(|d| !d.is_empty()) {
                Some(detail) => println!("{status}: {detail}"),
                None => println!("{status}"),
            }
            last = t.status;
        }
        tokio::time::sleep(Duration::from_secs(30)).await;
    }
    // `modify_import_task().operation("CANCEL")` cancels it; `list_import_tasks()` lists them.
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(super::base64(plain.as_bytes()), coded);
        }
    }
}
