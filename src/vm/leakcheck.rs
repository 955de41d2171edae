//! The VM's side of the leak check (`MNEMO_LEAKCHECK=1`, see `crate::gc::leak`): after the
//! interpreter's shutdown and a last collection, report on stderr every container still alive
//! that the interpreter's roots do not reach.

use super::{rt, Vm};
use crate::heap::ObjRef;
use std::collections::BTreeMap;

/// What the interpreter itself keeps alive to the end: its modules, builtins, `sys`, the
/// top-level unit's constants, `gc.garbage` and `gc.callbacks`, the runtime's singletons and every built-in type (found through the
/// subclass lists from `object`).
fn roots(vm: &Vm) -> Vec<ObjRef> {
    let r = rt();
    let mut out = vec![
        vm.modules.clone(),
        vm.builtins.clone(),
        vm.sys.clone(),
        r.none.clone(),
        r.not_implemented.clone(),
        r.ellipsis.clone(),
        r.true_.clone(),
        r.false_.clone(),
        r.empty_tuple.clone(),
        r.empty_str.clone(),
        r.empty_bytes.clone(),
        r.marker.clone(),
    ];
    out.extend(vm.arena.iter().flatten().cloned());
    out.extend(crate::gc::own_lists());
    if let Some(exc) = r.exc_types.get() {
        out.extend(exc.values().cloned());
    }
    let mut types = vec![r.types.object.clone(), r.types.type_.clone()];
    let mut i = 0;
    while i < types.len() {
        let subs = crate::objects::typeobj::subclasses(&types[i]);
        for s in subs {
            if !types.iter().any(|t| t.is(&s)) {
                types.push(s);
            }
        }
        i += 1;
    }
    // Classes made by the program are not roots: the program's modules must reach them.
    out.extend(
        types
            .into_iter()
            .filter(|t| !t.payload::<crate::objects::typeobj::TypeData>().heap),
    );
    out
}

/// Collect until nothing more is found, then report what is alive but unreachable; returns
/// how many such objects there are.
pub fn report(vm: &mut Vm) -> usize {
    // Daemon threads still running at exit hold objects from frames on their own stacks, which
    // no walk from here can see: with such threads alive there is nothing sound to report.
    if crate::modules::thread::running() > 0 {
        return 0;
    }
    crate::gc::collect_until_quiet();
    let leaked = crate::gc::leak::unreachable_from(&roots(vm));
    if leaked.is_empty() {
        return 0;
    }
    let mut by_type: BTreeMap<String, usize> = BTreeMap::new();
    for o in &leaked {
        *by_type.entry(super::type_name(o)).or_default() += 1;
    }
    let mut msg = format!(
        "mnemo: leak check: {} object(s) alive at exit that nothing reaches:\n",
        leaked.len()
    );
    for (name, n) in &by_type {
        msg.push_str(&format!("  {n} {name}\n"));
    }
    if std::env::var("MNEMO_LEAKCHECK").as_deref() == Ok("2") {
        // Details: each object's count and what (among the tracked) refers to it.
        let all = crate::gc::all_tracked();
        for o in &leaked {
            let mut by: Vec<String> = Vec::new();
            for r in &all {
                crate::gc::traverse(r, &mut |c| {
                    if c.is(o) {
                        by.push(super::type_name(r));
                    }
                });
            }
            msg.push_str(&format!(
                "  - {} (count {}) {}; referred to by [{}]\n",
                super::type_name(o),
                o.refcount().saturating_sub(1),
                super::traceback::safe_repr(vm, o),
                by.join(", ")
            ));
        }
    }
    drop(leaked);
    super::io::flush_std(vm);
    super::io::write_stderr(vm, &msg);
    super::io::flush_std(vm);
    by_type.values().sum()
}
