//! Payload-less singletons: `None`, `NotImplemented`, `Ellipsis` (their type tells them apart).

use crate::heap::PayloadOps;

pub struct UnitData;

impl PayloadOps for UnitData {}
