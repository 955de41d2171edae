//! The leak check (`MNEMO_LEAKCHECK=1`): at interpreter exit, after the last collection, every
//! tracked container that is still alive but that cannot be reached from the interpreter's roots
//! is a leak — something holds a count on it that no traverse reports (a reference kept by Rust
//! code, a missing `traverse` edge, a count never given back).
//!
//! Reachability here is a plain walk of `traverse` edges from the roots the VM names (its
//! modules, builtins, `sys`, every type); unlike a collection, it walks through untracked
//! objects too (static types, untracked dicts and tuples), so what they hold counts as reached.

use crate::heap::ObjRef;
use std::collections::HashSet;

/// Whether the leak check is on (`MNEMO_LEAKCHECK` set to anything but empty or `0`).
pub fn enabled() -> bool {
    std::env::var("MNEMO_LEAKCHECK").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The tracked containers (in any generation, the permanent one included) that no chain of
/// references from `roots` reaches.
pub fn unreachable_from(roots: &[ObjRef]) -> Vec<ObjRef> {
    let mut seen: HashSet<usize> = HashSet::new();
    let mut stack: Vec<ObjRef> = Vec::new();
    for r in roots {
        if seen.insert(r.addr()) {
            stack.push(r.clone());
        }
    }
    while let Some(o) = stack.pop() {
        super::traverse(&o, &mut |child| {
            if seen.insert(child.addr()) {
                stack.push(child.clone());
            }
        });
    }
    super::all_tracked()
        .into_iter()
        .filter(|o| !seen.contains(&o.addr()))
        .collect()
}
