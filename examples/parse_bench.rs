//! Parsing time of hostile YAML and JSON: 16 MiB inputs built to be slow
//! (deep flow nesting, alias bombs, long keys, many nodes), and nesting depth
//! against time. Run: `cargo run --release --no-default-features --example parse_bench`.
//! Figures are written up in docs/parsing-performance.md.

use std::time::{Duration, Instant};

use php_k8s_auth::core::yaml;

const MIB16: usize = 16 * 1024 * 1024;

fn fill(head: &str, unit: &str, tail: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    s.push_str(head);
    while s.len() + unit.len() + tail.len() <= size {
        s.push_str(unit);
    }
    s.push_str(tail);
    s
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let r = f();
    (r, t.elapsed())
}

fn row(name: &str, text: &str) {
    let (r, d) = time(|| yaml::parse(text));
    let outcome = match r {
        Ok(_) => "accepted".to_string(),
        Err(e) => format!("refused ({})", e.reason.split(';').next().unwrap_or("")),
    };
    println!(
        "| {name} | {:.1} MiB | {outcome} | {:.0} ms |",
        text.len() as f64 / 1048576.0,
        d.as_secs_f64() * 1000.0
    );
}

fn main() {
    println!("| input | size | outcome | time |\n| --- | --- | --- | --- |");
    let d = yaml::MAX_DEPTH;
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    row(
        "flow nesting at the limit, repeated",
        &fill("a: [", &(nest(d - 2) + ","), "0]\n", MIB16),
    );
    row("flow nesting 16 Mi levels", &fill("a: ", "[", "", MIB16));
    row("block nesting, 3000 levels", &{
        let mut s = String::new();
        for i in 0..3000 {
            s.push_str(&" ".repeat(i));
            s.push_str("k:\n");
        }
        s
    });
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{p}"); 10].join(", ")
        ));
    }
    row("alias bomb (10^12 nodes)", &fill(&bomb, "#", "\n", MIB16));
    row(
        "many aliases to one small anchor",
        &fill("base: &b {x: 1}\nlist: [", "*b,", "*b]\n", MIB16),
    );
    row("one 16 MiB key", &fill("? \"", "k", "\"\n: 1\n", MIB16));
    row(
        "many 1000-byte keys",
        &fill("", &format!("? \"{}\"\n: 1\n", "k".repeat(1000)), "", MIB16),
    );
    row(
        "16 MiB flow list of small items",
        &fill("a: [", "1,", "1]\n", MIB16),
    );
    row(
        "16 MiB scalar (a big certificate)",
        &fill("certificate-authority-data: ", "QUJD", "\n", MIB16),
    );
    row("adversarial mix: long keys, deep anchors, aliases", &{
        let mut head = String::new();
        for i in 0..50 {
            head.push_str(&format!(
                "\"{}{i}\": &a{i} {}\n",
                "k".repeat(1000),
                nest(200)
            ));
        }
        head.push_str("l: [");
        fill(&head, "*a1, *a2, [[[[[[[[[[x]]]]]]]]]], ", "x]\n", MIB16)
    });
    row("16 MiB of documents", &fill("", "a: 1\n---\n", "", MIB16));

    println!("\nJSON answers (serde_json, recursion limit 128):\n");
    println!("| input | size | outcome | time |\n| --- | --- | --- | --- |");
    for (name, text) in [
        ("JSON nesting 16 Mi levels", fill("", "[", "", MIB16)),
        ("JSON flat list of 16 MiB", fill("[", "1,", "1]", MIB16)),
    ] {
        let (r, t) = time(|| serde_json::from_str::<serde_json::Value>(&text));
        println!(
            "| {name} | 16.0 MiB | {} | {:.0} ms |",
            if r.is_ok() { "accepted" } else { "refused" },
            t.as_secs_f64() * 1000.0
        );
    }

    println!(
        "\nNesting depth against time (256 KiB of flow nesting of that depth, repeated; 16 MiB past the limit):\n"
    );
    println!("| depth | outcome | time |\n| --- | --- | --- |");
    for depth in [1, 16, 64, 128, 253, 256, 1000, 100_000] {
        let text = if depth < d {
            fill("a: [", &(nest(depth) + ","), "0]\n", 256 * 1024)
        } else {
            fill("a: ", &nest(depth), "", MIB16)
        };
        let (r, t) = time(|| yaml::parse(&text));
        println!(
            "| {depth} | {} | {:.0} ms |",
            if r.is_ok() { "accepted" } else { "refused" },
            t.as_secs_f64() * 1000.0
        );
    }
}
