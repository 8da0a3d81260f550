use crate::shared::Shared;
use std::collections::HashMap;

use article_core::story::Story;
use article_core::{Paragraph, Statement};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ArticleBodyProps {
    pub story: Shared<Story>,
}

/// The article as readable text: headline, dateline, sections and paragraphs, with every quoted
/// span a link to its statement card. Text is only ever rendered as text. It is static: the page
/// is never hydrated here, the links work as plain fragment links, and "In context" marks a span
/// from the page's effects (see `browser::show_in_context`). Other views hide all but the
/// headline with CSS.
#[function_component(ArticleBody)]
pub fn article_body(props: &ArticleBodyProps) -> Html {
    let story = &props.story;
    let article = &story.article;
    // Each paragraph's statements, gathered in one pass (not a scan of every statement for every
    // paragraph, which a long article makes quadratic).
    let mut quoted: HashMap<&str, Vec<&Statement>> = HashMap::new();
    for s in &article.statements {
        quoted.entry(s.paragraph.as_str()).or_default().push(s);
    }
    html! {
        <article class="story" aria-labelledby="headline">
            <h1 id="headline">{ &article.headline }</h1>
            if let Some(dateline) = &article.dateline {
                <p class="dateline">{ &dateline.text }</p>
            }
            { for article.sections.iter().map(|section| html! {
                <section class="story-section" id={section.id.clone()} aria-label={section.heading.clone()}>
                    if let Some(heading) = &section.heading {
                        <h2>{ heading }</h2>
                    }
                    { for section.paragraphs.iter().filter_map(|&i| article.paragraphs.get(i)).map(|p| paragraph(story, p, quoted.remove(p.id.as_str()).unwrap_or_default())) }
                </section>
            }) }
        </article>
    }
}

fn paragraph(story: &Story, p: &Paragraph, mut quotes: Vec<&Statement>) -> Html {
    quotes.sort_by_key(|s| s.start);
    if quotes.is_empty() {
        return html! { <p id={p.id.clone()}>{ &p.text }</p> };
    }
    // Char offsets → byte offsets, once for the paragraph.
    let bytes: Vec<usize> = p.text.char_indices().map(|(b, _)| b).chain(std::iter::once(p.text.len())).collect();
    let at = |c: usize| bytes.get(c).copied().unwrap_or(p.text.len());
    let mut parts: Vec<Html> = Vec::new();
    let mut cursor = 0;
    for s in quotes {
        let (start, end) = (at(s.start), at(s.end));
        if start < cursor || end < start {
            continue; // overlapping ranges: keep the first, the text stays whole
        }
        parts.push(html! { { &p.text[cursor..start] } });
        let card = story.card_of_statement(&s.id).map_or(s.id.as_str(), |c| c.id.as_str());
        parts.push(html! {
            <a class="quote" id={format!("q-{}", s.id)} href={format!("#statement-{card}")}
               title={format!("Quote from {}", s.speaker)}>{ &p.text[start..end] }</a>
        });
        cursor = end;
    }
    parts.push(html! { { &p.text[cursor..] } });
    html! { <p id={p.id.clone()}>{ for parts }</p> }
}
