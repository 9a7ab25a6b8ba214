//! Search by words (`/search?q=...` and the library's box): what a person typed, turned into the
//! words to look for. Only letters, digits and the marks that belong to a word (Khmer vowel
//! signs, accents) make a word, so nothing typed ever reaches a database's query language as
//! syntax. Every word must match the start of a word in the text ("lib" finds "library").

use serde::{Deserialize, Serialize};

/// Most words taken from one query; the rest are ignored.
pub const MAX_WORDS: usize = 8;
/// Longest word kept, in characters (a longer one is cut).
pub const MAX_WORD: usize = 40;
/// Most characters of a query read at all.
pub const MAX_QUERY: usize = 200;

/// The words of a query, lower-cased, each once, in the order typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    pub words: Vec<String>,
}

/// Whether a character belongs inside a word: letters, digits, combining marks, and the
/// whole Khmer block but its punctuation.
fn in_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}')
        || (matches!(c, '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}')
            && !matches!(c, '\u{17D4}'..='\u{17DA}'))
}

/// The words of a text, lower-cased (how [`Query::matches`] reads the text searched).
fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

impl Query {
    pub fn parse(raw: &str) -> Query {
        let head: String = raw.chars().take(MAX_QUERY).collect();
        let mut words: Vec<String> = Vec::new();
        for word in words_of(&head) {
            let word: String = word.chars().take(MAX_WORD).collect();
            if !words.contains(&word) {
                words.push(word);
            }
            if words.len() == MAX_WORDS {
                break;
            }
        }
        Query { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words as typed back in the box.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }

    /// SQLite FTS5's query: every word as a quoted prefix (`"lib"* "plan"*`, all must match).
    /// The words hold no quote, so none can end its string early.
    pub fn fts5(&self) -> String {
        self.words
            .iter()
            .map(|w| format!("\"{w}\"*"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether every word starts a word of one of the texts: the rule the database follows,
    /// used where the set is small enough to read whole (the directory).
    pub fn matches(&self, texts: &[&str]) -> bool {
        let found: Vec<String> = texts.iter().flat_map(|t| words_of(t)).collect();
        self.words
            .iter()
            .all(|w| found.iter().any(|f| f.starts_with(w.as_str())))
    }
}

/// One thing found: what it is called, a line of it, where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    pub title: String,
    /// The start of its text (a summary, a story, a person's library and city).
    pub snippet: String,
    /// Where it shows: an area, a cohort, a role.
    pub context: String,
    pub href: String,
}

/// Most hits shown per kind.
pub const HITS_PER_KIND: usize = 20;

/// `/search?q=...`: what the words found, by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    /// The words searched for, as understood.
    pub words: String,
    pub library: Vec<Hit>,
    pub stories: Vec<Hit>,
    pub discussions: Vec<Hit>,
    pub people: Vec<Hit>,
}

impl SearchPage {
    pub fn is_empty(&self) -> bool {
        self.library.is_empty()
            && self.stories.is_empty()
            && self.discussions.is_empty()
            && self.people.is_empty()
    }
}

/// The first `max` characters of a text, on one line, cut at a word with "…".
pub fn snippet(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let at = cut.rfind(' ').filter(|i| *i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_cased_once_each_and_stripped_of_syntax() {
        let q = Query::parse("  Library \"planning\" OR library* NEAR(x) -- ; DROP TABLE");
        assert_eq!(
            q.words,
            ["library", "planning", "or", "near", "x", "drop", "table"]
        );
        assert_eq!(
            q.fts5(),
            "\"library\"* \"planning\"* \"or\"* \"near\"* \"x\"* \"drop\"* \"table\"*"
        );
        assert!(!q.fts5().contains("\"\""));
    }

    #[test]
    fn nothing_but_punctuation_is_an_empty_query() {
        assert!(Query::parse("  \"*()-:^ ").is_empty());
        assert_eq!(Query::parse("").fts5(), "");
    }

    #[test]
    fn khmer_words_keep_their_vowel_signs_and_split_at_khmer_punctuation() {
        let q = Query::parse("បណ្ណាល័យ។ សៀវភៅ");
        assert_eq!(q.words, ["បណ្ណាល័យ", "សៀវភៅ"]);
    }

    #[test]
    fn a_long_query_is_bounded() {
        let raw = "a ".repeat(500) + &"b".repeat(100) + " c d e f g h i j k";
        let q = Query::parse(&raw);
        assert_eq!(q.words, ["a"]);
        let q = Query::parse(&("x".repeat(100) + " b c d e f g h i j k"));
        assert_eq!(q.words.len(), MAX_WORDS);
        assert_eq!(q.words[0].chars().count(), MAX_WORD);
    }

    #[test]
    fn a_snippet_is_one_line_cut_at_a_word() {
        assert_eq!(snippet("Short\n text", 40), "Short text");
        assert_eq!(
            snippet("We opened the reading room at night", 20),
            "We opened the…"
        );
        assert_eq!(snippet(&"ក".repeat(30), 10), format!("{}…", "ក".repeat(10)));
    }

    #[test]
    fn every_word_must_start_a_word_of_the_text() {
        let q = Query::parse("lib plan");
        assert!(q.matches(&["Library space", "Planning a reading room"]));
        assert!(!q.matches(&["Library space"]));
        assert!(!Query::parse("brary").matches(&["Library"]));
        assert!(Query::parse("PHNOM").matches(&["Phnom Penh"]));
    }
}
