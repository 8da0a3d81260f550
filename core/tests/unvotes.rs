//! The General Assembly record (`data/unvotes/`) and the join from an article's tally to it.

use article_core::roll_call::{self, Position};
use article_core::unvotes::{Dataset, DatasetError, Evidence, Finding, Joined, Query};
use std::collections::BTreeSet;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/unvotes/countries.tsv");
const ROLL_CALLS: &str = include_str!("../../data/unvotes/roll_calls.tsv");
const SEED: &str = include_str!("../../seeds/000_fa9ca6f986d2676d.txt");

fn data() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::parse(COUNTRIES, ROLL_CALLS).expect("the committed data parses"))
}

fn codes(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn counts(yes: u32, no: u32, abstain: Option<u32>) -> Query {
    Query { yes: Some(yes), no: Some(no), abstain, ..Query::default() }
}

fn joined(f: Finding) -> Joined {
    match f {
        Finding::Joined(j) => *j,
        other => panic!("expected a join, got {other:?}"),
    }
}

fn not_found(f: Finding) -> String {
    match f {
        Finding::NotFound { note } => note,
        other => panic!("expected NotFound, got {other:?}"),
    }
}

fn ambiguous(f: Finding) -> (Vec<String>, String) {
    match f {
        Finding::Ambiguous { candidates, note } => (candidates, note),
        other => panic!("expected Ambiguous, got {other:?}"),
    }
}

fn position(j: &Joined, iso2: &str) -> Option<Position> {
    j.members.iter().find(|m| m.iso2 == iso2).map(|m| m.position)
}

#[test]
fn the_whole_record_is_there() {
    let d = data();
    assert_eq!(d.len(), 6203);
    assert!(!d.is_empty());
    assert_eq!(d.span(), (1946, 2019));
    assert_eq!(COUNTRIES.lines().count(), 200);
}

#[test]
fn seed_counts_join_a_res_69_188_with_193_members() {
    let j = joined(data().find(&counts(116, 20, Some(53))));
    assert_eq!((j.rcid, j.session, j.symbol.as_str(), j.date.as_str()), (5377, 69, "A/RES/69/188", "2014-12-18"));
    assert_eq!(j.title, "Situation of human rights in the Democratic People's Republic of Korea");
    assert!(j.important && !j.amendment);
    assert_eq!(j.evidence, ["counts 116–20–53", "no other recorded vote has these counts"]);
    assert_eq!(j.members.len(), 193);
    let absent: BTreeSet<&str> =
        j.members.iter().filter(|m| m.position == Position::Absent).map(|m| m.iso2.as_str()).collect();
    assert_eq!(absent, BTreeSet::from(["AZ", "GQ", "MN", "SZ"]));
    let tally = |p| j.members.iter().filter(|m| m.position == p).count();
    assert_eq!((tally(Position::Yes), tally(Position::No), tally(Position::Abstain)), (116, 20, 53));
    // Every member's code and name are today's, as the rest of core has them.
    let all: BTreeSet<&str> = j.members.iter().map(|m| m.iso2.as_str()).collect();
    assert_eq!(all.len(), 193);
    assert!(article_core::countries::MEMBERS.iter().all(|c| all.contains(c.iso2)));
    let serbia = j.members.iter().find(|m| m.iso2 == "RS").unwrap();
    assert_eq!((serbia.country.as_str(), serbia.position), ("Serbia", Position::Yes));
    assert!(serbia.note.contains("Yugoslavia"), "{}", serbia.note);
    assert_eq!(j.members.iter().find(|m| m.iso2 == "NA").unwrap().country, "Namibia");
    assert_eq!(j.members.iter().find(|m| m.iso2 == "KP").unwrap().country, "North Korea");
    assert!(j.members.windows(2).all(|w| w[0].country <= w[1].country), "sorted by name");
}

#[test]
fn the_join_agrees_with_the_cited_plenary_file_row_by_row() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/");
    let file = ["A_RES_69_188_plenary_2014-12-18_votes.csv", "votes/A_RES_69_188_plenary_2014-12-18_votes.csv"]
        .iter()
        .find_map(|f| std::fs::read_to_string(format!("{root}{f}")).ok())
        .expect("the A/RES/69/188 vote file in data/ or data/votes/");
    let cited = roll_call::general_assembly(&file).unwrap();
    let j = joined(data().find(&counts(116, 20, Some(53))));
    assert_eq!(cited.len(), j.members.len());
    for c in &cited {
        assert_eq!(position(&j, &c.iso2), Some(c.position), "{}", c.country);
    }
}

#[test]
fn the_seed_article_text_joins_the_same_roll_call() {
    let mut q = counts(116, 20, Some(53));
    q.evidence = Evidence::from_text(SEED);
    assert!(q.evidence.symbols.is_empty() && q.evidence.years.is_empty());
    assert_eq!(q.evidence.months, [(None, 2)]);
    let j = joined(data().find(&q));
    assert_eq!(j.symbol, "A/RES/69/188");
}

#[test]
fn ukraine_100_11_58_joins_a_res_68_262() {
    let j = joined(data().find(&counts(100, 11, Some(58))));
    assert_eq!((j.rcid, j.symbol.as_str(), j.date.as_str()), (5309, "A/RES/68/262", "2014-03-27"));
    assert_eq!(j.title, "Territorial integrity of Ukraine");
    assert_eq!(position(&j, "UA"), Some(Position::Yes));
    assert_eq!(position(&j, "RU"), Some(Position::No));
    // Without the abstentions the pair (100, 11) alone still finds only this one.
    assert_eq!(joined(data().find(&counts(100, 11, None))).rcid, 5309);
}

#[test]
fn cuba_187_3_with_brazil_joins_a_res_74_7() {
    let mut q = counts(187, 3, None);
    q.named_no = codes(&["US", "IL", "BR"]);
    let j = joined(data().find(&q));
    assert_eq!((j.rcid, j.symbol.as_str(), j.date.as_str()), (9058, "A/RES/74/7", "2019-11-07"));
    assert!(j.title.starts_with("Necessity of ending the economic, commercial and financial embargo"));
    assert!(j.evidence.contains(&"United States, Israel and Brazil voted no".to_string()), "{:?}", j.evidence);
    assert_eq!(position(&j, "BR"), Some(Position::No));
}

#[test]
fn cuba_187_3_without_brazil_or_a_year_is_ambiguous() {
    // The data holds 187–3 twice, both Cuba-embargo votes: A/RES/64/6 of 2009 (no: US, Israel,
    // Palau) and A/RES/74/7 of 2019 (no: US, Israel, Brazil); both are 187–3–2.
    let mut q = counts(187, 3, None);
    q.named_no = codes(&["US", "IL"]);
    let (candidates, note) = ambiguous(data().find(&q));
    assert_eq!(candidates, ["A/RES/64/6 (2009-10-28)", "A/RES/74/7 (2019-11-07)"]);
    assert!(note.starts_with("2 recorded General Assembly votes have 187 in favour and 3 against"), "{note}");
    // The same words in both titles do not decide.
    q.evidence = Evidence::from_text("The assembly again condemned the US embargo against Cuba, 187-3.");
    assert!(matches!(data().find(&q), Finding::Ambiguous { .. }));
    // Real evidence does: a year, a date, a third country.
    let mut by_year = q.clone();
    by_year.evidence.years = vec![2009];
    assert_eq!(joined(data().find(&by_year)).symbol, "A/RES/64/6");
    let mut by_day = q.clone();
    by_day.evidence = Evidence::from_text("UNITED NATIONS, Oct. 28 (Reuters) - The embargo vote was 187-3.");
    let j = joined(data().find(&by_day));
    assert_eq!(j.symbol, "A/RES/64/6");
    assert!(j.evidence.contains(&"date 28 October 2009 named".to_string()), "{:?}", j.evidence);
    let mut palau = q.clone();
    palau.named_no.push("PW".into());
    assert_eq!(joined(data().find(&palau)).date, "2009-10-28");
}

#[test]
fn cuba_187_3_with_brazil_in_2009_is_not_found() {
    let mut q = counts(187, 3, None);
    q.named_no = codes(&["US", "IL", "BR"]);
    q.evidence.years = vec![2009];
    let note = not_found(data().find(&q));
    assert_eq!(
        note,
        "No recorded General Assembly vote in the data (1946–2019) has 187 in favour and 3 against \
         with the countries the article names in 2009."
    );
}

#[test]
fn a_named_country_that_contradicts_the_record_is_not_found() {
    let mut q = counts(116, 20, Some(53));
    q.named_yes = codes(&["CN"]); // China voted no on A/RES/69/188.
    let note = not_found(data().find(&q));
    assert!(
        note.contains("116 in favour, 20 against and 53 abstentions with the countries the article names"),
        "{note}"
    );
    let mut absent = counts(116, 20, Some(53));
    absent.named_abstain = codes(&["MN"]); // Mongolia did not vote.
    assert!(matches!(data().find(&absent), Finding::NotFound { .. }));
    let mut unknown = counts(116, 20, Some(53));
    unknown.named_no = codes(&["XX"]);
    assert!(matches!(data().find(&unknown), Finding::NotFound { .. }));
    let mut right = counts(116, 20, Some(53));
    right.named_no = codes(&["CN", "RU", "KP"]);
    right.named_yes = codes(&["US", "JP", "KR"]);
    right.named_abstain = codes(&["IN"]);
    assert_eq!(joined(data().find(&right)).rcid, 5377);
}

#[test]
fn counts_not_in_the_data_are_not_found() {
    assert_eq!(
        not_found(data().find(&counts(187, 3, Some(99)))),
        "No recorded General Assembly vote in the data (1946–2019) has 187 in favour, 3 against and 99 abstentions."
    );
    assert!(not_found(data().find(&counts(999, 0, None))).contains("999 in favour and 0 against"));
    let partial = Query { yes: Some(116), abstain: Some(53), ..Query::default() };
    assert!(not_found(data().find(&partial)).contains("does not give both"));
    assert!(matches!(data().find(&Query::default()), Finding::NotFound { .. }));
}

#[test]
fn a_year_after_the_data_is_not_found() {
    let mut q = counts(116, 20, Some(53));
    q.evidence.years = vec![2023];
    let note = not_found(data().find(&q));
    assert!(note.starts_with("The General Assembly voting data ends in 2019"), "{note}");
    assert!(note.contains("2023"), "{note}");
    // From text, too; and an earlier year beside it keeps the look-up going.
    q.evidence = Evidence::from_text("GENEVA, March 3, 2023 - The assembly voted 116-20.");
    assert!(not_found(data().find(&q)).contains("ends in 2019"));
    q.evidence.years = vec![2014, 2023];
    assert_eq!(joined(data().find(&q)).rcid, 5377);
}

#[test]
fn a_year_filters_by_the_roll_call_or_its_session() {
    let mut q = counts(116, 20, Some(53));
    q.evidence.years = vec![2015]; // Session 69 runs into 2015.
    assert_eq!(joined(data().find(&q)).rcid, 5377);
    q.evidence.years = vec![2012];
    assert!(not_found(data().find(&q)).ends_with("in 2012."));
}

#[test]
fn a_symbol_joins_that_symbol() {
    // 177–3–1 twice on one day: A/RES/63/110 and A/RES/63/109.
    let q = counts(177, 3, Some(1));
    let (candidates, _) = ambiguous(data().find(&q));
    assert_eq!(candidates.len(), 2);
    let mut by_symbol = q.clone();
    by_symbol.evidence = Evidence::from_text("The assembly adopted resolution 63/109 by 177 votes to 3.");
    assert_eq!(by_symbol.evidence.symbols, ["63/109"]);
    let j = joined(data().find(&by_symbol));
    assert_eq!((j.rcid, j.symbol.as_str()), (4870, "A/RES/63/109"));
    assert!(j.evidence.contains(&"resolution 63/109 named".to_string()), "{:?}", j.evidence);
    // A symbol no candidate has: not found, even though the counts exist.
    let mut wrong = counts(116, 20, Some(53));
    wrong.evidence.symbols = vec!["69/189".into()];
    assert!(not_found(data().find(&wrong)).ends_with("on resolution 69/189."));
    let mut full = counts(116, 20, Some(53));
    full.evidence.symbols = vec!["A/RES/69/188".into()];
    assert_eq!(joined(data().find(&full)).rcid, 5377);
    // The same symbol twice with the same counts (a resolution and a vote on an amendment to it).
    let mut twice = counts(130, 54, Some(3));
    twice.evidence.symbols = vec!["61/156".into()];
    let (candidates, note) = ambiguous(data().find(&twice));
    assert_eq!(candidates, ["A/RES/61/156 (2006-12-19)", "A/RES/61/156 (2006-12-19)"]);
    assert!(note.contains("on resolution 61/156"), "{note}");
}

#[test]
fn title_words_and_dates_break_ties_only_when_one_is_better() {
    // 170–6–6 twice on 11 December 2013: UNRWA's operations (68/78) and displaced persons (68/77).
    let q = counts(170, 6, Some(6));
    let mut displaced = q.clone();
    displaced.evidence = Evidence::from_text("Persons displaced by the hostilities must be allowed to return.");
    let j = joined(data().find(&displaced));
    assert_eq!(j.symbol, "A/RES/68/77");
    assert!(j.evidence.iter().any(|e| e.starts_with("title words: ")), "{:?}", j.evidence);
    let mut unrwa = q.clone();
    unrwa.evidence = Evidence::from_text("The vote backed the Relief and Works Agency for Palestine refugees.");
    assert_eq!(joined(data().find(&unrwa)).symbol, "A/RES/68/78");
    // Both topics named: no single best.
    let mut both = q.clone();
    both.evidence = Evidence::from_text("Palestine refugees and persons displaced by hostilities.");
    assert!(matches!(data().find(&both), Finding::Ambiguous { .. }));
    // 191–2–0 twice: 27 October 2015 and 1 November 2017; a month decides.
    let mut november = counts(191, 2, Some(0));
    november.evidence = Evidence::from_text("In November the assembly voted 191-2 against the embargo.");
    let j = joined(data().find(&november));
    assert_eq!(j.symbol, "A/RES/72/4");
    assert!(j.evidence.contains(&"month November 2017 named".to_string()), "{:?}", j.evidence);
    // Conflicting evidence decides nothing: 184–2–0 on 19 December 2017 (World Summit for Social
    // Development, 72/141) and on 20 December 2017 (development and globalization, 72/227).
    let mut conflict = counts(184, 2, Some(0));
    conflict.evidence = Evidence::from_text("UNITED NATIONS, Dec. 20 - On the World Summit for Social Development ...");
    let (candidates, _) = ambiguous(data().find(&conflict));
    assert_eq!(candidates, ["A/RES/72/141 (2017-12-19)", "A/RES/72/227 (2017-12-20)"]);
    conflict.evidence = Evidence::from_text("UNITED NATIONS, Dec. 19 - On the World Summit for Social Development ...");
    let j = joined(data().find(&conflict));
    assert_eq!(j.symbol, "A/RES/72/141");
    assert!(j.evidence.contains(&"date 19 December 2017 named".to_string()), "{:?}", j.evidence);
}

#[test]
fn membership_is_derived_from_the_data() {
    let d = data();
    // The first roll calls of 1946.
    let first = d.roll_call(3).unwrap();
    assert_eq!((first.date.as_str(), first.symbol.as_str()), ("1946-01", "A/RES/1/66"));
    assert_eq!(first.members.len(), 51, "{:?}", first.members.iter().map(|m| &m.country).collect::<Vec<_>>());
    let ussr = first.members.iter().find(|m| m.iso2 == "RU").unwrap();
    assert!(ussr.note.contains("Soviet Union"), "{}", ussr.note);
    // Historical states keep their own code and name.
    let cs = first.members.iter().find(|m| m.iso2 == "CS").unwrap();
    assert_eq!(cs.country, "Czechoslovakia");
    let taiwan = first.members.iter().find(|m| m.iso2 == "TW").unwrap();
    assert!(taiwan.note.contains("China's seat"));
    // Yugoslavia before 2006 keeps YU; the states without a code keep an empty one.
    let cuba_1992 = joined(d.find(&Query { named_no: codes(&["US", "IL"]), ..counts(58, 3, Some(71)) }));
    assert_eq!(cuba_1992.symbol, "A/RES/47/19");
    assert_eq!(cuba_1992.members.iter().find(|m| m.iso2 == "YU").map(|m| m.country.as_str()), Some("Yugoslavia"));
    let frg = cuba_1992.members.iter().find(|m| m.iso2.is_empty());
    assert_eq!(frg, None, "the Federal Republic's rows end in 1990");
    let vote_1980 = d.roll_call(2200).unwrap();
    let frg = vote_1980.members.iter().find(|m| m.country == "Federal Republic of Germany").unwrap();
    assert_eq!(frg.iso2, "");
    assert!(vote_1980.members.iter().any(|m| m.iso2 == "DD"));
    assert!(!vote_1980.members.iter().any(|m| m.iso2 == "DE" || m.iso2 == "RS"));
}

#[test]
fn serbia_is_named_by_today_s_code_from_2006() {
    let mut q = counts(116, 20, Some(53));
    q.named_yes = codes(&["RS"]);
    assert_eq!(joined(data().find(&q)).rcid, 5377);
    q.named_yes = codes(&["YU"]);
    assert!(matches!(data().find(&q), Finding::NotFound { .. }));
}

#[test]
fn evidence_symbols() {
    let s = |t: &str| Evidence::from_text(t).symbols;
    assert_eq!(s("the assembly adopted resolution 68/262 on Ukraine"), ["68/262"]);
    assert_eq!(s("A/RES/68/262 passed"), ["68/262"]);
    assert_eq!(
        s("Resolution A/RES/69/188, and resolutions 67/19, 68/1 and 52/38B"),
        ["69/188", "67/19", "68/1", "52/38B"]
    );
    assert_eq!(s("resolution No. 68/262"), ["68/262"]);
    assert_eq!(s("emergency session resolution ES-10/19 on Jerusalem"), ["ES-10/19"]);
    assert_eq!(s("resolution 1514 (XV) on decolonisation"), ["15/1514"]);
    assert!(s("draft resolution A/68/L.39 was tabled").is_empty());
    assert!(s("the A/68/L.39 text, resolution 12/18/2014, 68/262 alone").is_empty());
    assert!(s("resolutions were adopted; the 2014 resolution").is_empty());
}

#[test]
fn evidence_years_dates_and_months() {
    let e =
        Evidence::from_text("On 27 March 2014 the assembly voted. Since 1991, and in the 1990s, 2,014 people; $2000.");
    assert_eq!(e.dates, [(2014, 3, 27)]);
    assert_eq!(e.years, [2014, 1991]);
    assert_eq!(e.months, [(Some(2014), 3)]);
    let e = Evidence::from_text("NEW YORK, March 27, 2014 - and on December 18th, 2014.");
    assert_eq!(e.dates, [(2014, 3, 27), (2014, 12, 18)]);
    let e = Evidence::from_text("UNITED NATIONS, Dec. 18 (AP) - The vote came in December; the 5 May vote; May we?");
    assert_eq!(e.days, [(12, 18), (5, 5)]);
    assert_eq!(e.months, [(None, 12), (None, 5)]);
    assert!(e.dates.is_empty() && e.years.is_empty());
    let e =
        Evidence::from_text("In November 2019 and on 2019-11-07, 18 of December 2014; 31 February 2014; 1944, 2101.");
    assert_eq!(e.months, [(Some(2019), 11), (Some(2014), 12)]);
    assert_eq!(e.dates, [(2019, 11, 7), (2014, 12, 18)]);
    assert_eq!(e.years, [2019, 2014]);
    let e = Evidence::from_text("A 2013-14 budget, 2014/15 figures, 10:30 on Dec 3, 4.5%");
    assert_eq!(e.years, [2013]);
    assert_eq!(e.days, [(12, 3)]);
}

#[test]
fn evidence_words() {
    let e = Evidence::from_text("The United Nations General Assembly voted on Côte d'Ivoire's human rights: Rights!");
    assert_eq!(e.words, ["cote", "ivoire", "human", "rights"]);
    assert!(Evidence::from_text("").words.is_empty());
    assert!(Evidence::from_text("a an the of by 12 !!").words.is_empty());
}

#[test]
fn parse_errors_name_the_file_and_line() {
    let head = "rcid\tsession\tdate\tsymbol\tamend\tpara\timportant\tshort\ttitle\tvotes\n";
    let countries = "0\tUS\tUnited States\n1\tNA\tNamibia\n2\t\tZanzibar\n";
    let row = |rest: &str| format!("{head}1\t1\t1946-01-01\tA/RES/1/1\t0\t\t1\tShort\tTitle\tyn.\n{rest}");
    let err = |c: &str, r: &str| -> DatasetError { Dataset::parse(c, r).unwrap_err() };
    let ok = Dataset::parse(countries, &row("")).unwrap();
    assert_eq!(ok.len(), 1);
    let j = ok.roll_call(1).unwrap();
    assert_eq!(j.members.iter().map(|m| m.iso2.as_str()).collect::<Vec<_>>(), ["NA", "US"]);

    let e = err(countries, "rcid\tsession\n");
    assert_eq!((e.file, e.line), ("roll_calls.tsv", 1));
    assert!(e.to_string().starts_with("roll_calls.tsv line 1: expected the header line"), "{e}");
    let e = err(countries, &row("2\t1\t1946-01-02\tA/RES/1/2\n"));
    assert_eq!(e.to_string(), "roll_calls.tsv line 3: expected 10 tab-separated fields, found 4");
    let e = err(countries, &row("2\t1\t1946-01-02\t\t\t\t\t\t\tyn\n"));
    assert_eq!(e.to_string(), "roll_calls.tsv line 3: votes has 2 letters, expected 3 (one per country)");
    let e = err(countries, &row("\n2\t1\t1946-01-02\t\t\t\t\t\t\tynx\n"));
    assert_eq!((e.line, e.message.as_str()), (4, "vote letter 3 (country 2) must be y, n, a or ."));
    let e = err(countries, &row("1\t1\t1946-01-02\t\t\t\t\t\t\tyn.\n"));
    assert_eq!((e.line, e.message.as_str()), (3, "rcid 1 is out of order (rcids must increase)"));
    assert_eq!(err(countries, &row("2\t1\t1946-02-30\t\t\t\t\t\t\tyn.\n")).line, 3);
    assert_eq!(err(countries, &row("2\tone\t1946-01-02\t\t\t\t\t\t\tyn.\n")).line, 3);
    assert_eq!(err(countries, &row("2\t1\t1946-01-02\t\t2\t\t\t\t\tyn.\n")).line, 3);
    assert_eq!(err(countries, head).to_string(), "roll_calls.tsv line 2: no roll calls");

    let e = err("0\tUS\tUnited States\n2\tCA\tCanada\n", &row(""));
    assert_eq!(e.to_string(), "countries.tsv line 2: expected index 1, found 2");
    assert_eq!(err("0\tusa\tUnited States\n", &row("")).line, 1);
    assert_eq!(err("0\tUS\tUnited States\n1\tUS\tUnited States\n", &row("")).line, 2);
    assert_eq!(err("0\tUS\t \n", &row("")).message, "empty name");
    assert_eq!(err("0\tUS\n", &row("")).message, "expected 3 tab-separated fields, found 2");
    assert_eq!(err("", &row("")).to_string(), "countries.tsv line 1: no countries");
    // CRLF line ends and a byte-order mark are fine.
    assert!(
        Dataset::parse(&countries.replace('\n', "\r\n"), &format!("\u{feff}{}", row("").replace('\n', "\r\n"))).is_ok()
    );
}

/// xorshift64*, enough for a property loop.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "\t",
    "\n",
    "\r\n",
    "0",
    "1",
    "9",
    "y",
    "n",
    "a",
    ".",
    "-",
    "/",
    " ",
    "A/RES/",
    "resolution ",
    "ES-",
    "(XV)",
    "March",
    "Dec.",
    "May",
    "2014",
    "1945",
    "2101",
    "27",
    "31",
    ",",
    "é",
    "ß",
    "\u{feff}",
    "🇺🇳",
    "\u{0}",
    "ı",
    "İ",
    "K",
    "s",
    "'",
    "’",
    "th",
    "of",
];

fn garbage(rng: &mut Rng, len: usize) -> String {
    let mut s = String::new();
    for _ in 0..len {
        match rng.below(3) {
            0 => s.push_str(PIECES[rng.below(PIECES.len())]),
            1 => s.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')),
            _ => s.push(char::from(b' ' + rng.below(95) as u8)),
        }
    }
    s
}

#[test]
fn garbage_never_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let small_countries = "0\tUS\tUnited States\n1\tYU\tYugoslavia\n2\t\tZanzibar\n";
    let head = "rcid\tsession\tdate\tsymbol\tamend\tpara\timportant\tshort\ttitle\tvotes\n";
    for round in 0..3000 {
        let len = rng.below(80);
        let text = garbage(&mut rng, len);
        let ev = Evidence::from_text(&text);
        let _ = Dataset::parse(&text, &text);
        let _ = Dataset::parse(small_countries, &format!("{head}{text}"));
        let _ = Dataset::parse(&text, ROLL_CALLS.get(..2000).unwrap_or(""));
        let q = Query {
            yes: Some(rng.below(200) as u32),
            no: Some(rng.below(30) as u32),
            abstain: (round % 2 == 0).then(|| rng.below(60) as u32),
            named_yes: vec![garbage(&mut rng, 2)],
            named_no: codes(&["US", "", "YU"][..rng.below(4)]),
            named_abstain: Vec::new(),
            evidence: ev,
        };
        let _ = data().find(&q);
    }
    // Every prefix-cut and byte-cut of real lines, and extreme queries.
    let lines: Vec<&str> = ROLL_CALLS.lines().collect();
    for _ in 0..300 {
        let line = lines[rng.below(lines.len())];
        let mut cut = rng.below(line.len() + 1);
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let _ = Dataset::parse(COUNTRIES, &format!("{head}{}", &line[..cut]));
        let _ = Dataset::parse(&COUNTRIES[..rng.below(COUNTRIES.len())], &format!("{head}{line}"));
    }
    for (yes, no) in [(0, 0), (u32::MAX, u32::MAX), (193, 0), (0, 193)] {
        let q = Query { yes: Some(yes), no: Some(no), abstain: Some(u32::MAX), ..Query::default() };
        let _ = data().find(&q);
    }
    let mut q = counts(125, 0, None); // The most frequent pair, 29 roll calls.
    q.evidence.years = vec![0, u16::MAX];
    q.evidence.dates = vec![(0, 0, 0), (u16::MAX, 255, 255)];
    q.evidence.months = vec![(None, 0), (Some(u16::MAX), 13)];
    q.evidence.days = vec![(0, 0), (255, 255)];
    q.evidence.symbols = vec![String::new(), "/".into(), "A/RES/".into(), "é/é".into(), "ES-/1".into()];
    q.evidence.words = vec![String::new(), "s".into(), "é".into(), "ß".into()];
    let _ = data().find(&q);
    let (candidates, _) = ambiguous(data().find(&counts(125, 0, None)));
    assert_eq!(candidates.len(), 29);
    // A month narrows them to 27 that fit equally well.
    let mut december = counts(125, 0, None);
    december.evidence.months = vec![(None, 12)];
    let (candidates, note) = ambiguous(data().find(&december));
    assert_eq!(candidates.len(), 27);
    assert!(
        note.starts_with("29 recorded General Assembly votes have 125 in favour and 0 against; 27 of them fit"),
        "{note}"
    );
}

/// Run with `cargo test -p article-core --release --test unvotes timing -- --nocapture --ignored`.
#[test]
#[ignore]
fn timing() {
    let mut parse: Vec<f64> = (0..9)
        .map(|_| {
            let t = std::time::Instant::now();
            let d = Dataset::parse(COUNTRIES, ROLL_CALLS).unwrap();
            assert_eq!(d.len(), 6203);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    parse.sort_by(f64::total_cmp);
    let d = data();
    let t = std::time::Instant::now();
    let mut q = counts(187, 3, None);
    q.named_no = codes(&["US", "IL", "BR"]);
    for _ in 0..1000 {
        assert!(matches!(d.find(&q), Finding::Joined(_)));
    }
    let find = t.elapsed().as_secs_f64();
    println!(
        "parse: median {:.1} ms (min {:.1}, max {:.1}); find: {:.1} µs each",
        parse[4],
        parse[0],
        parse[8],
        find * 1000.0
    );
}
