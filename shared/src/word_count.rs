//! Counting words the way a reader does, in any script. English and most scripts put spaces
//! between words; Khmer (like Thai, Lao and Burmese) does not, so a Khmer sentence is one long
//! run of letters and its words are found with a dictionary: ICU4X's on the server (feature
//! `segmenter`), the browser's `Intl.Segmenter` in the live counter. Both sides split the text
//! the same way first, so they differ only where the two dictionaries do.

/// Words in `text`, with the server's segmenter for runs in scripts written without spaces
/// (without the `segmenter` feature such a run counts as one word).
pub fn count(text: &str) -> usize {
    count_with(text, complex_run_words)
}

/// Words in `text`: pieces between spaces, zero-width spaces, slashes and dashes that hold a
/// letter or a digit count one each, except pieces in a script written without spaces, whose
/// words `segment` counts (at least one).
pub fn count_with(text: &str, segment: impl Fn(&str) -> usize) -> usize {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '—' | '–' | '\u{200B}'))
        .filter(|piece| piece.chars().any(char::is_alphanumeric))
        .map(|piece| {
            if piece.chars().any(is_unspaced_script) {
                segment(piece).max(1)
            } else {
                1
            }
        })
        .sum()
}

/// Letters of the scripts that do not put spaces between words: Thai, Lao, Myanmar, Khmer
/// (with its symbols block).
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'       // Thai, Lao
        | '\u{1000}'..='\u{109F}'     // Myanmar
        | '\u{1780}'..='\u{17FF}'     // Khmer
        | '\u{19E0}'..='\u{19FF}'     // Khmer symbols
        | '\u{AA60}'..='\u{AA7F}'     // Myanmar extended-A
    )
}

#[cfg(feature = "segmenter")]
fn complex_run_words(run: &str) -> usize {
    use icu_segmenter::WordSegmenter;
    use icu_segmenter::options::WordBreakInvariantOptions;
    use std::sync::OnceLock;
    static SEGMENTER: OnceLock<icu_segmenter::WordSegmenterBorrowed<'static>> = OnceLock::new();
    let segmenter = SEGMENTER
        .get_or_init(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()));
    segmenter
        .segment_str(run)
        .iter_with_word_type()
        .filter(|(_, kind)| kind.is_word_like())
        .count()
}

#[cfg(not(feature = "segmenter"))]
fn complex_run_words(_run: &str) -> usize {
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_scripts_count_pieces_between_spaces_and_marks() {
        assert_eq!(count(""), 0);
        assert_eq!(count("  one two\tthree\nfour  "), 4);
        assert_eq!(count("collections/services — and - training."), 4);
        assert_eq!(count("e-books, 24/7 access"), 4);
        assert_eq!(count("zero\u{200B}width"), 2);
    }

    /// "Our library needs a new reading room for its students." Nine words, written without a
    /// space, as Khmer is.
    const LIBRARY: &str = "បណ្ណាល័យរបស់យើងត្រូវការបន្ទប់អានថ្មីសម្រាប់និស្សិត។";

    #[test]
    fn khmer_words_are_found_without_spaces() {
        // បណ្ណាល័យ|របស់|យើង|ត្រូវការ|បន្ទប់|អាន|ថ្មី|សម្រាប់|និស្សិត
        assert_eq!(count(LIBRARY), 9);
        // Split at spaces only, the same sentence is one word: the minimum could never be met.
        assert_eq!(count_with(LIBRARY, |_| 1), 1);
        // Khmer punctuation (the full stop ។) is not a word.
        assert_eq!(count(LIBRARY), count(LIBRARY.trim_end_matches('។')));
    }

    #[test]
    fn a_khmer_need_of_fifty_words_meets_a_fifty_word_minimum() {
        // Sentences of a library director's need, each written as Khmer is (spaces between
        // phrases, none between words).
        let need = [
            "បណ្ណាល័យរបស់យើងត្រូវការបន្ទប់អានថ្មីសម្រាប់និស្សិត។",
            "យើងចង់រៀនពីរបៀបរៀបចំសៀវភៅ និងធនធានអេឡិចត្រូនិច។",
            "បុគ្គលិករបស់យើងត្រូវការការបណ្តុះបណ្តាលអំពីសេវាកម្មព័ត៌មាន។",
            "យើងសង្ឃឹមថាគ្រូបង្វឹកនឹងជួយយើងរៀបចំផែនការសម្រាប់ឆ្នាំក្រោយ។",
            "និស្សិតជាច្រើនមកបណ្ណាល័យរៀងរាល់ថ្ងៃ ប៉ុន្តែកន្លែងអង្គុយមិនគ្រប់គ្រាន់ទេ។",
            "យើងក៏ចង់ភ្ជាប់ទំនាក់ទំនងជាមួយបណ្ណាល័យនៅប្រទេសផ្សេងទៀតផងដែរ។",
        ]
        .join(" ");
        let words = count(&need);
        assert!(words >= 50, "the need counted {words} words");
        assert!(words <= 80, "the need counted {words} words");
        // A mixed text counts the English words too.
        assert_eq!(count(&format!("{LIBRARY} IATUL 2027")), count(LIBRARY) + 2);
    }

    #[test]
    fn other_unspaced_scripts_are_recognised() {
        assert!(is_unspaced_script('ក'));
        assert!(is_unspaced_script('ท'));
        assert!(!is_unspaced_script('a'));
        assert!(!is_unspaced_script('中'));
    }
}
