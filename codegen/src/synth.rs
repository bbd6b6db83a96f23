//! Synthetic specs for scale tests and benchmarks: `n` realistic operations spread over a few
//! products, using the features real specs use (enums, constraints, JSON parameters, nested
//! responses, pagination, error codes). Deterministic for a given `n` and `variant`.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

const PRODUCTS: usize = 4;

/// Writes the spec tree into `dir` (which must not hold other specs). By default every
/// operation of a product defines the same enums (so the generator shares them, as it does
/// for real products that repeat `Engine` or `Status`); with `distinct_enums` each
/// operation's enums have values of their own, the worst case for compile time.
pub fn write(dir: &Path, n: usize, variant: u32, distinct_enums: bool) -> io::Result<()> {
    for p in 0..PRODUCTS {
        let folder = dir.join(format!("synth{p}"));
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join("product.yaml"), product(p))?;
    }
    for i in 0..n {
        let p = i % PRODUCTS;
        let path = dir.join(format!("synth{p}")).join(format!("Op{i:05}.yaml"));
        std::fs::write(path, operation(p, i, variant, distinct_enums))?;
    }
    Ok(())
}

fn product(p: usize) -> String {
    format!(
        "code: Synth{p}\nname: Synthetic product {p}\nversion: \"2024-0{}-01\"\nstyle: rpc\n\
         signing: ACS3-HMAC-SHA256\nendpoint:\n  prefix: synth{p}\n  regions:\n    cn-hangzhou: synth{p}.aliyuncs.com\n",
        p + 1
    )
}

fn operation(p: usize, i: usize, variant: u32, distinct_enums: bool) -> String {
    // Distinct enums differ in a value, as enums of the same values are one type whatever
    // their descriptions (and in the wording, to be sure).
    let (tag, last) = if distinct_enums {
        (format!(" (kind {i})"), i.to_string())
    } else {
        (String::new(), String::new())
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"product: Synth{p}
action: DescribeThing{i}
summary: Describes things of kind {i} (variant {variant}).
description: >-
  A synthetic operation number {i}, shaped like the real ones, for measuring the generator.
idempotent: {idem}
ram:
  action: synth{p}:DescribeThing{i}
  access_level: list
parameters:
  - name: RegionId
    type: string
    required: true
    description: The region ID.
    example: cn-hangzhou
  - name: InstanceId
    type: string
    required: true
    min_length: 1
    max_length: 64
    description: The instance ID.
  - name: Engine
    type: string
    enum:
      - value: MySQL
        description: MySQL{tag}.
      - value: SQLServer
        description: SQL Server.
      - value: PostgreSQL
        description: PostgreSQL.
      - value: MariaDB{last}
        description: MariaDB.
  - name: StartTime
    type: string
    format: utc-minute
    description: The beginning of the time range, in UTC.
  - name: PageSize
    type: int32
    default: 30
    enum:
      - value: 30
        description: Thirty{tag}.
      - value: 50
      - value: 100{last}
  - name: PageNumber
    type: int32
    minimum: 1
    default: 1
  - name: Limit
    type: int64
    minimum: 0
    maximum: 9007199254740993
  - name: ClientToken
    type: string
    max_length: 64
    ascii: true
    idempotency_token: true
  - name: Options
    type: map
    in: body
    style: json
    values:
      type: json
  - name: Verbose
    type: boolean
response:
  fields:
    - name: RequestId
      type: string
    - name: TotalCount
      type: int32
    - name: Items
      type: object
      fields:
        - name: Item
          type: array
          items:
            type: object
            fields:
              - name: Id
                type: int64
              - name: Name
                type: string
              - name: Status
                type: string
                enum:
                  - value: Running
                    description: Running{tag}.
                  - value: Stopped
                  - value: Failed{last}
              - name: CreatedAt
                type: string
                format: utc-second
              - name: Tags
                type: map
                values:
                  type: string
pagination:
  page_number: PageNumber
  page_size: PageSize
  items: Items.Item
  total: TotalCount
errors:
  - status: 400
    code: InvalidParameter.Engine
    message: The engine is not supported.
  - status: 403
    code: Forbidden.Instance
    message: No access to the instance.
  - status: 404
    code: InstanceNotFound
    message: The instance does not exist.
  - status: 400
    code: Throttling.User
    message: Request was denied due to user flow control.
    retryable: true
"#,
        idem = i % 3 != 0,
    );
    s
}
