//! The speaker-phrase grammar, end to end and step by step.

use super::names::{scan_age, scan_honorifics, scan_state_prefix};
use super::organisations::scan_field;
use super::*;

mod joined_names;

fn named(text: &str) -> Named {
    let p = Para::new(text);
    match phrase(&p, 0, p.toks.len()) {
        Some((Phrase::Named(n), _)) => n,
        other => panic!("{text}: {other:?}"),
    }
}

fn check(text: &str, name: &str, role: Option<&str>, aff: Option<&str>) {
    let n = named(text);
    assert_eq!((n.name.as_str(), n.role.as_deref(), n.affiliation.as_deref()), (name, role, aff), "{text}");
}

#[test]
fn long_titles_before_the_name() {
    check(
        "Norwegian Health and Care Services Minister Ingrid Solberg told",
        "Ingrid Solberg",
        Some("Health and Care Services Minister"),
        Some("Norwegian"),
    );
    check(
        "Germany's deputy permanent representative to the United Nations Office at Geneva Katrin Vogel told",
        "Katrin Vogel",
        Some("deputy permanent representative"),
        Some("Germany's"),
    );
    check("French Ambassador to the IAEA Hugues Lemaire told", "Hugues Lemaire", Some("Ambassador"), Some("French"));
    check(
        "Bank of England Governor Claire Whitfield told",
        "Claire Whitfield",
        Some("Governor"),
        Some("Bank of England"),
    );
    check(
        "the AU's peace and security commissioner, Moussa Traoré, said",
        "Moussa Traoré",
        Some("peace and security commissioner"),
        Some("AU's"),
    );
    check(
        "Russia's envoy to the international organisations in Vienna, Pavel Grekov, wrote",
        "Pavel Grekov",
        Some("envoy"),
        Some("Russia's"),
    );
    check(
        "Andrea Lusk, campaign director of People Not Politicians.",
        "Andrea Lusk",
        Some("campaign director"),
        Some("People Not Politicians"),
    );
    check(
        "Anna Whitlock, head of stewardship at Carlyle & Reid Asset Management, which holds",
        "Anna Whitlock",
        Some("head"),
        Some("Carlyle & Reid Asset Management"),
    );
    // An employer after the role: the member state inside it is the beat.
    let n = named("Priya Lal, chief UK economist at Harcourt Securities.");
    assert_eq!(
        (n.role.as_deref(), n.affiliation.as_deref(), n.country),
        (Some("chief UK economist"), Some("Harcourt Securities"), None)
    );
    check("Supervisor Dana Ortiz said", "Dana Ortiz", Some("Supervisor"), None);
    check(
        "Indian Electronics and Information Technology Minister Anil Rao said",
        "Anil Rao",
        Some("Electronics and Information Technology Minister"),
        Some("Indian"),
    );
    let n = named("Samoa Rugby Union chief executive Tavita Leota said");
    assert_eq!(
        (n.role.as_deref(), n.affiliation.as_deref(), n.country),
        (Some("chief executive"), Some("Samoa Rugby Union"), None)
    );
    check("Plaid Cymru MS Elin Prydderch said", "Elin Prydderch", Some("MS"), Some("Plaid Cymru"));
    check("Ms Elin Prydderch said", "Elin Prydderch", None, None);
    check(
        "John Pickard, director for Wales at the Confederation of Passenger Transport, which represents",
        "John Pickard",
        Some("director"),
        Some("Confederation of Passenger Transport"),
    );
    check("Law and Justice lawmaker Anna Sowa told", "Anna Sowa", Some("lawmaker"), Some("Law and Justice"));
    check("the state's secretary of state, Ben Ramsey, said", "Ben Ramsey", Some("secretary of state"), None);
    // Two people, not one title.
    assert_eq!(named("Samantha Power and Qin Gang said").name, "Samantha Power");
    // The US state's offices: no member state.
    let n = named("Georgia Senate Minority Leader Dwayne Pryce said");
    assert_eq!(
        (n.role.as_deref(), n.affiliation.as_deref(), n.country),
        (Some("Minority Leader"), Some("Georgia Senate"), None)
    );
    assert_eq!(named("Georgia's foreign minister Ana Beridze said").country, Some("GE"));
}

#[test]
fn names_roles_affiliations() {
    check("US Ambassador Samantha Power said", "Samantha Power", Some("Ambassador"), Some("US"));
    check(
        "Chinese foreign ministry spokesman Qin Gang.",
        "Qin Gang",
        Some("foreign ministry spokesman"),
        Some("Chinese"),
    );
    check(
        "political counselor Kim Song from the North Korean mission at the United Nations.",
        "Kim Song",
        Some("political counselor"),
        Some("North Korean mission at the United Nations"),
    );
    check("Param-Preet Singh of Human Rights Watch.", "Param-Preet Singh", None, Some("Human Rights Watch"));
    check("John Smith, Britain's ambassador.", "John Smith", Some("ambassador"), Some("Britain's"));
    check("Jane Doe, the UN's human rights chief, said", "Jane Doe", Some("human rights chief"), Some("UN's"));
    check("British Prime Minister David Cameron", "David Cameron", Some("Prime Minister"), Some("British"));
    check("US Secretary of State John Kerry", "John Kerry", Some("Secretary of State"), Some("US"));
    check("Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", None, None);
    check("Martin Luther King", "Martin Luther King", None, None);
    check("the group's director, Jane Doe.", "Jane Doe", Some("director"), None);
    check(
        "Louis Charbonneau, the UN director of Human Rights Watch",
        "Louis Charbonneau",
        Some("UN director"),
        Some("Human Rights Watch"),
    );
    check("Mr Lee Hsien Loong", "Lee Hsien Loong", None, None);
    check("Syrian President Bashar al-Assad", "Bashar al-Assad", Some("President"), Some("Syrian"));
    // A member state inside the title is the affiliation; "to the U.N." is where the
    // envoy serves, so it is kept out of both.
    check("deputy U.S. envoy to the U.N. Jane Roe told", "Jane Roe", Some("deputy envoy"), Some("U.S."));
    check("U.N. special envoy for Yemen Lars Holmberg said", "Lars Holmberg", Some("special envoy"), Some("U.N."));
    check("Erik Sandberg, the group's Europe director.", "Erik Sandberg", Some("Europe director"), None);
    check("Environmental campaigner Lucia Paredes said", "Lucia Paredes", Some("Environmental campaigner"), None);
    check(
        "Port authority chief executive Annelies Bakker",
        "Annelies Bakker",
        Some("chief executive"),
        Some("Port authority"),
    );
    check(
        "Deputy U.S. Trade Representative Mark Ellison said",
        "Mark Ellison",
        Some("Deputy Trade Representative"),
        Some("U.S."),
    );
    // A government's spokesman: the government is the affiliation, as "Kremlin" is.
    check("Government spokesman Jane Roe said", "Jane Roe", Some("spokesman"), Some("Government"));
    check("government spokeswoman Jane Roe said", "Jane Roe", Some("government spokeswoman"), None);
    check("Presidential spokeswoman Jane Roe said", "Jane Roe", Some("Presidential spokeswoman"), None);
    check("a spokesman for the government, Jane Roe, said", "Jane Roe", Some("spokesman for the government"), None);
    // Court titles, council titles, lower-case political labels and "MEP" are roles.
    check("Justice Paul Whitcomb wrote", "Paul Whitcomb", Some("Justice"), None);
    check("Chief Justice Allen Roth wrote", "Allen Roth", Some("Chief Justice"), None);
    check("Councilor Denise Alvarado said", "Denise Alvarado", Some("Councilor"), None);
    check("German conservative Markus Feld said", "Markus Feld", Some("conservative"), Some("German"));
    check("French MEP Lionel Gautrand called", "Lionel Gautrand", Some("MEP"), Some("French"));
    check("Digital affairs commissioner Katrin Lund said", "Katrin Lund", Some("Digital affairs commissioner"), None);
    // A possessive owns the role; the city after it is where the role sits.
    check(
        "Hanne Solberg, the Red Cross's chief representative in New York, said",
        "Hanne Solberg",
        Some("chief representative"),
        Some("Red Cross's"),
    );
}

#[test]
fn pronouns_roles_and_non_speakers() {
    let p = Para::new("he told AFP");
    assert_eq!(phrase(&p, 0, 3).map(|x| x.0), Some(Phrase::Pronoun));
    let p = Para::new("the ambassador said");
    assert_eq!(phrase(&p, 0, 3).map(|x| x.0), Some(Phrase::Role("ambassador".into())));
    let bare =
        ["a government spokesman", "a Government spokesman", "Government spokesman", "a spokesman for the government"];
    for text in ["the UN report released in February", "a spokesman", "Diplomats", "the"].iter().chain(&bare) {
        let p = Para::new(text);
        let got = phrase(&p, 0, p.toks.len()).map(|x| x.0);
        assert!(!matches!(got, Some(Phrase::Named(_))), "{text}: {got:?}");
    }
    let p = Para::new("US Ambassador Samantha Power also said");
    assert!(subject(&p, 0, 5).is_some());
    let p = Para::new("the UN report released in February confirmed");
    assert!(subject(&p, 0, 6).is_none());
    let p = Para::new("Miriam Okafor on Monday called");
    assert!(subject(&p, 0, 4).is_some());
    let p = Para::new("Miriam Okafor on arrival called");
    assert!(subject(&p, 0, 4).is_none());
    // An aside between commas: an apposition, a participle, "joined by".
    for text in [
        "Senator Joan Mercado, a Democrat from New Mexico, said",
        "Justice Paul Whitcomb, writing for the majority, said",
        "Chief Justice Allen Roth, joined by two colleagues, accused",
    ] {
        let p = Para::new(text);
        let verb = p.toks.len() - 1;
        assert!(matches!(subject(&p, 0, verb), Some(Phrase::Named(_))), "{text}");
    }
    // An organisation's last words are no name carved from it; "a spokeswoman" is nobody.
    let p = Para::new("A spokeswoman for the Irish Patients Association said");
    assert!(phrase(&p, 0, p.toks.len() - 1).is_none());
}

/// Each scan over the whole of `text`, from token `i`.
fn toks(text: &str) -> Para<'_> {
    Para::new(text)
}

#[test]
fn scans_return_what_they_consumed() {
    let p = toks("the ambassador");
    assert_eq!(scan_article(&p.toks, 0), (1, false));
    let p = toks("A spokesman");
    assert_eq!(scan_article(&p.toks, 0), (1, true));
    assert_eq!(scan_article(&p.toks, 1), (0, false));

    let p = toks("Mr Lee Hsien Loong");
    assert_eq!(scan_honorifics(&p.toks, 0, 4), 1);
    assert_eq!(scan_honorifics(&p.toks, 1, 4), 0);

    let p = toks("Chinese Qin Gang");
    assert_eq!(scan_state_prefix(&p, 0, 3), 1);
    // Too short to hold a member state and a name of two words.
    assert_eq!(scan_state_prefix(&p, 0, 2), 0);
    let p = toks("South Korean Kim Song");
    assert_eq!(scan_state_prefix(&p, 0, 4), 2);

    let p = toks("Vasily Orlov, 61, said");
    assert_eq!(scan_age(&p.toks, 2, p.toks.len()), 2);
    assert_eq!(scan_age(&p.toks, 0, p.toks.len()), 0);
    let p = toks("Orlov, 1961, said");
    assert_eq!(scan_age(&p.toks, 1, p.toks.len()), 0);

    // "professor | of international law | at Renmin University"
    let p = toks("professor of international law at Renmin University");
    assert_eq!(scan_field(&p.toks, 1, p.toks.len()), 3);
    let p = toks("professor of law");
    assert_eq!(scan_field(&p.toks, 1, p.toks.len()), 0);

    // "to the | United Nations Karen Holt": the last two words are the name.
    let p = toks("Ambassador to the United Nations Karen Holt");
    assert_eq!(scan_carved_name(&p.toks, (3, 7)), 2);
    let p = toks("spokeswoman for the Irish Patients Association");
    assert_eq!(scan_carved_name(&p.toks, (3, 6)), 0);
}

#[test]
fn references_take_one_token() {
    let p = toks("he said");
    assert_eq!(read_reference(&p.toks, 0), Some(Phrase::Pronoun));
    let p = toks("Roe, who said");
    assert_eq!(read_reference(&p.toks, 2), Some(Phrase::Relative));
    assert_eq!(read_reference(&p.toks, 0), None);
    assert_eq!(phrase(&p, 2, p.toks.len()).map(|x| x.1), Some(3));
}

#[test]
fn parties_and_bodies_named_with_a_state_or_a_small_word() {
    // A party named after its state's name, with no word "party", speaks for no state.
    let n = named("Chile Vamos senator Rodrigo Fuentes said");
    assert_eq!((n.role.as_deref(), n.affiliation.as_deref(), n.country), (Some("senator"), Some("Chile Vamos"), None));
    // After the state's adjective the party's family is the role's, and the state stays.
    let n = named("Swedish Green lawmaker Elin Berg said");
    assert_eq!(
        (n.role.as_deref(), n.affiliation.as_deref(), n.country),
        (Some("Green lawmaker"), Some("Swedish"), Some("SE"))
    );
    // A state body is the role's, and the state stays.
    let n = named("Japan Coast Guard spokesman Kenji Sato said");
    assert_eq!(n.country, Some("JP"));
    // "Our" and "on" inside an organisation's name.
    check("Maya Ortiz, a lawyer at Our Rivers Trust, said", "Maya Ortiz", Some("lawyer"), Some("Our Rivers Trust"));
    check("The Council on Public Records said", "Council on Public Records", None, None);
    check("The Board of Charities said", "Board of Charities", None, None);
}

#[test]
fn organisations_named_many_ways() {
    // A role noun inside an organisation's name, and a civil council after a state's adjective.
    check("The Danish Refugee Council said", "Danish Refugee Council", None, None);
    let n = named("The Russian Security Council said");
    assert_eq!((n.name.as_str(), n.country), ("Security Council", Some("RU")));
    // "and" inside an organisation's name before the role.
    check(
        "Transport and General Workers Union regional organiser Dave Clarke said",
        "Dave Clarke",
        Some("regional organiser"),
        Some("Transport and General Workers Union"),
    );
    // An acronym alone, a national branch, a descriptor before the name, "the" inside it.
    check("UNICEF said", "UNICEF", None, None);
    check("Amnesty International UK said", "Amnesty International UK", None, None);
    check("Campaign group Global Witness said", "Global Witness", None, None);
    check("Charity Save the Children told", "Save the Children", None, None);
    // Not an acronym before a noun.
    let p = Para::new("the UN report released in June");
    assert!(!matches!(phrase(&p, 0, p.toks.len()), Some((Phrase::Named(_), _))));
}

#[test]
fn titles_desks_and_branches() {
    check("Alderperson Rosa Diaz said", "Rosa Diaz", Some("Alderperson"), None);
    check("Triple jumper Ana Silva said", "Ana Silva", Some("Triple jumper"), None);
    check("Shadow health secretary Wes Brook said", "Wes Brook", Some("Shadow health secretary"), None);
    check("Ian Gray, convener of the Finance Committee, said", "Ian Gray", Some("convener"), Some("Finance Committee"));
    let n = named("French charg\u{e9} d'affaires Paul Roy told");
    assert_eq!((n.role.as_deref(), n.country), (Some("charg\u{e9} d'affaires"), Some("FR")));
    // An acronym in capitals is a name, not the pronoun.
    check("WHO Director-General Ana Ferraz said", "Ana Ferraz", Some("Director-General"), Some("WHO"));
    // A state before a desk's role, with an employer after it, is the beat.
    let n = named("Omar Aziz, Yemen analyst at the Crisis Group, said");
    assert_eq!(
        (n.role.as_deref(), n.affiliation.as_deref(), n.country),
        (Some("Yemen analyst"), Some("Crisis Group"), None)
    );
    // A national branch of an organisation speaks for no state; the state's organs do.
    let n = named("Ruth Kaye, policy director at Save the Children UK, said");
    assert_eq!((n.affiliation.as_deref(), n.country), (Some("Save the Children UK"), None));
    let n = named("Jane Roe, an official at the Embassy of Japan, said");
    assert_eq!(n.country, Some("JP"));
}

#[test]
fn a_party_before_an_elected_members_title() {
    check("Independent MP Ruth Carrington said", "Ruth Carrington", Some("MP"), Some("Independent"));
    check("Labour MP Nia Howells said", "Nia Howells", Some("MP"), Some("Labour"));
    // The place after the name is the constituency, not whom the member speaks for.
    check(
        "Republican Representative Curtis Vale of Medford said",
        "Curtis Vale",
        Some("Representative"),
        Some("Republican"),
    );
    // Lower case, "independent" is the role's own word.
    check("UN independent expert Hans Weber said", "Hans Weber", Some("independent expert"), Some("UN"));
}

#[test]
fn an_apposition_posted_to_an_organisation() {
    // Whom the envoy speaks for comes before the role; where she is posted, after it.
    check(
        "Lotte Vermeulen, the European Union ambassador to the United Nations in Geneva, said",
        "Lotte Vermeulen",
        Some("ambassador"),
        Some("European Union"),
    );
    // With no one before the role, the post is all the phrase gives.
    check(
        "Jan Berg, the ambassador to the United Nations, said",
        "Jan Berg",
        Some("ambassador"),
        Some("United Nations"),
    );
}

#[test]
fn an_organisations_national_branch_is_one_name() {
    check("Free TV Australia, which represents broadcasters, said", "Free TV Australia", None, None);
    check("Transparency International Australia said", "Transparency International Australia", None, None);
    assert_eq!(named("Free TV Australia said").country, None, "a branch speaks for no state");
}

#[test]
fn a_professions_order_speaks_for_no_state() {
    let n = named("Omar Idrissi, an engineer with the Moroccan Order of Architects, said");
    assert_eq!((n.affiliation.as_deref(), n.country), (Some("Moroccan Order of Architects"), None));
}

#[test]
fn a_partys_leader_in_a_chamber() {
    check("NDP House leader Marie Gagnon said", "Marie Gagnon", Some("House leader"), Some("NDP"));
    // A state's chamber stays with the state.
    check(
        "Georgia Senate Minority Leader Gloria Butler said",
        "Gloria Butler",
        Some("Minority Leader"),
        Some("Georgia Senate"),
    );
}

#[test]
fn a_home_town_is_no_affiliation() {
    check("Carlos Tapias, a fisherman from Puerto Wilches, said", "Carlos Tapias", Some("fisherman"), None);
    check("Denise Lyle, a pastor from Tucson who chaired it, said", "Denise Lyle", Some("pastor"), None);
    // An organisation after "from" is one, and so is a member state.
    check("Jan Doe, a lawmaker from the Civic Party, said", "Jan Doe", Some("lawmaker"), Some("Civic Party"));
    check(
        "Jan Doe, a researcher from Oxford University, said",
        "Jan Doe",
        Some("researcher"),
        Some("Oxford University"),
    );
    assert_eq!(named("Jan Doe, a diplomat from France, said").country, Some("FR"));
}

#[test]
fn trades_callings_and_a_students_year_are_roles() {
    check("Priya Rao, a junior at Enloe High School, said", "Priya Rao", Some("junior"), Some("Enloe High School"));
    check("Social Democrats TD Aoife Brennan said", "Aoife Brennan", Some("TD"), Some("Social Democrats"));
    check("Landammann Beat Zwicky said", "Beat Zwicky", Some("Landammann"), None);
}

#[test]
fn a_town_after_in_is_no_affiliation() {
    check("Nomsa Sithebe, a street trader in Braamfontein, said", "Nomsa Sithebe", Some("street trader"), None);
    check("shepherd Ioan Baciu said", "Ioan Baciu", Some("shepherd"), None);
}

#[test]
fn an_elected_members_constituency_is_no_affiliation() {
    check("Sen. Marisol Beck of Omaha said", "Marisol Beck", Some("Sen."), None);
    // A mayor's town is whom she speaks for; a party after "of" is an affiliation.
    check("Mayor Jane Roe of Springfield said", "Jane Roe", Some("Mayor"), Some("Springfield"));
    check("Senator John Doe of the Civic Party said", "John Doe", Some("Senator"), Some("Civic Party"));
}

#[test]
fn a_partys_standing_before_its_name() {
    check(
        "Agnes Kertesz, a lawmaker from the opposition Tisza Party, said",
        "Agnes Kertesz",
        Some("lawmaker"),
        Some("Tisza Party"),
    );
    check("Jan Doe, a lawmaker from the ruling Civic Party, said", "Jan Doe", Some("lawmaker"), Some("Civic Party"));
}
