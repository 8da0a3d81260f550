//! Names made of more than their capitalised words: particles, "and", a civil body's word,
//! a sport's body named after its state.

use super::check;
use crate::speakers::{phrase, Phrase};
use crate::tokens::Para;

#[test]
fn a_particle_joins_a_places_name() {
    check(
        "Lanao del Sur Representative Amir Pangandaman said",
        "Amir Pangandaman",
        Some("Representative"),
        Some("Lanao del Sur"),
    );
    check("Rio de Janeiro Governor Cláudio Castro said", "Cláudio Castro", Some("Governor"), Some("Rio de Janeiro"));
}

#[test]
fn and_inside_an_organisations_name() {
    check("The University and College Union said", "University and College Union", None, None);
    check(
        "Amnesty International and Human Rights Watch said",
        "Amnesty International and Human Rights Watch",
        None,
        None,
    );
    // Two people are not one name.
    check("Samantha Power and Qin Gang said", "Samantha Power", None, None);
}

#[test]
fn a_civil_bodys_word_or_a_sport_before_a_state() {
    check("The Hungarian Helsinki Committee said", "Hungarian Helsinki Committee", None, None);
    let n = super::named("Swimming Australia chief executive Rohan Pettigrew said");
    assert_eq!(
        (n.role.as_deref(), n.affiliation.as_deref(), n.country),
        (Some("chief executive"), Some("Swimming Australia"), None)
    );
    // A title word before the state still is the role's.
    let n = super::named("Deputy U.S. Trade Representative Jane Roe said");
    assert_eq!((n.role.as_deref(), n.country), (Some("Deputy Trade Representative"), Some("US")));
}

#[test]
fn and_in_a_partys_or_a_ministrys_name() {
    check(
        "Freedom and Direct Democracy leader Ota Rybář said",
        "Ota Rybář",
        Some("leader"),
        Some("Freedom and Direct Democracy"),
    );
    check("The Ministry of SMEs and Startups said", "Ministry of SMEs and Startups", None, None);
    check("The Ministry of Trade and Industry said", "Ministry of Trade and Industry", None, None);
}

#[test]
fn an_indefinite_role_carves_no_name_from_its_employer() {
    // "A senior official at ..." names no one; the directorate's name is not the speaker's.
    let p = Para::new("A senior official at the Norwegian Offshore Directorate, who asked not to be named, said");
    assert!(phrase(&p, 0, p.toks.len()).is_none_or(|(ph, _)| !matches!(ph, Phrase::Named(_))));
    // A state's force named after it keeps its whole name.
    check("The Nigeria Police Force said", "Nigeria Police Force", None, None);
    check("U.S. Ambassador to the United Nations Karen Holt said", "Karen Holt", Some("Ambassador"), Some("U.S."));
}

#[test]
fn an_organisations_place_after_in_the() {
    check(
        "The Association of Foreign Residents in the Algarve said",
        "Association of Foreign Residents in the Algarve",
        None,
        None,
    );
}

#[test]
fn particles_in_names_and_parties() {
    check(
        "Plaid Cymru education spokesperson Heledd ap Rhys said",
        "Heledd ap Rhys",
        Some("education spokesperson"),
        Some("Plaid Cymru"),
    );
    check(
        "Unión por la Patria Senator María Laura Quintana said",
        "María Laura Quintana",
        Some("Senator"),
        Some("Unión por la Patria"),
    );
}

#[test]
fn callings_told_by_their_ending_and_title_words() {
    check(
        "Luciana Prado, a psychiatrist at the University of São Paulo, said",
        "Luciana Prado",
        Some("psychiatrist"),
        Some("University of São Paulo"),
    );
    check(
        "Britain's health attaché in Geneva, Philippa Rowe, said",
        "Philippa Rowe",
        Some("health attaché"),
        Some("Britain's"),
    );
    check("Copenhagen Lord Mayor Signe Abildgaard said", "Signe Abildgaard", Some("Lord Mayor"), Some("Copenhagen"));
    check("Federal Councillor Beatrice Imhof said", "Beatrice Imhof", Some("Federal Councillor"), None);
}

#[test]
fn ampersands_chambers_and_a_name_ending_in_its_state() {
    check("Scottish Land & Estates, which represents landowners, said", "Scottish Land & Estates", None, None);
    check(
        "Marks & Spencer chief executive Stuart Machin said",
        "Stuart Machin",
        Some("chief executive"),
        Some("Marks & Spencer"),
    );
    check("Fire and Emergency New Zealand said", "Fire and Emergency New Zealand", None, None);
    check("The Ghana Chamber of Mines said", "Ghana Chamber of Mines", None, None);
    check("The International Chamber of Shipping said", "International Chamber of Shipping", None, None);
}

#[test]
fn a_number_in_a_name_and_a_kind_before_an_employer() {
    check(
        "Brisbane 2032 chief executive Nadine Coulter said",
        "Nadine Coulter",
        Some("chief executive"),
        Some("Brisbane 2032"),
    );
    check(
        "Shane Dwyer, managing director of retailer Southern Sparks, said",
        "Shane Dwyer",
        Some("managing director"),
        Some("Southern Sparks"),
    );
}

#[test]
fn a_role_noun_after_an_organisations_of() {
    check("The National Association of Head Teachers said", "National Association of Head Teachers", None, None);
}

#[test]
fn an_employers_place_its_particles_and_a_partys_standing() {
    check(
        "Ornella Fabbri, a teacher at the Istituto Guido Reni in Bologna, said",
        "Ornella Fabbri",
        Some("teacher"),
        Some("Istituto Guido Reni"),
    );
    check(
        "Joseph Mwangi, director of the Coalition for Justice in East Africa, said",
        "Joseph Mwangi",
        Some("director"),
        Some("Coalition for Justice in East Africa"),
    );
    check(
        "Milagros Chávez, an economist at the Universidad del Pacífico, said",
        "Milagros Chávez",
        Some("economist"),
        Some("Universidad del Pacífico"),
    );
    check(
        "Harsha Gunasekara, a lawmaker from the main opposition Samagi Jana Balawegaya, said",
        "Harsha Gunasekara",
        Some("lawmaker"),
        Some("Samagi Jana Balawegaya"),
    );
}

#[test]
fn a_civil_body_named_after_its_states_adjective() {
    check("The Slovak Agricultural and Food Chamber said", "Slovak Agricultural and Food Chamber", None, None);
    check("The Spanish Confederation of Property Owners said", "Spanish Confederation of Property Owners", None, None);
}

#[test]
fn a_field_opened_by_a_capitalised_word_and_a_platform() {
    check(
        "Zuzana Hrubá, a lecturer in EU law at Comenius University, said",
        "Zuzana Hrubá",
        Some("lecturer"),
        Some("Comenius University"),
    );
    check("The Schiphol Residents' Platform said", "Schiphol Residents' Platform", None, None);
}

#[test]
fn a_demonym_is_no_calling() {
    check("Galician President Alfonso Rueda said", "Alfonso Rueda", Some("President"), Some("Galician"));
}
