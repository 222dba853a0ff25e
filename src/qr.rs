//! The terminal QR code that puts a new TOTP secret on a phone (`totp --new`).

use anyhow::Result;

/// `text` as a QR code drawn with Unicode half blocks in explicit colours, black modules on
/// a bright white background with the four-module quiet zone the standard asks for, so that
/// it scans the same on light and dark terminal themes. Each line sets its colours and
/// resets them at its end.
pub fn qr_text(text: &str) -> Result<String> {
    use qrcode::render::unicode::Dense1x2;
    let qr = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| anyhow::anyhow!("making the QR code: {e}"))?;
    let plain = qr
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Dark)
        .light_color(Dense1x2::Light)
        .quiet_zone(true)
        .build();
    let mut out = String::with_capacity(plain.len() * 2);
    for line in plain.lines() {
        out.push_str(QR_COLOURS);
        out.push_str(line);
        out.push_str(QR_RESET);
        out.push('\n');
    }
    Ok(out)
}

/// Black foreground on bright white background (SGR 30 and 107).
pub const QR_COLOURS: &str = "\x1b[30;107m";
/// Back to the terminal's colours.
pub const QR_RESET: &str = "\x1b[0m";

/// The columns a code from [`qr_text`] takes.
pub fn qr_width(qr: &str) -> usize {
    qr.lines().next().map_or(0, |l| {
        l.trim_start_matches(QR_COLOURS)
            .trim_end_matches(QR_RESET)
            .chars()
            .count()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_drawn() {
        let qr = qr_text("otpauth://totp/x?secret=ABC").expect("fits");
        assert!(qr.lines().count() > 10);
        // The modules and a quiet zone of 4 on each side, one column each.
        let modules = qrcode::QrCode::new("otpauth://totp/x?secret=ABC")
            .expect("fits")
            .width();
        assert_eq!(qr_width(&qr), modules + 8);
        assert!(
            qr.lines()
                .all(|l| l.starts_with(QR_COLOURS) && l.ends_with(QR_RESET))
        );
    }
}
