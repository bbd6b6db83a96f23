//! Order-preserving parallel map over a slice, on every core: parsing specs and rendering
//! files are independent per item, and each is most of a stage's time.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` applied to each item, in the items' order. Items are handed out one at a time as
/// threads become free, so a few large items among many small ones do not leave a core idle.
/// Runs inline when there is little to share.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads(items.len());
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        // This thread works too rather than waiting.
        let mine = work();
        for (i, r) in mine {
            slots[i] = Some(r);
        }
        for handle in others {
            match handle.join() {
                Ok(part) => part.into_iter().for_each(|(i, r)| slots[i] = Some(r)),
                // A panic in `f` is a bug; surface it as one rather than losing the result.
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
    });
    slots
        .into_iter()
        .map(|r| r.expect("every index below the length is taken exactly once"))
        .collect()
}

/// `f` applied to each item, in the items' order, each thread taking one contiguous run of
/// items. For work whose neighbours contend: files created in one folder from two threads
/// queue on the folder's lock in the kernel, so each thread should write its own folders.
pub fn map_runs<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads(items.len());
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(part) => part,
                Err(payload) => std::panic::resume_unwind(payload),
            })
            .collect()
    })
}

/// Threads worth starting for `len` items: every core, but not one per handful of items.
fn threads(len: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(len.div_ceil(8))
        .max(1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order() {
        let items: Vec<u32> = (0..1000).collect();
        let out = super::map(&items, |n| n * 2);
        assert_eq!(out, (0..1000).map(|n| n * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u32], |n| *n).is_empty());
        assert_eq!(
            super::map_runs(&items, |n| n + 1),
            (1..1001).collect::<Vec<_>>()
        );
        assert!(super::map_runs(&[] as &[u32], |n| *n).is_empty());
    }

    #[test]
    fn uneven_items_keep_order() {
        // One slow item first: the other threads take the rest meanwhile.
        let items: Vec<u64> = (0..64).collect();
        let out = super::map(&items, |&n| {
            if n == 0 {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            n * n
        });
        assert_eq!(out, (0..64).map(|n| n * n).collect::<Vec<_>>());
    }
}
