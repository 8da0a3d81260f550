use article_core::case;
use article_core::story::Card;
use yew::prelude::*;

use super::flag::Flag;
use crate::context::Viewer;
use crate::share;
use crate::state::Action;

/// Quotes longer than this many characters are truncated behind "Show more".
pub const SHORT_QUOTE: usize = 280;

#[derive(Properties, PartialEq, Clone)]
pub struct StatementCardProps {
    /// Index into `Story::cards`.
    pub index: usize,
}

/// The quote's parts cut to at most `limit` characters in all, the cut marked with "…".
pub fn truncate(parts: &[&str], limit: usize) -> Vec<String> {
    let mut left = limit;
    let mut out = Vec::new();
    for part in parts {
        let n = part.chars().count();
        if n <= left {
            out.push(part.to_string());
            left -= n;
        } else {
            if left > 0 {
                let cut: String = part.chars().take(left).collect();
                out.push(format!("{}…", cut.trim_end()));
            }
            break;
        }
    }
    out
}

/// Initials for a speaker whose state's flag the page does not carry ("Param-Preet Singh" → "PS").
pub fn initials(card: &Card) -> String {
    card.speaker
        .split_whitespace()
        .filter_map(|w| w.chars().find(|&c| case::is_letter(c) && !c.is_ascii_digit()))
        .take(2)
        .map(case::upper)
        .collect()
}

/// "US Ambassador" — role and affiliation in the article's own order.
pub fn credit(card: &Card) -> Option<String> {
    card.described.clone()
}

/// What the data says about the speaker's state; nothing for organisations.
pub fn vote_lines(card: &Card) -> Vec<String> {
    let mut lines = Vec::new();
    if let (Some(name), Some(vote), Some(symbol)) = (card.country_name.as_deref(), card.vote, card.vote_on.as_deref()) {
        lines.push(format!("{name} voted {} on {symbol}", vote.label()));
    }
    if let Some(name) = card.country_name.as_deref().filter(|_| card.permanent) {
        lines.push(format!("{name} is a permanent member of the Security Council and holds a veto"));
    } else if let Some(name) = card.country_name.as_deref().filter(|_| card.council_member) {
        lines.push(format!("{name} held an elected Security Council seat"));
    }
    lines
}

/// A statement card: who, in what capacity, the quote, where it is in the article, how the
/// speaker's state voted, and the sharing tools.
#[function_component(StatementCard)]
pub fn statement_card(props: &StatementCardProps) -> Html {
    let viewer = use_context::<Viewer>().expect("StatementCard inside App");
    let expanded = use_state(|| false);
    let copied = use_state(|| None::<share::CopyOutcome>);
    let Some(card) = viewer.story.cards.get(props.index) else {
        return Html::default();
    };
    let state = &viewer.state;
    let anchor = format!("statement-{}", card.id);
    let statements = &viewer.story.article.statements;
    let parts: Vec<&str> = card.statements.iter().filter_map(|&i| statements.get(i)).map(|s| s.text.as_str()).collect();
    let long = card.quote.chars().count() > SHORT_QUOTE;
    let shown =
        if long && !*expanded { truncate(&parts, SHORT_QUOTE) } else { parts.iter().map(|p| p.to_string()).collect() };
    let paragraphs: Vec<String> = card.paragraphs.iter().map(|p| p.trim_start_matches('p').to_string()).collect();

    let country = card.country.clone();
    let onmouseenter = viewer.on({
        let country = country.clone();
        move |_: MouseEvent| Action::Link(country.clone())
    });
    let onfocusin = viewer.on({
        let country = country.clone();
        move |_: FocusEvent| Action::Link(country.clone())
    });
    let onmouseleave = viewer.on(|_: MouseEvent| Action::Link(None));
    let onfocusout = viewer.on(|_: FocusEvent| Action::Link(None));
    let in_context = {
        let (statement, id) = (card.statements[0], card.id.clone());
        viewer.on(move |_: MouseEvent| Action::ShowInContext { statement, card: id.clone() })
    };
    let copy = {
        let text = share::attribution(card, &viewer.story.article.headline);
        let (copied, anchor) = (copied.clone(), anchor.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            share::copy_quote(&text, &anchor, move |outcome| copied.set(Some(outcome)));
        })
    };
    let download = {
        let (card, headline) = (card.clone(), viewer.story.article.headline.clone());
        Callback::from(move |e: MouseEvent| {
            let square = e.target_dyn_into::<web_sys::Element>().and_then(|b| b.get_attribute("data-shape")).as_deref()
                == Some("square");
            share::download_png(&card, &headline, square);
        })
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let opened = state.opened.as_deref() == Some(card.id.as_str());
    let lit = state.is_lit(card.country.as_deref()) && state.linked.is_none();
    let title = format!("{anchor}-title");

    html! {
        <article class={classes!("card", opened.then_some("opened"), lit.then_some("lit"))} id={anchor.clone()}
                 aria-labelledby={title.clone()} tabindex="-1" data-iso={card.country.clone()}
                 {onmouseenter} {onmouseleave} {onfocusin} {onfocusout}>
            <header class="card-head">
                <span class="badge" aria-hidden="true">
                    if let Some(code) = card.country.as_deref().filter(|c| viewer.story.has_flag(c)) {
                        <Flag code={AttrValue::from(code.to_string())} />
                    } else {
                        { initials(card) }
                    }
                </span>
                <div>
                    <h3 id={title}>{ &card.speaker }</h3>
                    if let Some(credit) = credit(card) {
                        <p class="credit">{ credit }</p>
                    }
                </div>
            </header>
            <blockquote class="quote-text">
                { for shown.iter().map(|part| html! { <p>{ "“" }{ part }{ "”" }</p> }) }
            </blockquote>
            if long {
                <button type="button" class="link" aria-expanded={expanded.to_string()} onclick={toggle}>
                    { if *expanded { "Show less" } else { "Show more" } }
                </button>
            }
            <p class="from">{ format!("Paragraph{} {}", if paragraphs.len() > 1 { "s" } else { "" }, paragraphs.join(", ")) }</p>
            { for vote_lines(card).into_iter().map(|line| html! { <p class="vote-line">{ line }</p> }) }
            <div class="card-actions">
                <button type="button" onclick={in_context} aria-label={format!("In context: {}'s quote in the article", card.speaker)}>{ "In context" }</button>
                <button type="button" onclick={copy} aria-label={format!("Copy quote by {}", card.speaker)}>{ "Copy quote" }</button>
                <button type="button" onclick={download.clone()} data-shape="square" aria-label={format!("Download card of {}'s quote, square", card.speaker)}>{ "Download card" }</button>
                <button type="button" onclick={download} data-shape="wide" aria-label={format!("16:9 card of {}'s quote, download", card.speaker)}>{ "16:9" }</button>
                <span class="copied" role="status">{ (*copied).map(share::CopyOutcome::message).unwrap_or_default() }</span>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_cuts_across_parts_and_marks_the_cut() {
        assert_eq!(truncate(&["abc", "defgh"], 5), ["abc", "de…"]);
        assert_eq!(truncate(&["abc", "de"], 5), ["abc", "de"]);
        assert_eq!(truncate(&["abc", "de"], 3), ["abc"]);
        assert!(truncate(&[], 3).is_empty());
    }
}
