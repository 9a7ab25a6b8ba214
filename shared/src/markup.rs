//! The discussions' text format: paragraphs (a blank line between), lists (lines starting with
//! `- ` or `* `, or `1. `), emphasis (`*word*`, `**strong**`) and links (`[words](https://...)`
//! or a bare `https://...`). What it makes is a tree of plain values that pages render as
//! elements; nothing typed is ever treated as HTML, so `<script>` is just text, and a link is
//! only ever `http` or `https`.
//!
//! Mentions: `@` followed by a member's name ([`mentions`]).

use serde::{Deserialize, Serialize};

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    Emphasis(String),
    Strong(String),
    Link { text: String, href: String },
}

/// A paragraph or a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
    Numbered(Vec<Vec<Inline>>),
}

/// Most characters a post may hold.
pub const POST_MAX: usize = 8_000;

fn bullet(line: &str) -> Option<&str> {
    line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))
}

fn numbered(line: &str) -> Option<&str> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    line[digits..].strip_prefix(". ")
}

/// Reads a text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let flush = |lines: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if lines.is_empty() {
            return;
        }
        if lines.iter().all(|l| bullet(l).is_some()) {
            blocks.push(Block::Bullets(
                lines.iter().filter_map(|l| bullet(l)).map(inline).collect(),
            ));
        } else if lines.iter().all(|l| numbered(l).is_some()) {
            blocks.push(Block::Numbered(
                lines
                    .iter()
                    .filter_map(|l| numbered(l))
                    .map(inline)
                    .collect(),
            ));
        } else {
            blocks.push(Block::Paragraph(inline(&lines.join(" "))));
        }
        lines.clear();
    };
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut lines, &mut blocks);
            continue;
        }
        // A list starts a block of its own, even without a blank line before it.
        let starts_list = bullet(line).is_some() || numbered(line).is_some();
        let in_list = lines
            .first()
            .is_some_and(|l| bullet(l).is_some() || numbered(l).is_some());
        if !lines.is_empty() && starts_list != in_list {
            flush(&mut lines, &mut blocks);
        }
        lines.push(line);
    }
    flush(&mut lines, &mut blocks);
    blocks
}

/// A link's address, if it is one Tandem shows: `http` or `https`, no spaces or quotes.
fn web_address(raw: &str) -> Option<String> {
    let lower = raw.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && raw.len() > 8
        && raw.len() <= 2_000
        && !raw
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'));
    ok.then(|| raw.to_owned())
}

/// Reads one block's text into runs.
fn inline(text: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut plain = String::new();
    let push_plain = |plain: &mut String, out: &mut Vec<Inline>| {
        if !plain.is_empty() {
            out.push(Inline::Text(std::mem::take(plain)));
        }
    };
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // [words](https://...)
        if c == '['
            && let Some(close) = rest.find("](")
            && let Some(end) = rest[close + 2..].find(')')
        {
            let words = &rest[1..close];
            let href = &rest[close + 2..close + 2 + end];
            if !words.is_empty()
                && !words.contains('[')
                && let Some(href) = web_address(href)
            {
                push_plain(&mut plain, &mut out);
                out.push(Inline::Link {
                    text: words.to_owned(),
                    href,
                });
                rest = &rest[close + 3 + end..];
                continue;
            }
        }
        // A bare address, up to a space; a closing mark of the sentence stays outside it.
        if (rest.starts_with("https://") || rest.starts_with("http://"))
            && (plain.is_empty() || plain.ends_with(|c: char| c.is_whitespace() || c == '('))
        {
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let candidate = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            if let Some(href) = web_address(candidate) {
                push_plain(&mut plain, &mut out);
                out.push(Inline::Link {
                    text: href.clone(),
                    href,
                });
                rest = &rest[candidate.len()..];
                continue;
            }
        }
        // **strong** and *emphasis*, each within one block, never empty.
        let mut marked = false;
        for (mark, strong) in [("**", true), ("*", false), ("_", false)] {
            if rest.starts_with(mark)
                && !rest[mark.len()..].starts_with(' ')
                && let Some(end) = rest[mark.len()..].find(mark)
            {
                let inner = &rest[mark.len()..mark.len() + end];
                let word_start =
                    plain.is_empty() || plain.ends_with(|c: char| !c.is_alphanumeric());
                if !inner.is_empty() && !inner.ends_with(' ') && word_start {
                    push_plain(&mut plain, &mut out);
                    out.push(if strong {
                        Inline::Strong(inner.to_owned())
                    } else {
                        Inline::Emphasis(inner.to_owned())
                    });
                    rest = &rest[mark.len() * 2 + end..];
                    marked = true;
                    break;
                }
            }
        }
        if !marked {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    push_plain(&mut plain, &mut out);
    out
}

/// The members a text mentions: for each `@`, the longest of `names` that follows it (without
/// case) and ends at a word's end; two members of that same name are both told. Each person
/// once, in the order first mentioned.
pub fn mentions(text: &str, names: &[(i64, String)]) -> Vec<i64> {
    let lower = text.to_lowercase();
    let names: Vec<(i64, String)> = names
        .iter()
        .filter(|(_, n)| !n.trim().is_empty())
        .map(|(id, n)| (*id, n.to_lowercase()))
        .collect();
    let mut found = Vec::new();
    for (at, _) in lower.match_indices('@') {
        let after = &lower[at + 1..];
        let fits = |name: &str| {
            after.starts_with(name)
                && after[name.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        };
        let Some(longest) = names
            .iter()
            .filter(|(_, n)| fits(n))
            .map(|(_, n)| n.len())
            .max()
        else {
            continue;
        };
        for (id, _) in names.iter().filter(|(_, n)| n.len() == longest && fits(n)) {
            if !found.contains(id) {
                found.push(*id);
            }
        }
    }
    found
}

/// The text without its marks, for search and for notices.
pub fn plain(blocks: &[Block]) -> String {
    let runs = |runs: &[Inline]| {
        runs.iter()
            .map(|r| match r {
                Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) => t.clone(),
                Inline::Link { text, .. } => text.clone(),
            })
            .collect::<String>()
    };
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(r) => runs(r),
            Block::Bullets(items) | Block::Numbered(items) => {
                items.iter().map(|i| runs(i)).collect::<Vec<_>>().join("\n")
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests;
