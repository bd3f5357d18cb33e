//! `star-gen synth-report --dir DIR`: reads what `scripts/synth.sh` left in DIR (yosys `stat
//! -json`, nextpnr's `--report`, OpenSTA's path reports, the liberty file), writes
//! `DIR/report.json` (`format_version` 1) and prints the table of docs/handoff.md.

use crate::UserError;
use anyhow::Context;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// Engines of the area breakdown, in the paper's order.
pub const ENGINES: [&str; 6] = [
    "predictor",
    "sorter",
    "K/V generation",
    "SU-FA",
    "memories",
    "control",
];

/// Engine of a module by its name (prefix already removed); `None` for shared helpers and glue,
/// which belong to the engine that instantiates them.
pub fn engine_of(short: &str) -> Option<&'static str> {
    let s = short.to_ascii_lowercase();
    let has = |ks: &[&str]| ks.iter().any(|k| s.contains(k));
    if has(&["sram"]) {
        Some("memories")
    } else if has(&["kvgen"]) {
        Some("K/V generation")
    } else if has(&["sufa", "exp2", "div"]) {
        Some("SU-FA")
    } else if has(&["sort", "cmp"]) {
        Some("sorter")
    } else if has(&["predictor", "dlzs", "lze", "lzc"]) {
        Some("predictor")
    } else if has(&["core"]) {
        Some("control")
    } else {
        None
    }
}

/// Module name as written in the RTL: yosys spells derived modules `$paramod\name\P=v` or
/// `$paramod$hash\name`, plain ones `\name`.
fn base_name(yosys_name: &str) -> &str {
    let n = yosys_name.trim_start_matches('\\');
    if n.starts_with("$paramod") {
        n.split('\\').nth(1).unwrap_or(n)
    } else {
        n
    }
}

/// Cell areas of a liberty file: the first `area` inside each `cell (NAME)`.
pub fn liberty_areas(text: &str) -> BTreeMap<String, f64> {
    let mut areas = BTreeMap::new();
    let mut cell: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("cell") {
            let rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix('(') {
                let name = r.split(')').next().unwrap_or("").trim().trim_matches('"');
                cell = Some(name.to_string());
                continue;
            }
        }
        if let (Some(c), Some(rest)) = (&cell, line.strip_prefix("area")) {
            let v = rest
                .trim_start_matches([' ', ':'])
                .trim_end_matches([';', ' ']);
            if let Ok(a) = v.trim().parse::<f64>() {
                areas.insert(c.clone(), a);
                cell = None;
            }
        }
    }
    areas
}

/// One module of the mapped hierarchy, as counted from the top.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleArea {
    pub module: String,
    pub engine: &'static str,
    pub instances: u64,
    /// Area of the module's own cells (submodules excluded), per instance.
    pub area_each: f64,
    pub cells_each: u64,
}

/// Walks the hierarchy of a `stat -json -top` of a liberty-mapped design from `top`: each
/// module's own area, its instance count, and its engine (its own, else its parent's).
pub fn hierarchy_areas(
    stat: &Value,
    top: &str,
    areas: &BTreeMap<String, f64>,
    prefix: &str,
) -> anyhow::Result<Vec<ModuleArea>> {
    let mods = stat["modules"]
        .as_object()
        .context("stat json has no modules")?;
    let by_name: BTreeMap<&str, &Value> = mods
        .iter()
        .map(|(k, v)| (k.trim_start_matches('\\'), v))
        .collect();
    let mut out: BTreeMap<String, ModuleArea> = BTreeMap::new();
    fn walk(
        name: &str,
        inherited: &'static str,
        mult: u64,
        by_name: &BTreeMap<&str, &Value>,
        areas: &BTreeMap<String, f64>,
        prefix: &str,
        out: &mut BTreeMap<String, ModuleArea>,
    ) -> anyhow::Result<()> {
        let m = by_name
            .get(name)
            .with_context(|| format!("module {name} missing from stat json"))?;
        let base = base_name(name);
        let short = base.strip_prefix(prefix).unwrap_or(base);
        let engine = engine_of(short).unwrap_or(inherited);
        let mut own = 0.0;
        let mut cells = 0;
        let types = m["num_cells_by_type"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for (ty, n) in &types {
            let n = n.as_u64().unwrap_or(0);
            let t = ty.trim_start_matches('\\');
            if by_name.contains_key(t) {
                walk(t, engine, mult * n, by_name, areas, prefix, out)?;
            } else if let Some(a) = areas.get(t) {
                own += a * n as f64;
                cells += n;
            } else {
                anyhow::bail!("cell type {t} in {name} is neither a module nor a liberty cell");
            }
        }
        // A helper shared by two engines is counted once per engine.
        let e = out.entry(format!("{name} {engine}")).or_insert(ModuleArea {
            module: base.to_string(),
            engine,
            instances: 0,
            area_each: own,
            cells_each: cells,
        });
        e.instances += mult;
        Ok(())
    }
    walk(top, "control", 1, &by_name, areas, prefix, &mut out)?;
    Ok(out.into_values().collect())
}

/// Reads a JSON file. yosys 0.23's `stat -json` on a design with a top also prints the text
/// hierarchy into the JSON; lines that cannot be JSON (no quote, brace or bracket first) are dropped.
fn read_json(p: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(p).ok()?;
    serde_json::from_str(&text).ok().or_else(|| {
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| l.trim_start().starts_with(['"', '{', '}', '[', ']']))
            .collect();
        serde_json::from_str(&kept.join("\n")).ok()
    })
}

/// Cell counts of a flat `stat -json` (the `design` totals).
fn cell_counts(stat: &Value) -> BTreeMap<String, u64> {
    let d = if stat["design"].is_object() {
        &stat["design"]
    } else {
        stat["modules"]
            .as_object()
            .and_then(|m| m.values().next())
            .unwrap_or(&Value::Null)
    };
    d["num_cells_by_type"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
                .collect()
        })
        .unwrap_or_default()
}

fn sum_matching(c: &BTreeMap<String, u64>, f: impl Fn(&str) -> bool) -> u64 {
    c.iter().filter(|(k, _)| f(k)).map(|(_, v)| v).sum()
}

/// Start, end and arrival of the first path of an OpenSTA `report_checks`.
fn sta_path(text: &str) -> Option<Value> {
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(key).map(|r| r.trim().to_string()))
    };
    let num_before = |key: &str| {
        text.lines()
            .find(|l| l.contains(key))
            .and_then(|l| l.split_whitespace().next()?.parse::<f64>().ok())
    };
    Some(json!({
        "startpoint": field("Startpoint:")?,
        "endpoint": field("Endpoint:")?,
        "arrival_ns": num_before("data arrival time"),
        "slack_ns": num_before("slack ("),
    }))
}

/// Rounded to `digits` decimals; `+ 0.0` turns the `-0.0` of an empty sum into `0.0`.
fn round(x: f64, digits: i32) -> f64 {
    let m = 10f64.powi(digits);
    (x * m).round() / m + 0.0
}

/// Builds the report from DIR (see the module doc), writes DIR/report.json, returns the table.
pub fn build(dir: &Path) -> anyhow::Result<(Value, String)> {
    let meta_text = std::fs::read_to_string(dir.join("meta.txt")).map_err(|e| {
        UserError(format!(
            "--dir {}: no meta.txt ({e}); run scripts/synth.sh",
            dir.display()
        ))
    })?;
    let meta: BTreeMap<&str, &str> = meta_text
        .lines()
        .filter_map(|l| l.split_once(' '))
        .collect();
    let manifest = read_json(&dir.join("tree/manifest.json")).context("tree/manifest.json")?;
    let top = meta.get("top").copied().context("meta.txt has no top")?;
    let period = manifest["config"]["clock_ns"]
        .as_f64()
        .context("manifest has no clock_ns")?;
    let prefix = manifest["config"]["prefix"].as_str().unwrap_or("");

    // ASIC: per-engine area from the hierarchical stat, timing from OpenSTA.
    let lib = meta
        .get("liberty")
        .copied()
        .context("meta.txt has no liberty")?;
    let areas = liberty_areas(&std::fs::read_to_string(lib).with_context(|| lib.to_string())?);
    let stat = read_json(&dir.join("asic-stat.json")).context("asic-stat.json")?;
    let mods = hierarchy_areas(&stat, top, &areas, prefix)?;
    let total: f64 = mods.iter().map(|m| m.area_each * m.instances as f64).sum();
    let total_cells: u64 = mods.iter().map(|m| m.cells_each * m.instances).sum();
    let engines: Vec<Value> = ENGINES
        .iter()
        .map(|e| {
            let a: f64 = mods
                .iter()
                .filter(|m| m.engine == *e)
                .map(|m| m.area_each * m.instances as f64)
                .sum();
            let a = a + 0.0;
            json!({"engine": e, "area_um2": round(a, 1),
                   "share": if total > 0.0 { round(a / total, 4) } else { 0.0 }})
        })
        .collect();
    let sta_log = std::fs::read_to_string(dir.join("sta.log")).unwrap_or_default();
    let wns = sta_log
        .lines()
        .find_map(|l| l.strip_prefix("star-sta wns "))
        .and_then(|v| v.trim().parse::<f64>().ok());
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    let asic = json!({
        "library": "OSU 0.18 um (osu018_stdcells, typical)",
        "area_um2": round(total, 1),
        "cells": total_cells,
        "engines": engines,
        "modules": mods.iter().map(|m| json!({
            "module": m.module, "engine": m.engine, "instances": m.instances,
            "area_each_um2": round(m.area_each, 1), "area_um2": round(m.area_each * m.instances as f64, 1),
        })).collect::<Vec<_>>(),
        "wns_ns": wns.map(|w| round(w, 3)),
        "fmax_mhz": wns.map(|w| round(1000.0 / (period - w), 2)),
        "critical_path": sta_path(&read("sta-worst.rpt")),
        "critical_reg2reg_path": sta_path(&read("sta-reg2reg.rpt")),
    });

    // FPGA: yosys cell counts, nextpnr utilisation and Fmax.
    let ecp5_cells = read_json(&dir.join("ecp5-stat.json"))
        .map(|s| cell_counts(&s))
        .unwrap_or_default();
    let np = read_json(&dir.join("nextpnr-report.json"));
    let ecp5 = if ecp5_cells.is_empty() {
        Value::Null
    } else {
        let used = |k: &str| {
            np.as_ref()
                .map(|r| r["utilization"][k]["used"].as_u64().unwrap_or(0))
                .unwrap_or_else(|| ecp5_cells.get(k).copied().unwrap_or(0))
        };
        let avail = |k: &str| {
            np.as_ref()
                .and_then(|r| r["utilization"][k]["available"].as_u64())
        };
        let fmax = np
            .as_ref()
            .and_then(|r| r["fmax"]["clk_i"]["achieved"].as_f64());
        let cp = np.as_ref().and_then(|r| {
            let p = &r["critical_paths"].as_array()?.first()?["path"];
            let p = p.as_array()?;
            Some(json!({
                "from": p.first()?["from"]["cell"], "to": p.last()?["to"]["cell"],
                "delay_ns": round(p.iter().filter_map(|s| s["delay"].as_f64()).sum(), 3),
                "logic_ns": round(p.iter().filter(|s| s["type"] == "logic").filter_map(|s| s["delay"].as_f64()).sum(), 3),
            }))
        });
        json!({
            "device": "LFE5U-85F", "package": "CABGA381", "placed_and_routed": np.is_some(),
            "seed": meta.get("seed").and_then(|s| s.parse::<u64>().ok()),
            "luts": if np.is_some() { used("TRELLIS_COMB") } else { ecp5_cells.get("LUT4").copied().unwrap_or(0) },
            "lut4_yosys": ecp5_cells.get("LUT4").copied().unwrap_or(0),
            "carry_ccu2c_yosys": ecp5_cells.get("CCU2C").copied().unwrap_or(0),
            "ffs": used("TRELLIS_FF"), "dsps": used("MULT18X18D"), "brams": used("DP16KD"),
            "available": {"luts": avail("TRELLIS_COMB"), "ffs": avail("TRELLIS_FF"),
                          "dsps": avail("MULT18X18D"), "brams": avail("DP16KD")},
            "fmax_mhz": fmax.map(|f| round(f, 2)),
            "target_mhz": round(1000.0 / period, 2),
            "critical_path": cp,
        })
    };
    let xilinx = read_json(&dir.join("xilinx-stat.json")).map(|s| {
        let c = cell_counts(&s);
        json!({
            "luts": sum_matching(&c, |k| k.starts_with("LUT")),
            "ffs": sum_matching(&c, |k| k.starts_with("FD")),
            "carry4": sum_matching(&c, |k| k.starts_with("CARRY")),
            "dsp48e1": sum_matching(&c, |k| k.starts_with("DSP48")),
            "bram": sum_matching(&c, |k| k.starts_with("RAMB")),
            "lutram": sum_matching(&c, |k| k.starts_with("RAM") && !k.starts_with("RAMB")),
        })
    });

    let tools: BTreeMap<&str, &str> = meta
        .iter()
        .filter(|(k, _)| ["yosys", "opensta", "nextpnr", "osu018"].contains(k))
        .map(|(k, v)| (*k, *v))
        .collect();
    let report = json!({
        "format_version": 1,
        "top": top,
        "config_file": meta.get("config"),
        "config_hash": manifest["config_hash"],
        "clock_ns": period,
        "tools": tools,
        "ecp5": ecp5,
        "xilinx_estimate": xilinx,
        "asic": asic,
    });
    std::fs::write(
        dir.join("report.json"),
        serde_json::to_string_pretty(&report)? + "\n",
    )?;
    Ok((report.clone(), table(&report)))
}

fn table(r: &Value) -> String {
    let mut s = format!(
        "star-gen synth report: top {}, config {} ({}), clock {} ns\n",
        r["top"].as_str().unwrap_or("?"),
        r["config_hash"].as_str().unwrap_or("?"),
        r["config_file"].as_str().unwrap_or("?"),
        r["clock_ns"]
    );
    let num = |v: &Value| match v {
        Value::Null => "-".to_string(),
        v => v.to_string().trim_matches('"').to_string(),
    };
    let e = &r["ecp5"];
    if !e.is_null() {
        let pnr = e["placed_and_routed"].as_bool().unwrap_or(false);
        s.push_str(&format!(
            "\nFPGA  ECP5 {} {} ({})\n  LUTs {}  FFs {}  DSPs {}  BRAMs {}  Fmax {} MHz (target {} MHz)\n",
            num(&e["device"]),
            num(&e["package"]),
            if pnr {
                format!("nextpnr, seed {}, out of context", num(&e["seed"]))
            } else {
                "yosys only, not placed: LUT4 count".to_string()
            },
            num(&e["luts"]),
            num(&e["ffs"]),
            num(&e["dsps"]),
            num(&e["brams"]),
            num(&e["fmax_mhz"]),
            num(&e["target_mhz"]),
        ));
        if let Some(cp) = e["critical_path"].as_object() {
            s.push_str(&format!(
                "  critical path {} -> {}: {} ns ({} ns logic)\n",
                num(&cp["from"]),
                num(&cp["to"]),
                num(&cp["delay_ns"]),
                num(&cp["logic_ns"])
            ));
        }
    }
    let x = &r["xilinx_estimate"];
    if !x.is_null() {
        s.push_str(&format!(
            "FPGA  7-series estimate (yosys synth_xilinx -flatten)\n  LUTs {}  FFs {}  CARRY4 {}  DSP48E1 {}  RAMB {}  LUTRAM {}\n",
            num(&x["luts"]),
            num(&x["ffs"]),
            num(&x["carry4"]),
            num(&x["dsp48e1"]),
            num(&x["bram"]),
            num(&x["lutram"])
        ));
    }
    let a = &r["asic"];
    s.push_str(&format!(
        "\nASIC  {}\n  area {} um^2 ({:.3} mm^2), {} cells; worst slack {} ns, Fmax {} MHz\n",
        num(&a["library"]),
        num(&a["area_um2"]),
        a["area_um2"].as_f64().unwrap_or(0.0) / 1e6,
        num(&a["cells"]),
        num(&a["wns_ns"]),
        num(&a["fmax_mhz"])
    ));
    for (k, label) in [
        ("critical_path", "critical path"),
        ("critical_reg2reg_path", "worst reg-to-reg"),
    ] {
        if let Some(p) = a[k].as_object() {
            s.push_str(&format!(
                "  {label}: {} -> {} (arrival {} ns, slack {} ns)\n",
                num(&p["startpoint"]),
                num(&p["endpoint"]),
                num(&p["arrival_ns"]),
                num(&p["slack_ns"])
            ));
        }
    }
    s.push_str("\n  engine            area um^2    share\n");
    for e in a["engines"].as_array().into_iter().flatten() {
        s.push_str(&format!(
            "  {:<16} {:>11.0} {:>7.1}%\n",
            e["engine"].as_str().unwrap_or("?"),
            e["area_um2"].as_f64().unwrap_or(0.0),
            e["share"].as_f64().unwrap_or(0.0) * 100.0
        ));
    }
    s.push_str(&format!(
        "  {:<16} {:>11.0} {:>7.1}%\n",
        "total",
        a["area_um2"].as_f64().unwrap_or(0.0),
        100.0
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_by_name() {
        assert_eq!(engine_of("predictor_row"), Some("predictor"));
        assert_eq!(engine_of("lzc8"), Some("predictor"));
        assert_eq!(engine_of("sorter_cmp"), Some("sorter"));
        assert_eq!(engine_of("kvgen_pe"), Some("K/V generation"));
        assert_eq!(engine_of("sufa_exp2"), Some("SU-FA"));
        assert_eq!(engine_of("sram_1024x64"), Some("memories"));
        assert_eq!(engine_of("core"), Some("control"));
        assert_eq!(engine_of("sat"), None);
        assert_eq!(base_name("$paramod\\star_sat\\IN_W=41"), "star_sat");
        assert_eq!(base_name("$paramod$8bfb\\star_sat"), "star_sat");
        assert_eq!(base_name("\\star_lze"), "star_lze");
    }

    #[test]
    fn hierarchy_inherits_engine_and_counts_instances() {
        let lib = "library (x) {\n cell (INVX1) {\n  area : 16;\n }\n cell (DFF) {\n  area : 96 ;\n }\n}\n";
        let areas = liberty_areas(lib);
        assert_eq!(areas["INVX1"], 16.0);
        assert_eq!(areas["DFF"], 96.0);
        let stat = json!({"modules": {
            "\\p_core": {"num_cells_by_type": {"INVX1": 1, "p_sorter": 1, "p_glue": 2}},
            "\\p_sorter": {"num_cells_by_type": {"DFF": 1, "$paramod\\p_sat\\W=4": 2}},
            "$paramod\\p_sat\\W=4": {"num_cells_by_type": {"INVX1": 3}},
            "\\p_glue": {"num_cells_by_type": {"INVX1": 1}},
        }});
        let m = hierarchy_areas(&stat, "p_core", &areas, "p_").unwrap();
        let get = |n: &str| m.iter().find(|x| x.module == n).unwrap().clone();
        assert_eq!(get("p_sat").engine, "sorter");
        assert_eq!(get("p_sat").instances, 2);
        assert_eq!(get("p_glue").engine, "control");
        assert_eq!(get("p_glue").instances, 2);
        let total: f64 = m.iter().map(|x| x.area_each * x.instances as f64).sum();
        assert_eq!(total, 16.0 + 96.0 + 2.0 * 48.0 + 2.0 * 16.0);
    }
}
