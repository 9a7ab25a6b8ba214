use super::*;

fn text(s: &str) -> Inline {
    Inline::Text(s.into())
}

#[test]
fn paragraphs_and_lists() {
    let blocks = parse("First line\nsame paragraph.\n\nSecond.\n- one\n- two\n\n1. a\n2. b");
    assert_eq!(
        blocks,
        [
            Block::Paragraph(vec![text("First line same paragraph.")]),
            Block::Paragraph(vec![text("Second.")]),
            Block::Bullets(vec![vec![text("one")], vec![text("two")]]),
            Block::Numbered(vec![vec![text("a")], vec![text("b")]]),
        ]
    );
}

#[test]
fn markup_typed_is_text_and_never_html() {
    let blocks = parse("<script>alert(1)</script> <b>bold</b>");
    assert_eq!(
        blocks,
        [Block::Paragraph(vec![text(
            "<script>alert(1)</script> <b>bold</b>"
        )])]
    );
}

#[test]
fn links_are_web_addresses_only() {
    let blocks = parse(
        "See [the guide](https://example.org/g?a=1) or https://ifla.org/x. Not [this](javascript:alert(1)) nor [that](data:text/html,x).",
    );
    let Block::Paragraph(runs) = &blocks[0] else {
        panic!("a paragraph")
    };
    assert_eq!(
        runs[1],
        Inline::Link {
            text: "the guide".into(),
            href: "https://example.org/g?a=1".into()
        }
    );
    assert_eq!(
        runs[3],
        Inline::Link {
            text: "https://ifla.org/x".into(),
            href: "https://ifla.org/x".into()
        }
    );
    let hrefs: Vec<&str> = runs
        .iter()
        .filter_map(|r| match r {
            Inline::Link { href, .. } => Some(href.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(hrefs.len(), 2, "{runs:?}");
    assert!(
        plain(&blocks).contains("[this](javascript:alert(1))"),
        "shown as typed"
    );
    // A quote cannot end the address early.
    let b = parse("[x](https://a.org/\"onmouseover=alert(1))");
    assert!(!format!("{b:?}").contains("href"), "{b:?}");
}

#[test]
fn emphasis_and_strong() {
    assert_eq!(
        parse("a *good* and **great** day, 2*3*4 stays")[0],
        Block::Paragraph(vec![
            text("a "),
            Inline::Emphasis("good".into()),
            text(" and "),
            Inline::Strong("great".into()),
            text(" day, 2*3*4 stays"),
        ])
    );
    assert_eq!(
        parse("* not emphasis*")[0],
        Block::Bullets(vec![vec![text("not emphasis*")]])
    );
}

#[test]
fn mentions_find_the_longest_name_once() {
    let names = vec![
        (1, "Anna".to_owned()),
        (2, "Anna Keller".to_owned()),
        (3, "Sophea Chan".to_owned()),
        (4, "Dara".to_owned()),
    ];
    assert_eq!(
        mentions(
            "Thanks @anna keller and @Sophea Chan, @Anna Keller!",
            &names
        ),
        [2, 3]
    );
    assert_eq!(mentions("@Anna, see this", &names), [1]);
    assert_eq!(
        mentions("@Darael is someone else; mail dara@x.org", &names),
        Vec::<i64>::new()
    );
}
