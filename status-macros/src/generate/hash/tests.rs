use super::{find_key_hash, key_slot};

fn slots_of(names: &[&str]) -> Option<Vec<usize>> {
    let hash = find_key_hash(names)?;
    Some(
        names
            .iter()
            .map(|name| key_slot(hash, name.as_bytes()))
            .collect(),
    )
}

#[test]
fn names_that_agree_on_first_last_and_length_get_a_third_byte() {
    let names = ["Invalidtoken", "InvalidToken", "Locked", "Waiting", "A"];
    let slots = slots_of(&names).expect("a perfect hash");
    let mut distinct = slots.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), names.len(), "{slots:?}");
}

#[test]
fn names_that_differ_only_past_the_probes_fall_back() {
    assert_eq!(slots_of(&["Axxxxxxxxxz", "Axxxxxxxxyz"]), None);
    assert!(slots_of(&["Abc", "Abd", "Xyz"]).is_some());
}
