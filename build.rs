//! Bundles every article in `seeds/` into the app at compile time: a newsroom drops a `.txt`
//! file into `seeds/` and rebuilds. Articles are ordered by file name; the first is the default.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("seeds");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".txt") && !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// Every article in `seeds/`, in file-name order.\npub static SEEDS: &[Seed] = &[\n",
    );
    for name in &names {
        println!("cargo:rerun-if-changed=seeds/{name}");
        let stem = name.trim_end_matches(".txt");
        out.push_str(&format!(
            "    Seed {{ name: {stem:?}, text: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/seeds/\", {name:?})) }},\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("seeds.rs");
    fs::write(dest, out).expect("write the seed list");
}
