//! The `time` module: clocks (`time`, `time_ns`, `perf_counter(_ns)`, `monotonic(_ns)`,
//! `process_time(_ns)`), `sleep`, and broken-down time (`gmtime`, `localtime`, `mktime`,
//! `asctime`, `ctime`, `strftime`) with `struct_time`, as CPython 3.11 on Linux.
//!
//! The local time zone comes from `$TZ` or `/etc/localtime` (the `tz-rs` crate parses the
//! TZif data, POSIX rules included); `strftime` implements glibc's conversions in the C
//! locale. `struct_time` is a struct sequence of the nine classic fields (`tm_zone` and
//! `tm_gmtoff` are not provided). `sleep` blocks the calling thread.

use super::support::{self, parse};
use crate::heap::{Kind, ObjRef};
use crate::objects::tuple::TupleData;
use crate::vm::{convert, exc, new_bigint, new_float, new_int, new_str, new_tuple, none};
use crate::vm::{str_of, type_name, Args, PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// The monotonic clock: nanoseconds since an arbitrary fixed point (the first use, offset so
/// that values look like CPython's seconds-since-boot rather than starting at zero).
fn monotonic_ns_value() -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = START.get_or_init(Instant::now);
    start.elapsed().as_nanos() as i128 + 1_000_000_000
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    parse(args, name, 0, 0, &[]).map(|_| ())
}

fn time_time(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "time")?;
    Ok(new_float(now_ns() as f64 * 1e-9))
}

fn ns_obj(v: i128) -> ObjRef {
    match i64::try_from(v) {
        Ok(i) => new_int(i),
        Err(_) => new_bigint(num_bigint::BigInt::from(v)),
    }
}

fn time_time_ns(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "time_ns")?;
    Ok(ns_obj(now_ns()))
}

fn perf_counter(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "perf_counter")?;
    Ok(new_float(monotonic_ns_value() as f64 * 1e-9))
}

fn perf_counter_ns(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "perf_counter_ns")?;
    Ok(ns_obj(monotonic_ns_value()))
}

fn monotonic(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "monotonic")?;
    Ok(new_float(monotonic_ns_value() as f64 * 1e-9))
}

fn monotonic_ns(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "monotonic_ns")?;
    Ok(ns_obj(monotonic_ns_value()))
}

fn cpu_ns() -> i128 {
    cpu_time::ProcessTime::try_now()
        .map(|t| t.as_duration().as_nanos() as i128)
        .unwrap_or(0)
}

fn process_time(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "process_time")?;
    Ok(new_float(cpu_ns() as f64 * 1e-9))
}

fn process_time_ns(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "process_time_ns")?;
    Ok(ns_obj(cpu_ns()))
}

fn thread_time(_vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    no_args(&args, "thread_time")?;
    let ns = cpu_time::ThreadTime::try_now()
        .map(|t| t.as_duration().as_nanos() as f64)
        .unwrap_or(0.0);
    Ok(new_float(ns * 1e-9))
}

/// A number of seconds from an int or float (CPython's `_PyTime_FromSecondsObject`).
fn seconds_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<f64> {
    let b = crate::vm::methods::base_of(o);
    if b.kind() == Kind::Float {
        let f = crate::vm::ops::as_f64(&b).unwrap_or(0.0);
        if f.is_nan() {
            return exc::value_error("Invalid value NaN (not a number)");
        }
        return Ok(f);
    }
    let i = convert::index(vm, o)?;
    support::int_to_f64(i.payload::<crate::objects::int::IntData>())
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "sleep", 1, 1, &[])?;
    let secs = seconds_arg(vm, &pos[0])?;
    if secs < 0.0 {
        return exc::value_error("sleep length must be non-negative");
    }
    if !secs.is_finite() || secs > 1e11 {
        return exc::overflow_error("timestamp too large to convert to C _PyTime_t");
    }
    // The GIL is released while the thread sleeps (other threads run meanwhile); Ctrl-C ends
    // the sleep of the main thread at once with KeyboardInterrupt, as in CPython.
    let d = std::time::Duration::from_secs_f64(secs);
    crate::gil::allow_threads(move || crate::vm::signals::interruptible_sleep(d));
    crate::vm::signals::poll()?;
    Ok(none())
}

// ---------------------------------------------------------------- calendar arithmetic

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// C's `struct tm` (tm_mon 1-based, tm_wday Monday = 0 as Python's).
#[derive(Clone, Copy)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    gmtoff: i64,
}

fn tm_from_secs(t: i64, gmtoff: i64, isdst: bool) -> Tm {
    let local = t + gmtoff;
    let days = local.div_euclid(86_400);
    let rem = local.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        year: y,
        mon: m,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        // 1970-01-01 was a Thursday (3 with Monday = 0).
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1) + 1,
        isdst: isdst as i64,
        gmtoff,
    }
}

fn local_zone() -> Option<&'static tz::TimeZone> {
    static ZONE: OnceLock<Option<tz::TimeZone>> = OnceLock::new();
    ZONE.get_or_init(|| match std::env::var("TZ") {
        Ok(s) if !s.is_empty() => tz::TimeZone::from_posix_tz(&s).ok(),
        _ => tz::TimeZone::local().ok(),
    })
    .as_ref()
}

/// (UTC offset in seconds, is DST, zone name) at UTC time `t`.
fn local_info(t: i64) -> (i64, bool, String) {
    match local_zone().and_then(|z| z.find_local_time_type(t).ok()) {
        Some(lt) => (
            lt.ut_offset() as i64,
            lt.is_dst(),
            lt.time_zone_designation().to_string(),
        ),
        None => (0, false, "UTC".into()),
    }
}

fn struct_time_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        crate::vm::structseq::new_structseq_type(
            "time",
            "struct_time",
            &[
                "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                "tm_yday", "tm_isdst",
            ],
        )
    })
}

fn struct_time(tm: &Tm) -> ObjRef {
    let v = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ];
    crate::vm::structseq::new_structseq(struct_time_type(), v.iter().map(|x| new_int(*x)).collect())
}

/// The seconds argument of gmtime/localtime/ctime: None is now.
fn secs_or_now(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    let (pos, _) = parse(args, name, 0, 1, &[])?;
    match pos.first().filter(|o| !o.is(&crate::vm::rt().none)) {
        None => Ok(now_ns().div_euclid(1_000_000_000) as i64),
        Some(o) => {
            let f = seconds_arg(vm, o)?;
            if !(-67_767_976_233_316_800.0..=67_767_976_233_316_800.0).contains(&f) {
                return exc::overflow_error("timestamp out of range for platform time_t");
            }
            Ok(f.floor() as i64)
        }
    }
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = secs_or_now(vm, &args, "gmtime")?;
    Ok(struct_time(&tm_from_secs(t, 0, false)))
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = secs_or_now(vm, &args, "localtime")?;
    let (off, dst, _) = local_info(t);
    Ok(struct_time(&tm_from_secs(t, off, dst)))
}

/// A `struct_time` or 9-tuple argument as a `Tm` (CPython's `gettmarg`).
fn tm_arg(vm: &mut Vm, o: &ObjRef, fname: &str) -> PyResult<Tm> {
    let b = crate::vm::methods::base_of(o);
    let Some(t) = b.downcast::<TupleData>() else {
        return exc::type_error("Tuple or struct_time argument required");
    };
    if t.items.len() != 9 {
        return exc::type_error(format!("{fname}(): illegal time tuple argument"));
    }
    let mut v = [0i64; 9];
    for (i, it) in t.items.iter().enumerate() {
        if it.kind() == Kind::Float {
            return exc::type_error("'float' object cannot be interpreted as an integer");
        }
        v[i] = convert::index_i64(vm, it)?;
    }
    Ok(Tm {
        year: v[0],
        mon: v[1],
        mday: v[2],
        hour: v[3],
        min: v[4],
        sec: v[5],
        wday: v[6],
        yday: v[7],
        isdst: v[8],
        gmtoff: 0,
    })
}

/// CPython's `checktm` (with strftime's and asctime's normalisation of 0 fields).
fn check_tm(tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    if !(1..=12).contains(&tm.mon) {
        return exc::value_error("month out of range");
    }
    if !(1..=31).contains(&tm.mday) {
        return exc::value_error("day of month out of range");
    }
    if !(0..=23).contains(&tm.hour) {
        return exc::value_error("hour out of range");
    }
    if !(0..=59).contains(&tm.min) {
        return exc::value_error("minute out of range");
    }
    if !(0..=61).contains(&tm.sec) {
        return exc::value_error("seconds out of range");
    }
    if tm.wday < 0 {
        return exc::value_error("day of week out of range");
    }
    tm.wday = tm.wday.rem_euclid(7);
    if !(1..=366).contains(&tm.yday) {
        return exc::value_error("day of year out of range");
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(())
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime_of(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[tm.wday as usize % 7][..3],
        &MONTHS[(tm.mon - 1) as usize % 12][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday = tm.wday; // Monday = 0
    let yday0 = tm.yday - 1;
    let mut year = tm.year;
    let mut week = (yday0 - wday + 10) / 7;
    if week < 1 {
        year -= 1;
        let prev_days = if is_leap(year) { 366 } else { 365 };
        week = (yday0 + prev_days - wday + 10) / 7;
    } else {
        let days = if is_leap(year) { 366 } else { 365 };
        if week == 53 && (yday0 - wday + 3) >= days {
            year += 1;
            week = 1;
        }
    }
    (year, week)
}

/// C's `strftime` in the C locale (glibc's conversions).
fn strftime_of(fmt: &str, tm: &Tm, zone: &str, epoch: i64) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let wday_sun = (tm.wday + 1) % 7; // Sunday = 0, as C's tm_wday
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let s = match d {
            'a' => DAYS[tm.wday as usize % 7][..3].to_string(),
            'A' => DAYS[tm.wday as usize % 7].to_string(),
            'b' | 'h' => MONTHS[(tm.mon - 1) as usize % 12][..3].to_string(),
            'B' => MONTHS[(tm.mon - 1) as usize % 12].to_string(),
            'c' => asctime_of(tm),
            'C' => format!("{:02}", tm.year.div_euclid(100)),
            'd' => format!("{:02}", tm.mday),
            'D' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'e' => format!("{:2}", tm.mday),
            'F' => format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'G' => iso_week(tm).0.to_string(),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{:02}", hour12),
            'j' => format!("{:03}", tm.yday),
            'k' => format!("{:2}", tm.hour),
            'l' => format!("{:2}", hour12),
            'm' => format!("{:02}", tm.mon),
            'M' => format!("{:02}", tm.min),
            'n' => "\n".into(),
            'p' => (if tm.hour < 12 { "AM" } else { "PM" }).into(),
            'P' => (if tm.hour < 12 { "am" } else { "pm" }).into(),
            'r' => format!(
                "{:02}:{:02}:{:02} {}",
                hour12,
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", tm.hour, tm.min),
            's' => epoch.to_string(),
            'S' => format!("{:02}", tm.sec),
            't' => "\t".into(),
            'T' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => (tm.wday + 1).to_string(),
            'U' => format!("{:02}", (tm.yday - 1 + 7 - wday_sun) / 7),
            'V' => format!("{:02}", iso_week(tm).1),
            'w' => wday_sun.to_string(),
            'W' => format!("{:02}", (tm.yday - 1 + 7 - tm.wday) / 7),
            'x' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'X' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'Y' => tm.year.to_string(),
            'z' => {
                let off = tm.gmtoff;
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.abs();
                format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
            }
            'Z' => zone.to_string(),
            '%' => "%".into(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}

/// Seconds since the epoch of a broken-down local time (C's `mktime`).
fn mktime_of(tm: &Tm) -> i64 {
    let days = days_from_civil(tm.year, tm.mon, 1) + tm.mday - 1;
    let naive = days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    // The offset in force at the result: iterate from the offset at the naive time.
    let (off1, _, _) = local_info(naive);
    let guess = naive - off1;
    let (off2, _, _) = local_info(guess);
    naive - off2
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "strftime", 1, 2, &[])?;
    if pos[0].kind() != Kind::Str {
        return exc::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(&pos[0])
        ));
    }
    let (mut tm, zone, epoch) = match pos.get(1) {
        Some(t) => {
            let mut tm = tm_arg(vm, t, "strftime")?;
            let epoch = mktime_of(&tm);
            let (off, _, name) = local_info(epoch);
            tm.gmtoff = off;
            (tm, name, epoch)
        }
        None => {
            let t = now_ns().div_euclid(1_000_000_000) as i64;
            let (off, dst, name) = local_info(t);
            (tm_from_secs(t, off, dst), name, t)
        }
    };
    check_tm(&mut tm)?;
    let fmt = str_of(&pos[0]);
    if fmt.contains('\0') {
        return exc::value_error("embedded null character");
    }
    Ok(new_str(&strftime_of(fmt, &tm, &zone, epoch)))
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "asctime", 0, 1, &[])?;
    let mut tm = match pos.first() {
        Some(t) => tm_arg(vm, t, "asctime")?,
        None => {
            let t = now_ns().div_euclid(1_000_000_000) as i64;
            let (off, dst, _) = local_info(t);
            tm_from_secs(t, off, dst)
        }
    };
    check_tm(&mut tm)?;
    Ok(new_str(&asctime_of(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let t = secs_or_now(vm, &args, "ctime")?;
    let (off, dst, _) = local_info(t);
    Ok(new_str(&asctime_of(&tm_from_secs(t, off, dst))))
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    let (pos, _) = parse(&args, "mktime", 1, 1, &[])?;
    let tm = tm_arg(vm, &pos[0], "mktime")?;
    Ok(new_float(mktime_of(&tm) as f64))
}

/// Fill the `time` module.
pub fn init(_vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    support::add_functions(
        ns,
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("sleep", sleep),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("asctime", asctime),
            ("ctime", ctime),
            ("strftime", strftime),
        ],
    );
    support::set(ns, "struct_time", struct_time_type().clone());
    // timezone/altzone/daylight/tzname from January and July of the current year.
    let now = now_ns().div_euclid(1_000_000_000) as i64;
    let year = tm_from_secs(now, 0, false).year;
    let jan = days_from_civil(year, 1, 1) * 86_400;
    let jul = days_from_civil(year, 7, 1) * 86_400;
    let (joff, jdst, jname) = local_info(jan);
    let (loff, ldst, lname) = local_info(jul);
    let (std_off, std_name, dst_off, dst_name) = if jdst && !ldst {
        (loff, lname, joff, jname)
    } else {
        (joff, jname, loff, lname)
    };
    support::set(ns, "timezone", new_int(-std_off));
    support::set(ns, "altzone", new_int(-dst_off));
    support::set(ns, "daylight", new_int((joff != loff) as i64));
    support::set(
        ns,
        "tzname",
        new_tuple(vec![new_str(&std_name), new_str(&dst_name)]),
    );
    Ok(())
}
