//! Forms sent in place: the browser's own encoding and the pressed button, one send at a time,
//! and the answer (the next page, or the form's page with its errors) swapped in.

use super::*;

pub(super) fn on_submit(submit: &web_sys::SubmitEvent) {
    if submit.default_prevented() {
        return;
    }
    let Some(form) = submit
        .target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
    else {
        return;
    };
    let target = form.target();
    if !(target.is_empty() || target == "_self") {
        return;
    }
    let submitter = submit.submitter();
    let action = submitter
        .as_ref()
        .and_then(|s| s.get_attribute("formaction"))
        .unwrap_or_else(|| form.action());
    let Some(url) = page_url(&action).or_else(|| api_url(&action)) else {
        return;
    };
    submit.prevent_default();
    if form.has_attribute("data-pending") {
        return; // sent already: a second press sends nothing
    }
    let Ok(data) = web_sys::FormData::new_with_form(&form) else {
        let _ = form.submit();
        return;
    };
    let pressed = submitter.as_ref().and_then(|s| {
        let name = s.get_attribute("name").filter(|n| !n.is_empty())?;
        Some((name, s.get_attribute("value").unwrap_or_default()))
    });
    if let Some((name, value)) = &pressed {
        let _ = data.append_with_str(name, value);
    }
    if form.method().eq_ignore_ascii_case("get") {
        let Ok(query) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) else {
            return;
        };
        url.set_search(&String::from(query.to_string()));
        wasm_bindgen_futures::spawn_local(go(url.href(), Entry::Push));
        return;
    }
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    if form.enctype() == "multipart/form-data" {
        init.set_body(&data);
    } else {
        let Ok(fields) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) else {
            return;
        };
        init.set_body(&fields);
    }
    pending(&form, submitter.as_ref(), true);
    wasm_bindgen_futures::spawn_local(send(form, url.href(), init, pressed));
}

/// A server function's address on this site (`/api/...`), which a form posts to.
fn api_url(href: &str) -> Option<Url> {
    let location = web_sys::window()?.location();
    let url = Url::new_with_base(href, &location.href().ok()?).ok()?;
    (url.origin() == location.origin().ok()? && url.pathname().starts_with("/api/")).then_some(url)
}

/// Marks a form as being sent (or not any more): its buttons are busy and it sends nothing else.
fn pending(form: &HtmlFormElement, pressed: Option<&HtmlElement>, on: bool) {
    let _ = if on {
        form.set_attribute("data-pending", "")
    } else {
        form.remove_attribute("data-pending")
    };
    for button in all(
        form,
        "button[type=submit], button:not([type]), input[type=submit]",
    ) {
        let _ = if on {
            button.set_attribute("aria-disabled", "true")
        } else {
            button.remove_attribute("aria-disabled")
        };
    }
    if let Some(pressed) = pressed {
        let _ = if on {
            pressed.set_attribute("aria-busy", "true")
        } else {
            pressed.remove_attribute("aria-busy")
        };
    }
}

async fn send(
    form: HtmlFormElement,
    href: String,
    init: web_sys::RequestInit,
    pressed: Option<(String, String)>,
) {
    let n = LATEST.with(|l| l.get() + 1);
    LATEST.with(|l| l.set(n));
    remember_scroll();
    let here = web_sys::window().and_then(|w| w.location().href().ok());
    let Some(page) = fetch_page(&href, Some(init)).await else {
        // No answer that can be shown: send it as the browser would have.
        pending(&form, None, false);
        if let (Some((name, value)), Some(document)) = (pressed, document())
            && let Ok(input) = document.create_element("input")
        {
            let _ = input.set_attribute("type", "hidden");
            let _ = input.set_attribute("name", &name);
            let _ = input.set_attribute("value", &value);
            let _ = form.append_child(&input);
        }
        let _ = form.submit();
        return;
    };
    if LATEST.with(Cell::get) != n {
        return;
    }
    // A redirect means success (the next page); otherwise it is the form's page again, with
    // the address bar left on that page.
    let url = page.url;
    if swap(&page.html).is_none() {
        let next = if page.redirected { Some(url) } else { here };
        if let Some(next) = next {
            full_load(&next, Entry::Push);
        }
        return;
    }
    if page.redirected {
        let same_page = here
            .as_deref()
            .and_then(|h| Url::new(h).ok())
            .map(|h| h.pathname())
            == Url::new(&url).ok().map(|u| u.pathname());
        record(&url);
        if same_page {
            // Back on the same page (an entry added to a list): stay where the reader was.
            let _ = focus("main [role=status]") || focus("main h1");
        } else {
            scroll_to_start(&url);
        }
    } else {
        let summary = document().and_then(|d| d.query_selector(".error-summary").ok().flatten());
        match summary {
            Some(summary) => {
                focus(".error-summary");
                summary.scroll_into_view();
            }
            None => {
                focus("main h1");
            }
        }
    }
}
