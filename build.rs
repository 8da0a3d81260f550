//! Bundles every article in `seeds/` into the app at compile time, already parsed: each seed is
//! run through `article-core` (the same code the tests and the CLI use) and joined with the cited
//! data in `data/`, and the resulting model is embedded as JSON. The wasm therefore carries no
//! parser, and the browser's own `JSON.parse` reads the model. A newsroom drops a `.txt` file into
//! `seeds/` and rebuilds. Articles are ordered by file name; the first is the default.
//! `ARTICLE_SEEDS` may name another folder of seeds (used by the hostile-input browser tests).

use std::{env, fs, path::Path};

use article_core::story::Story;

fn main() {
    println!("cargo:rerun-if-env-changed=ARTICLE_SEEDS");
    println!("cargo:rerun-if-changed=data");
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let dir = env::var("ARTICLE_SEEDS").map_or_else(|_| root.join("seeds"), |d| root.join(d));
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();

    let read = |name: &str| fs::read_to_string(root.join("data").join(name)).expect("the bundled data files exist");
    let assembly = read("A_RES_69_188_plenary_2014-12-18_votes.csv");
    let council = read("SC_7353_2014-12-22_procedural_vote.csv");

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

    let mut list = String::from(
        "/// Every article in `seeds/`, in file-name order, with its model as JSON.\npub static SEEDS: &[Seed] = &[\n",
    );
    for (i, name) in names.iter().enumerate() {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = fs::read(&path).expect("a readable seed");
        let text = String::from_utf8_lossy(&bytes);
        let story = Story::build(article_core::parse(&text), Some(&assembly), Some(&council));
        let json = serde_json::to_string(&story).expect("the model serialises");
        let file = format!("story-{i}.json");
        fs::write(out.join(&file), json).expect("write the model");
        let stem = name.trim_end_matches(".txt");
        list.push_str(&format!(
            "    Seed {{ name: {stem:?}, model: include_str!(concat!(env!(\"OUT_DIR\"), \"/{file}\")) }},\n"
        ));
    }
    list.push_str("];\n");
    fs::write(out.join("seeds.rs"), list).expect("write the seed list");
}
