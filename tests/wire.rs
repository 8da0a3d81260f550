//! The wasm reads each page's model with `Story::from_json`, not serde: for every seed, every
//! test article and every hostile input, the model the prerender writes into the page reads back
//! equal to the model it was written from.

use article_core::story::Story;
use article_viewer::bundle::{read_seeds, seeds_dir, Seed};

/// The page's `#viewer-story` text, as `examples/prerender/` writes it: the islands' model
/// (with the flags the page carries), as JSON, `<` escaped for the script element.
fn page_model(seed: &Seed) -> (Story, String) {
    let mut story = article_viewer::bundle::story(&seed.text);
    // The prerender keeps the codes it has a flag for, a subset of these.
    story.flags = story.flag_codes();
    let islands = story.for_islands();
    let json = serde_json::to_string(&islands).expect("the model serialises");
    (islands, json.replace('<', "\\u003c"))
}

fn articles() -> Vec<Seed> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = read_seeds(&seeds_dir());
    all.extend(read_seeds(&root.join("tests/articles")));
    all.extend(read_seeds(&root.join("tests/hostile")));
    all
}

#[test]
fn every_page_model_reads_back_equal() {
    let all = articles();
    assert!(all.len() > 100, "the seeds and the test articles are found ({})", all.len());
    let (mut seats, mut cards, mut next) = (0, 0, 0);
    for seed in &all {
        let (written, json) = page_model(seed);
        let read = Story::from_json(&json).unwrap_or_else(|e| panic!("{}: {e}", seed.name));
        assert_eq!(read, written, "{}: the page's model reads back as written", seed.name);
        // The same text with `<` left raw, and pretty-printed: the same model.
        let raw = serde_json::to_string(&written).unwrap();
        assert_eq!(Story::from_json(&raw).as_ref(), Ok(&written), "{}", seed.name);
        let pretty = serde_json::to_string_pretty(&written).unwrap();
        assert_eq!(Story::from_json(&pretty).as_ref(), Ok(&written), "{}", seed.name);
        seats += written.divisions.iter().map(|d| d.seats.len()).sum::<usize>();
        cards += written.cards.len();
        next += written.divisions.iter().filter(|d| d.next.is_some()).count();
    }
    // The corpus exercises the whole model: seats, cards, a Council's later vote.
    assert!(seats > 1000 && cards > 100 && next > 0, "{seats} seats, {cards} cards, {next} later votes");
}

/// The whole model (as the `article` CLI writes it) reads as the islands' model: what the page
/// does not carry is skipped, not misread.
#[test]
fn the_whole_model_reads_as_the_islands_model() {
    for seed in articles().iter().step_by(7) {
        let mut story = article_viewer::bundle::story(&seed.text);
        story.flags = story.flag_codes();
        let json = serde_json::to_string(&story).unwrap();
        assert_eq!(Story::from_json(&json), Ok(story.for_islands()), "{}", seed.name);
    }
}

/// What the wasm reads agrees with what serde reads natively.
#[test]
fn the_reader_agrees_with_serde() {
    for seed in articles().iter().step_by(5) {
        let (_, json) = page_model(seed);
        let serde: Story = serde_json::from_str(&json).unwrap();
        assert_eq!(Story::from_json(&json), Ok(serde), "{}", seed.name);
    }
}

/// A page whose model is cut short or damaged is an error (the console says so, and the page
/// stays as prerendered), never a panic.
#[test]
fn a_damaged_model_is_an_error() {
    let seed = read_seeds(&seeds_dir()).into_iter().next().expect("a seed");
    let (_, json) = page_model(&seed);
    for end in (0..json.len()).step_by(97) {
        if let Some(cut) = json.get(..end) {
            assert!(Story::from_json(cut).is_err());
        }
    }
    let renamed = json.replacen("\"divisions\"", "\"division\"", 1);
    assert_eq!(Story::from_json(&renamed).unwrap_err().expected, "divisions");
}
