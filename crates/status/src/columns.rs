//! Text in columns that line up in every language (a CJK character takes two terminal cells),
//! and the log's damaged lines in words.

use unicode_width::UnicodeWidthStr;

use deskbreak_core::logged::DamagedLines;
use deskbreak_i18n::fl;

/// `text` after spaces up to `width` terminal cells (a CJK character takes two): a column that
/// lines up in every language.
pub fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` before spaces up to `width` terminal cells.
pub fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// "2 damaged lines skipped (lines 7, 12)".
pub fn damaged_words(damaged: &DamagedLines) -> String {
    fl!("damaged-lines", count = damaged.count, lines = damaged.numbers())
}
