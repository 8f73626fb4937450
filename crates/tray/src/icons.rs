//! The three tray icons, drawn in code as ARGB32 pixmaps: waiting (a clock), prompt pending
//! (an exclamation mark), paused (two bars), each a white glyph on a coloured disc.

use std::sync::LazyLock;

use deskbreak_core::model::State;

/// The sizes offered; panels pick the nearest and scale.
const SIZES: [u32; 2] = [24, 48];

/// One square icon: ARGB32, four bytes per pixel, alpha first (network byte order, as the
/// StatusNotifierItem `IconPixmap` property wants).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pixmap {
    pub size: u32,
    pub argb: Vec<u8>,
}

/// What the icon tells at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Waiting,
    Pending,
    Paused,
}

impl Look {
    pub fn of(state: State) -> Look {
        match state {
            State::Pending => Look::Pending,
            State::Paused => Look::Paused,
            State::Waiting | State::Snoozed | State::Inactive => Look::Waiting,
        }
    }
}

/// A rectangle in unit coordinates: x0, y0, x1, y1 within [0, 1].
type Rect = [f32; 4];

struct Design {
    disc: [u8; 3],
    glyph: &'static [Rect],
}

const WAITING: Design = Design {
    disc: [0x2a, 0x9d, 0x8f],
    glyph: &[[0.45, 0.20, 0.55, 0.55], [0.45, 0.45, 0.75, 0.55]],
};
const PENDING: Design = Design {
    disc: [0xe7, 0x6f, 0x51],
    glyph: &[[0.43, 0.17, 0.57, 0.60], [0.43, 0.68, 0.57, 0.82]],
};
const PAUSED: Design = Design {
    disc: [0x8d, 0x99, 0xae],
    glyph: &[[0.31, 0.27, 0.44, 0.73], [0.56, 0.27, 0.69, 0.73]],
};

static ICONS: LazyLock<[Vec<Pixmap>; 3]> =
    LazyLock::new(|| [&WAITING, &PENDING, &PAUSED].map(|d| SIZES.iter().map(|&s| draw(d, s)).collect()));

/// The icon for `look`, in every offered size.
pub fn pixmaps(look: Look) -> &'static [Pixmap] {
    let index = match look {
        Look::Waiting => 0,
        Look::Pending => 1,
        Look::Paused => 2,
    };
    &ICONS[index]
}

/// Samples per pixel side, for smooth edges.
const SUB: u32 = 4;

fn draw(design: &Design, size: u32) -> Pixmap {
    let mut argb = Vec::with_capacity((size * size * 4) as usize);
    let n = (size * SUB) as f32;
    for py in 0..size {
        for px in 0..size {
            let (mut disc, mut glyph) = (0u32, 0u32);
            for sy in 0..SUB {
                for sx in 0..SUB {
                    let x = ((px * SUB + sx) as f32 + 0.5) / n;
                    let y = ((py * SUB + sy) as f32 + 0.5) / n;
                    if (x - 0.5).powi(2) + (y - 0.5).powi(2) <= 0.47f32.powi(2) {
                        disc += 1;
                        if design
                            .glyph
                            .iter()
                            .any(|r| x >= r[0] && x < r[2] && y >= r[1] && y < r[3])
                        {
                            glyph += 1;
                        }
                    }
                }
            }
            // Both are weighted means of values up to 255 (the share of samples in the disc, and the
            // disc's colour blended towards white by the share of glyph samples): they fit a u8.
            let channel = |v: u32| u8::try_from(v).unwrap_or(u8::MAX);
            let alpha = channel(disc * 255 / (SUB * SUB));
            let mix = |c: u8| {
                let c = u32::from(c);
                channel((c * (disc - glyph) + 255 * glyph).checked_div(disc).unwrap_or(0))
            };
            argb.extend([alpha, mix(design.disc[0]), mix(design.disc[1]), mix(design.disc[2])]);
        }
    }
    Pixmap { size, argb }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_distinct_icons_in_each_size() {
        let all: Vec<&[Pixmap]> = [Look::Waiting, Look::Pending, Look::Paused].map(pixmaps).to_vec();
        for icons in &all {
            for (icon, size) in icons.iter().zip(SIZES) {
                assert_eq!(icon.argb.len(), (size * size * 4) as usize);
                let corner = &icon.argb[..4];
                assert_eq!(corner[0], 0, "outside the disc is transparent");
                let centre = ((size / 2) * size + size / 2) as usize * 4;
                assert_eq!(icon.argb[centre], 255, "the centre is opaque");
            }
        }
        assert!(all[0] != all[1] && all[1] != all[2] && all[0] != all[2]);
    }
}
