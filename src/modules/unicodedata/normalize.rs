//! NFC / NFD / NFKC / NFKD as Unicode 14.0 defines them, with the unicode-normalization crate.
//! The crate follows a later Unicode version; it agrees with 14.0 on every character 14.0
//! assigns (normalization is stable), so the text is cut at characters 14.0 leaves unassigned
//! (starters with no mappings there, hence boundaries) and those are kept as they are.

use unicode_normalization::UnicodeNormalization;

/// A normalization form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
}

fn apply(form: Form, run: &str, out: &mut String) {
    match form {
        Form::Nfc => out.extend(run.nfc()),
        Form::Nfd => out.extend(run.nfd()),
        Form::Nfkc => out.extend(run.nfkc()),
        Form::Nfkd => out.extend(run.nfkd()),
    }
}

/// `text` in `form`.
pub fn normalize(form: Form, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if !crate::ucd::assigned(c) {
            apply(form, &text[start..i], &mut out);
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    apply(form, &text[start..], &mut out);
    out
}

/// Whether `text` is already in `form`.
pub fn is_normalized(form: Form, text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    // The crate's quick check knows characters 14.0 does not: trusted only without them.
    if !text.chars().all(crate::ucd::assigned) {
        return normalize(form, text) == text;
    }
    let quick = match form {
        Form::Nfc => unicode_normalization::is_nfc_quick(text.chars()),
        Form::Nfd => unicode_normalization::is_nfd_quick(text.chars()),
        Form::Nfkc => unicode_normalization::is_nfkc_quick(text.chars()),
        Form::Nfkd => unicode_normalization::is_nfkd_quick(text.chars()),
    };
    match quick {
        unicode_normalization::IsNormalized::Yes => true,
        unicode_normalization::IsNormalized::No => false,
        unicode_normalization::IsNormalized::Maybe => normalize(form, text) == text,
    }
}
