//! Where a run's time goes, for `generate --timings` and `check --timings`: wall time of each
//! stage, and of each step that runs on one thread; for the steps that run on every core
//! (parsing YAML, and rendering's), thread time summed over the threads. Off unless
//! [`enable`]d; then a few clock reads per file and per part of a file.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// What is timed: stages, one after another, and the steps inside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Reading, parsing and validating every spec (stage; the three steps below are in it).
    Load,
    /// Reading the spec files (wall).
    Read,
    /// The YAML of each file checked and parsed, on every core (summed thread time).
    Yaml,
    /// The parsed specs validated into the model (wall).
    Validate,
    /// Building every file from the model (stage; the steps below are inside it).
    Render,
    /// `quote!`: the model into token streams.
    Tokens,
    /// `syn`: token streams parsed into syntax trees for prettyplease.
    Parse,
    /// prettyplease: syntax trees printed as text.
    Print,
    /// Doc comments put back into the printed text.
    Docs,
    /// Writing the new folder, flushing it and swapping it in, or comparing with it (stage).
    Write,
}

const STEPS: [(Step, &str, bool); 10] = [
    (Step::Load, "load specs", true),
    (Step::Read, "  read files", true),
    (Step::Yaml, "  parse YAML", false),
    (Step::Validate, "  validate", true),
    (Step::Render, "render files", true),
    (Step::Tokens, "  build tokens (quote)", false),
    (Step::Parse, "  parse (syn)", false),
    (Step::Print, "  print (prettyplease)", false),
    (Step::Docs, "  restore docs", false),
    (Step::Write, "write or compare", true),
];

static ON: AtomicBool = AtomicBool::new(false);
static NANOS: [AtomicU64; STEPS.len()] = [const { AtomicU64::new(0) }; STEPS.len()];

/// Starts recording (for the rest of the process).
pub fn enable() {
    ON.store(true, Ordering::Relaxed);
}

/// Runs `f`, adding its time to `step` when recording.
pub fn time<T>(step: Step, f: impl FnOnce() -> T) -> T {
    if !ON.load(Ordering::Relaxed) {
        return f();
    }
    let start = Instant::now();
    let value = f();
    let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
    NANOS[step as usize].fetch_add(nanos, Ordering::Relaxed);
    value
}

/// The recorded times, one line per stage and step, for `operations` operations.
pub fn report(operations: usize) -> String {
    let mut out =
        format!("timings for {operations} operations (wall: stage; thread: summed over threads)\n");
    for (i, (_, name, wall)) in STEPS.iter().enumerate() {
        let d = Duration::from_nanos(NANOS[i].load(Ordering::Relaxed));
        let ms = d.as_secs_f64() * 1e3;
        let per_op = if operations == 0 {
            0.0
        } else {
            ms / operations as f64
        };
        let kind = if *wall { "wall  " } else { "thread" };
        out.push_str(&format!(
            "{name:<26} {kind} {ms:9.1} ms  {per_op:7.3} ms/op\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_when_enabled_and_reports_every_step() {
        // One test touches the global counters, so nothing else races with it.
        time(Step::Docs, || std::thread::sleep(Duration::from_millis(2)));
        assert_eq!(NANOS[Step::Docs as usize].load(Ordering::Relaxed), 0);
        enable();
        let v = time(Step::Docs, || {
            std::thread::sleep(Duration::from_millis(2));
            7
        });
        assert_eq!(v, 7);
        assert!(NANOS[Step::Docs as usize].load(Ordering::Relaxed) >= 2_000_000);
        let report = report(2);
        assert_eq!(report.lines().count(), 1 + STEPS.len());
        let docs = report.lines().find(|l| l.contains("restore docs")).unwrap();
        assert!(docs.contains("thread"), "{docs}");
        assert!(!docs.contains(" 0.0 ms"), "{docs}");
    }
}
