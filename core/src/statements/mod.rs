//! Direct quotations and who said them.
//!
//! Quotes are found with straight (`"`) or curly (`“ ”`, `„`, `« »`) double marks; single
//! curly marks (`‘ ’`) delimit quotes only in paragraphs without double marks (otherwise they
//! are nested quotes). Apostrophes inside words ("ST's") are never quote marks. A quote left
//! open runs to the end of its paragraph (the wire convention for multi-paragraph quotes).
//!
//! A quote is attributed by, in order:
//! 1. the words after it in its sentence: `"...," said X`, `"...," X said`, `"...," he told
//!    AFP`, `"...," according to X`;
//! 2. the words before it in its sentence: `X said the report confirmed that "..."`,
//!    `X told reporters: "..."`, `According to X, "..."`, `X did this and said "..."`,
//!    `X abstained, saying that "..."`, `..., who called it "..."` (the speaker just named);
//! 3. a quote that is a whole sentence may be named by the next one (in the next paragraph
//!    when the quote is the whole paragraph): `"We will not back down." The warning came
//!    from Interior Minister Ana Ruiz`, `That was the message from X`;
//! 4. otherwise it continues the previous statement: in the same paragraph when it opens a
//!    sentence or shares the attribution's sentence (`"We will act," she said. "And now."`),
//!    or when it opens the paragraph right after a paragraph with a statement (closed or
//!    not: an unclosed quote runs on, by the wire convention).
//!
//! A lower-case title may open an attribution after the quote when it names someone:
//! `"...," deputy U.S. envoy to the U.N. Jane Roe told the council` (role "deputy envoy",
//! affiliation "U.S.": see [`speakers`]). Fragments of two words or more quoted inside
//! reported speech belong to the sentence's named subject: `Smith dismissed the vote as
//! "political theatre"` (verbs in `REPORTING_VERBS`; a single word stays a scare quote).
//! A quote glued to the word before (`an“urgent review”`) opens like any other when its mark
//! is a curly opening one, or a straight one followed by a letter and closed later.
//!
//! Speakers are [`speakers`] phrases. Pronouns ("he", "she") mean the last person named,
//! roles ("the ambassador") the person with that role named or quoted last, and bare
//! surnames ("Power", "Mr Faisal") a person named before,
//! also in reported speech without quotes ("Kim said the mission would not attend").
//! Attributions that name no one we can resolve ("the ministry said", "a source said") drop
//! the quote rather than guess.
//!
//! Quoted titles ("the film "The Interview"", "a report titled "..."") and short unattributed
//! phrases (scare quotes of one to three words) are not statements.

mod attribution;
mod mentions;
mod quotes;
mod register;
#[cfg(test)]
mod tests;

use crate::lexicon::speakers::{HONORIFICS, PARTICLES};
use crate::lexicon::statements::REPLY_VERBS;
use crate::model::{Paragraph, Statement};
use crate::speakers::Phrase;
use crate::tokens::Para;
use attribution::{according_to_document, after, antecedent, before, named_next, Attribution};
use quotes::{is_title, is_title_case, quotes, Quote};
use register::{catch_up, Pending, Speakers};

/// How far (in tokens) attribution is looked for around a quote.
const REACH: usize = 40;

/// The statements of an article's paragraphs (`parsed` holds their tokens).
pub(crate) fn extract(paragraphs: &[Paragraph], parsed: &[Para]) -> Vec<Statement> {
    let mut out = Vec::new();
    let mut sp = Speakers::default();
    let mut pending: Vec<Pending> = Vec::new();
    for (pi, (para, p)) in paragraphs.iter().zip(parsed).enumerate() {
        let t = &p.toks;
        let qs = quotes(t);
        let mut here = InParagraph::default();
        let mut resume = 0;
        let mut sentences = p.sentence_ranges().peekable();
        for (qi, q) in qs.iter().enumerate() {
            // The sentences before the quote wait to be read for who they mention.
            while let Some(&range) = sentences.peek() {
                if range.1 > q.open {
                    break;
                }
                pending.push(Pending { para: pi, range, statements: out.len() });
                sentences.next();
            }
            let next_open = qs.get(qi + 1).map_or(t.len(), |n| n.open);
            let quote_end = q.close.map_or(t.len(), |c| c + 1);
            if is_title(t, q.open) || is_title_case(t, q) {
                resume = quote_end;
                continue;
            }
            let clause = p.sentence_start(q.open).max(resume);
            sp.at = (pi, q.open);
            let read = Reading { parsed, pi, said: out.len() };
            let attribution = attribute(p, q, next_open, clause, &read, &mut pending, &mut sp);
            resume = quote_end;
            let who = match attribution {
                Attribution::Found(Phrase::Relative, e) => {
                    // "..., said Jane Doe, who called it "...": the same sentence's speaker.
                    resume = resume.max(e);
                    let same = here.speaker.filter(|_| here.attributed_in == Some(p.sentence_start(q.open)));
                    // "The remark came from X, who told reporters ... "...": the person named
                    // before the comma.
                    same.or_else(|| antecedent(p, q.open).and_then(|n| sp.resolve(Phrase::Named(n))))
                        .map(|w| (w, false))
                }
                Attribution::Found(ph, e) => {
                    resume = resume.max(e);
                    let pronoun = ph == Phrase::Pronoun;
                    // ""You signed them, Ms Hollis," Keane said. / "I did," she replied.": the
                    // one the statement before spoke to replies.
                    let replied = pronoun && (quote_end..e.min(t.len())).any(|x| t[x].any(REPLY_VERBS));
                    let addressed = out.last().filter(|_| replied).and_then(|s: &Statement| addressee(&s.text));
                    let ph = match addressed {
                        Some(surname) => Phrase::Named(crate::speakers::Named { name: surname, ..Default::default() }),
                        None => ph,
                    };
                    let w = resolve_found(ph, &read, &mut pending, &mut sp);
                    // ""Move on, Mr. Klein," she said": not Klein, but the one named before him.
                    let quoted = p.span(q.a, q.b - 1);
                    match w.filter(|&w| pronoun && addresses(quoted, sp.name_of(w))) {
                        Some(addressed) => sp.other_than(addressed, parsed).map(|w| (w, false)),
                        None => w.map(|w| (w, false)),
                    }
                }
                Attribution::Unresolved => None,
                Attribution::None => continuation(p, q, quote_end, pi, here, &sp),
            };
            if let Some((w, cont)) = who {
                out.push(sp.statement(w, p, para, q, cont));
                if !cont {
                    here.attributed_in = Some(p.sentence_start(q.open));
                }
                here.speaker = Some(w);
                sp.last = Some(w);
                sp.last_said = Some(w);
                sp.last_para = Some(pi);
            }
        }
        for range in sentences {
            pending.push(Pending { para: pi, range, statements: out.len() });
        }
    }
    out
}

/// What the paragraph's statements so far say, for the quotes after them.
#[derive(Clone, Copy, Default)]
struct InParagraph {
    /// The speaker of the paragraph's last statement.
    speaker: Option<usize>,
    /// Sentence (start token) of the last statement's attribution in this paragraph.
    attributed_in: Option<usize>,
}

/// Where the reading stands: every paragraph's tokens, the current paragraph, and how
/// many statements were found before this quote.
struct Reading<'r, 'a> {
    parsed: &'r [Para<'a>],
    pi: usize,
    said: usize,
}

/// The attribution of the quote `q`: the words after it, else the words before it from
/// `clause`, else a next sentence naming a new speaker or one met before.
fn attribute(
    p: &Para,
    q: &Quote,
    next_open: usize,
    clause: usize,
    read: &Reading,
    pending: &mut Vec<Pending>,
    sp: &mut Speakers,
) -> Attribution {
    let attribution = match after(p, q, next_open) {
        Attribution::None => before(p, q, clause),
        // 'X said the law was "...", according to a statement': the statement is X's.
        Attribution::Unresolved if according_to_document(p, q) => match before(p, q, clause) {
            found @ Attribution::Found(..) => found,
            _ => Attribution::Unresolved,
        },
        found => found,
    };
    if !matches!(attribution, Attribution::None) {
        return attribution;
    }
    // Nothing around the quote: the next sentence may name its speaker.
    let quote_end = q.close.map_or(p.toks.len(), |c| c + 1);
    // Nobody quoted in the paragraph before: the quote continues no one.
    let first = sp.last_para.is_none_or(|at| at + 1 < read.pi);
    match named_next(p, read.parsed.get(read.pi + 1), q, first) {
        Some(n) if n.name.contains(' ') || n.role.is_some() => Attribution::Found(Phrase::Named(n), quote_end),
        Some(n) => {
            catch_up(pending, true, read.parsed, read.said, sp);
            if sp.by_part.contains_key(&n.name) {
                Attribution::Found(Phrase::Named(n), quote_end)
            } else {
                Attribution::None
            }
        }
        None => Attribution::None,
    }
}

/// Does a quote speak to the person named `name` ("Move on, Mr. Klein")? Their surname after
/// a title of address.
fn addresses(quoted: &str, name: &str) -> bool {
    let Some(surname) = name.rsplit(' ').next().filter(|s| !s.is_empty()) else { return false };
    quoted.match_indices(surname).any(|(at, _)| {
        let before = quoted[..at].strip_suffix(' ').unwrap_or("");
        titles_of_address().any(|title| before.ends_with(title))
    })
}

/// Titles a quote addresses someone by: "Mr", "Ms.", "Senator".
fn titles_of_address() -> impl Iterator<Item = &'static str> {
    HONORIFICS.iter().chain(&["Senator", "Judge"]).copied()
}

/// The surname a quote speaks to after a title of address ("You signed them, Ms Hollis").
fn addressee(quoted: &str) -> Option<String> {
    let words: Vec<&str> = quoted.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    words.windows(2).find_map(|w| {
        let title = titles_of_address().any(|h| h.trim_end_matches('.') == w[0]);
        (title && w[1].starts_with(char::is_uppercase)).then(|| w[1].to_string())
    })
}

/// "De Boer", "Van Dijk", "Al Thani": a surname with its particle, capitalised at a sentence's start.
fn particled(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(first, last)| {
        !last.contains(' ')
            && first.starts_with(char::is_uppercase)
            && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(first))
    })
}

/// The speaker a found phrase refers to, after reading the sentences it may need: a
/// pronoun those since the last statement, a role or a bare surname all of them.
fn resolve_found(ph: Phrase, read: &Reading, pending: &mut Vec<Pending>, sp: &mut Speakers) -> Option<usize> {
    let needs = match &ph {
        Phrase::Pronoun => Some(false),
        Phrase::Role(_) => Some(true),
        // A bare surname, or one with its particle ("De Boer").
        Phrase::Named(n) => (!n.name.contains(' ') || particled(&n.name)).then_some(true),
        Phrase::Relative => None,
    };
    if let Some(all) = needs {
        catch_up(pending, all, read.parsed, read.said, sp);
        if all {
            sp.mentions.read(read.parsed);
        }
    }
    sp.resolve(ph)
}

/// A quote with no attribution of its own: a continuation of the paragraph's last
/// statement or, opening the paragraph, of the previous paragraph's; else nobody (scare
/// quotes of up to three words among them). Returns the speaker, marked a continuation.
fn continuation(
    p: &Para,
    q: &Quote,
    quote_end: usize,
    pi: usize,
    here: InParagraph,
    sp: &Speakers,
) -> Option<(usize, bool)> {
    let t = &p.toks;
    let words = (q.a..q.b).filter(|&k| t[k].word).count();
    let leads = q.open == 0;
    let whole = leads && t[quote_end.min(t.len())..].iter().all(|x| !x.word);
    let after_statement = pi > 0 && sp.last_para == Some(pi - 1);
    let sentence = p.sentence_start(q.open);
    let same_sentence = here.attributed_in == Some(sentence);
    // The sentence right after the attribution's: "...," she said. "No."
    let index = |start: usize| p.sentences.partition_point(|&x| x < start);
    let next_sentence = here.attributed_in.is_some_and(|a| index(sentence) == index(a) + 1);
    // A continuation opens its sentence ("..." she said. "And now.") or shares the
    // attribution's sentence.
    let opens_sentence = sentence == q.open;
    // Up to three words with no attribution are scare quotes, unless they sit with a
    // statement: "...," she said. "Never."
    let with_statement = whole || same_sentence || next_sentence && opens_sentence;
    if words <= 3 && !with_statement {
        None
    } else if let Some(w) = here.speaker.filter(|_| same_sentence || opens_sentence) {
        Some((w, true))
    } else if leads && after_statement {
        sp.last_said.map(|w| (w, true))
    } else {
        None
    }
}

/// Does the article's plain "Congo" mean the Democratic Republic of the Congo? It names the
/// DRC in full or its places ([`CONGO_THE_DRC`]), and nothing only the Republic has.
pub(crate) fn congo_is_the_drc(article: &crate::model::Article) -> bool {
    use crate::lexicon::statements::{CONGO_THE_DRC, CONGO_THE_REPUBLIC};
    let texts = || std::iter::once(article.headline.as_str()).chain(article.paragraphs.iter().map(|p| p.text.as_str()));
    let names = |list: &[&str]| texts().any(|t| list.iter().any(|w| t.contains(w)));
    names(CONGO_THE_DRC) && !names(CONGO_THE_REPUBLIC)
}

/// Does the article's "Georgia" mean the US state? Its headline, dateline or text names the
/// state's cities or institutions ([`GEORGIA_THE_STATE`]) and nothing of the country's.
pub(crate) fn georgia_is_the_us_state(article: &crate::model::Article) -> bool {
    use crate::lexicon::statements::{GEORGIA_THE_COUNTRY, GEORGIA_THE_STATE};
    let dateline = article.dateline.as_ref().map_or("", |d| d.text.as_str());
    let texts =
        || [article.headline.as_str(), dateline].into_iter().chain(article.paragraphs.iter().map(|p| p.text.as_str()));
    let names = |list: &[&str]| texts().any(|t| list.iter().any(|w| t.contains(w)));
    names(GEORGIA_THE_STATE) && !names(GEORGIA_THE_COUNTRY)
}
