//! Fuzz target: any bytes, read as (lossy) UTF-8, through the whole article pipeline — parse, the
//! data join and JSON — must not panic, and every statement's range must slice its paragraph.
#![no_main]

use article_core::story::Story;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let article = article_core::parse(&text);
    for s in &article.statements {
        let paragraph = article.paragraphs.iter().find(|p| p.id == s.paragraph).expect("a statement's paragraph exists");
        let quoted: String = paragraph.text.chars().skip(s.start).take(s.end.saturating_sub(s.start)).collect();
        assert_eq!(quoted, s.text, "a statement's range slices its paragraph to its text");
    }
    let _ = Story::build(article, None, None);
});
