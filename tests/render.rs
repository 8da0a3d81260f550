//! Component tests: the whole app rendered natively through Yew's server renderer, as the
//! build-time prerender does, then checked for what a reader must see.

use article_viewer::islands::{Island, IslandProps, IslandRoot};
use article_viewer::{App, AppProps};
use yew::LocalServerRenderer;

fn render(props: AppProps) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, LocalServerRenderer::<App>::with_props(props).hydratable(false).render())
}

fn seed_html() -> String {
    render(AppProps::from_text(include_str!("../seeds/000_fa9ca6f986d2676d.txt")))
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_article_renders_with_headline_dateline_sections_and_paragraphs() {
    let html = seed_html();
    assert!(html
        .contains(r#"<h1 id="headline">North Korea faces UN Security Council scrutiny on human rights record</h1>"#));
    assert!(html.contains("UNITED NATIONS, United States (AFP)"));
    assert!(html.contains("<h2>Calls for ICC referral</h2>"));
    assert_eq!(count(&html, r#"<p id="p"#), 18, "18 body paragraphs");
    assert!(!html.contains("Telegram"), "the promotional line is not article text");
}

#[test]
fn the_assembly_chart_has_a_seat_per_member_and_a_legend_per_group() {
    let html = seed_html();
    assert_eq!(count(&html, r#"class="seat g-"#), 193);
    assert_eq!(count(&html, r#"class="seat g-yes"#), 116);
    assert_eq!(count(&html, r#"class="seat g-no"#), 20);
    assert_eq!(count(&html, r#"class="seat g-abstain"#), 53);
    assert_eq!(count(&html, r#"class="seat g-absent"#), 4);
    assert_eq!(count(&html, r#"class="legend-item"#), 4);
    assert!(html.contains(r#"aria-label="In favour — 116 (61.4 % of votes cast)""#));
    assert!(html.contains("<strong>136</strong> present and voting · <strong>69</strong> needed · <strong>116</strong> in favour (85.3 %)"));
    assert!(html.contains("Voeten") && html.contains("A/RES/69/188"));
    assert!(html.contains(r#"aria-label="Gambia: No""#));
}

#[test]
fn the_council_panel_shows_fifteen_seats_and_never_invents_names() {
    let html = seed_html();
    let council = &html[html.find(r#"data-body="un-sc""#).expect("a council panel")..];
    let list = &council[council.find(r#"<ol class="council-list">"#).unwrap()..];
    let list = &list[..list.find("</ol>").unwrap()];
    assert_eq!(count(list, "<li"), 15);
    assert_eq!(count(council, "Pushed for the item"), 10);
    assert_eq!(count(council, "Opposed"), 2);
    assert_eq!(count(council, "Not stated in the article"), 3);
    assert!(council.contains("China") && council.contains("Russia"));
    assert_eq!(count(list, "Member not named"), 13);
    // The summary above the full list: one line a stance.
    assert!(council.contains("10 pushed for the item: not named in the article"));
    assert!(council.contains("(permanent members, veto)</li>"), "the two named opponents hold a veto");
    assert!(council.contains(">3 not stated in the article</li>"));
    assert!(council.contains("<summary>All 15 members</summary>"));
}

#[test]
fn one_card_per_speaker_in_article_order() {
    let html = seed_html();
    let speakers: Vec<&str> = html
        .match_indices(r#"<h3 id="statement-"#)
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            let rest = &rest[rest.find('>').unwrap() + 1..];
            &rest[..rest.find('<').unwrap()]
        })
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(speakers, ["Samantha Power", "Qin Gang", "Kim Song", "Param-Preet Singh"]);
    assert!(html.contains("US Ambassador"));
    assert!(html.contains("Chinese foreign ministry spokesman"));
    assert!(html.contains("political counselor, North Korean mission at the United Nations"));
    assert!(html.contains("United States voted Yes on A/RES/69/188"));
    assert!(html.contains("China voted No on A/RES/69/188"));
    assert!(html.contains("North Korea voted No on A/RES/69/188"));
    assert!(html.contains("permanent member of the Security Council and holds a veto"));
    // Human Rights Watch is not a state: no vote line on its card.
    let heading = html.find("Param-Preet Singh</h3>").unwrap();
    let singh = &html[html[..heading].rfind("<article").unwrap()..];
    let singh = &singh[..singh.find("</article>").unwrap()];
    assert!(!singh.contains("voted"));
    assert!(singh.contains("PS"), "initials for a speaker without a state");
}

#[test]
fn article_text_is_inert() {
    let text = "Headline <script>alert(1)</script>\n\nGENEVA (AFP) - \"<img src=x onerror=alert(1)> is fine,\" said Jane <b>Doe</b> of Acme.\n";
    let html = render(AppProps::from_text(text));
    assert!(!html.contains("<script>alert"), "no live script element");
    assert!(!html.contains("<img src=x"), "no live image element");
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn an_article_without_quotes_or_votes_has_no_empty_sections() {
    let html = render(AppProps::from_text("A quiet day\n\nNothing was said and nothing was voted.\n"));
    assert!(html.contains("A quiet day"));
    assert!(!html.contains(r#"id="statements""#));
    assert!(!html.contains(r#"class="panel"#));
}

#[test]
fn each_vote_gets_a_chart_headed_by_its_body_and_only_the_data_it_uses_is_credited() {
    let text = "MPs back bill\n\nLONDON (Reuters) - Britain's House of Commons voted 324 to 295 on Friday to back the bill.\n\nEarlier, MPs rejected an amendment by 99 votes to 322.\n";
    let html = render(AppProps::from_text(text));
    assert_eq!(count(&html, r#"class="panel assembly"#), 2, "one chart per vote: {html}");
    assert!(html.contains("UK House of Commons: how MPs voted</h2>"));
    assert!(html.contains("UK House of Commons: how MPs voted on the amendment</h2>"));
    assert!(html.contains(r#"class="vote-picker""#), "a selector between the votes");
    assert_eq!(count(&html, r#"class="seat g-"#), 650 + 650);
    assert!(!html.contains("General Assembly"), "no Assembly rule or credit on a Commons page");
    assert!(!html.contains("Voeten") && !html.contains("A/RES/69/188"));
}

fn render_island(island: Island) -> String {
    let story = AppProps::from_text(include_str!("../seeds/000_fa9ca6f986d2676d.txt")).story;
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        LocalServerRenderer::<IslandRoot>::with_props(IslandProps { story, island, files: Default::default() })
            .hydratable(true)
            .render(),
    )
}

#[test]
fn each_island_renders_on_its_own_and_the_page_leaves_their_slots_empty() {
    let figures = render_island(Island::Figures);
    assert_eq!(count(&figures, r#"class="seat g-"#), 193, "the Assembly's seats");
    assert!(figures.contains("council-list"), "and the Council panel");
    assert!(!figures.contains(r#"id="headline""#), "no prose in an island");
    let cards = render_island(Island::Cards);
    assert_eq!(count(&cards, r#"<h3 id="statement-"#), 4);
    let embed = render_island(Island::Embed);
    assert!(embed.contains(r#"id="embed-button""#));

    let mut props = AppProps::from_text(include_str!("../seeds/000_fa9ca6f986d2676d.txt"));
    props.islands = false;
    let page = render(props);
    for island in Island::ALL {
        assert!(page.contains(&island.slot()), "an empty slot for {island:?}");
    }
    assert_eq!(count(&page, r#"<p id="p"#), 18, "the prose is all there");
    assert!(!page.contains("seat g-"), "no island content in the page itself");
}

#[test]
fn a_joined_assembly_vote_offers_its_map_as_a_link_and_every_chart_its_pictures() {
    let html = seed_html();
    // The Map form links to the vote's map file, so that it works without JavaScript.
    assert!(html.contains(r#"<a role="button" aria-pressed="false" href="vote-1-map.svg" class="toggle">Map</a>"#));
    assert!(html.contains(r#"href="vote-1-seats.svg" download="vote-1-seats.svg">SVG</a>"#));
    assert!(!html.contains("world-map"), "the map itself is drawn only when asked for");

    // A Commons division has no map, but its pictures can still be saved.
    let text =
        "MPs back bill\n\nLONDON (Reuters) - Britain's House of Commons voted 324 to 295 on Friday to back the bill.\n";
    let html = render(AppProps::from_text(text));
    assert!(!html.contains("-map.svg"), "{html}");
    assert!(html.contains(r#"href="vote-1-seats.svg""#));
}

#[test]
fn the_map_file_has_every_member_and_reads_back_as_the_map_view_reads_it() {
    use article_viewer::address::{ChartView, Theme};
    use article_viewer::atlas::{chart_file, Atlas};
    use article_viewer::picture::chart_files;

    let story = article_viewer::library::story(include_str!("../seeds/000_fa9ca6f986d2676d.txt"));
    let division = story.main().expect("the seed's vote");
    let atlas = article_viewer::projection::from_project(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
        .expect("world-atlas");
    let files = chart_files(division, Some(&atlas));
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "vote-1-seats.svg",
            "vote-1-seats-dark.svg",
            "vote-1-waffle.svg",
            "vote-1-waffle-dark.svg",
            "vote-1-map.svg",
            "vote-1-map-dark.svg"
        ]
    );
    let map = &files.iter().find(|(n, _)| *n == chart_file(division, ChartView::Map, Theme::Light)).expect("the map").1;
    let read = Atlas::read(map).expect("the map reads back");
    assert_eq!(read, atlas, "the file carries the atlas exactly");
    // 193 members, each with its name and vote; the counts are the chart's.
    for (word, n) in [("Yes", 116), ("No", 20), ("Abstain", 53), ("Did not vote", 4)] {
        assert_eq!(map.matches(&format!(": {word}</title>")).count(), n, "{word}");
    }
    assert!(map.contains("<title>Gambia: No</title>"));
    assert!(map.contains("116 in favour, 20 against, 53 abstaining, 4 not voting"));
    let seats = &files[0].1;
    assert_eq!(seats.matches("<circle cx=").count() + seats.matches("<rect x=").count(), 193);
    assert!(files[1].1.contains(r##"fill="#121417""##), "the dark picture is drawn in the dark theme");
}
