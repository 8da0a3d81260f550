use article_core::{Paragraph, Statement};
use yew::prelude::*;

use super::app::Viewer;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct ArticleBodyProps {
    /// The whole article; otherwise only its headline (the chart, council and cards views).
    #[prop_or(true)]
    pub full: bool,
}

/// The article as readable text: headline, dateline, sections and paragraphs, with every
/// quoted span marked as a link to its statement card. Text is only ever rendered as text.
#[function_component(ArticleBody)]
pub fn article_body(props: &ArticleBodyProps) -> Html {
    let viewer = use_context::<Viewer>().expect("ArticleBody inside App");
    let story = &viewer.story;
    let article = &story.article;
    html! {
        <article class={classes!("story", (!props.full).then_some("headline-only"))} aria-labelledby="headline">
            <h1 id="headline">{ &article.headline }</h1>
            if props.full {
            if let Some(dateline) = &article.dateline {
                <p class="dateline">{ &dateline.text }</p>
            }
            { for article.sections.iter().map(|section| html! {
                <section class="story-section" id={section.id.clone()} aria-label={section.heading.clone()}>
                    if let Some(heading) = &section.heading {
                        <h2>{ heading }</h2>
                    }
                    { for section.paragraphs.iter().filter_map(|&i| article.paragraphs.get(i)).map(|p| paragraph(&viewer, p)) }
                </section>
            }) }
            }
        </article>
    }
}

fn paragraph(viewer: &Viewer, p: &Paragraph) -> Html {
    let statements = &viewer.story.article.statements;
    let mut quotes: Vec<(usize, &Statement)> =
        statements.iter().enumerate().filter(|(_, s)| s.paragraph == p.id).collect();
    quotes.sort_by_key(|(_, s)| s.start);
    if quotes.is_empty() {
        return html! { <p id={p.id.clone()}>{ &p.text }</p> };
    }
    // Char offsets → byte offsets, once for the paragraph.
    let bytes: Vec<usize> = p.text.char_indices().map(|(b, _)| b).chain(std::iter::once(p.text.len())).collect();
    let at = |c: usize| bytes.get(c).copied().unwrap_or(p.text.len());
    let mut parts: Vec<Html> = Vec::new();
    let mut cursor = 0;
    let mut returns = None;
    for (index, s) in quotes {
        let (start, end) = (at(s.start), at(s.end));
        if start < cursor || end < start {
            continue; // overlapping ranges: keep the first, the text stays whole
        }
        parts.push(html! { { &p.text[cursor..start] } });
        let card = viewer.story.card_of_statement(&s.id).map(|c| c.id.clone()).unwrap_or_else(|| s.id.clone());
        let current = viewer.state.in_context == Some(index);
        let onclick = viewer.on({
            let card = card.clone();
            move |_: MouseEvent| Action::Open(Some(card.clone()))
        });
        parts.push(html! {
            <a class={classes!("quote", current.then_some("in-context"))} id={format!("q-{}", s.id)}
               href={format!("#statement-{card}")} tabindex={current.then_some("-1")} {onclick}
               title={format!("Quote from {}", s.speaker)}>{ &p.text[start..end] }</a>
        });
        if current {
            returns = viewer.state.return_to.clone();
        }
        cursor = end;
    }
    parts.push(html! { { &p.text[cursor..] } });
    html! {
        <p id={p.id.clone()}>
            { for parts }
            if let Some(card) = returns {
                { " " }
                <a class="back" href={format!("#statement-{card}")}
                   onclick={viewer.on(|_: MouseEvent| Action::LeaveContext)}>{ "↩ Back to the card" }</a>
            }
        </p>
    }
}
