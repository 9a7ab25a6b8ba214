//! Small words that must agree with their numbers.

/// "1 partnership", "2 partnerships", "0 partnerships": `one` for exactly one, else `many`.
pub fn count(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a", "a and b", "a, b and c": items joined as a sentence lists them.
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_agrees_with_its_number() {
        assert_eq!(count(0u32, "partnership", "partnerships"), "0 partnerships");
        assert_eq!(count(1u32, "partnership", "partnerships"), "1 partnership");
        assert_eq!(count(2i64, "person", "people"), "2 people");
        assert_eq!(count(-1i32, "day", "days"), "-1 days");
    }

    #[test]
    fn a_list_reads_as_a_sentence() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(list(&items(&[])), "");
        assert_eq!(list(&items(&["a"])), "a");
        assert_eq!(list(&items(&["a", "b"])), "a and b");
        assert_eq!(list(&items(&["a", "b", "c"])), "a, b and c");
    }
}
