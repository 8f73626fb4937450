//! Windows: deskbreak's own AppUserModelID, registered for this user the way Microsoft documents
//! for unpackaged apps (`HKCU\Software\Classes\AppUserModelId\<id>`, with `DisplayName` and
//! `IconUri`), so that its toasts carry its name and icon and have their own entry in the
//! notification settings. The installer registers it too, and its Start-menu shortcut carries
//! the same id; a zip or `cargo install` copy registers it when the daemon starts and on
//! `autostart enable`.

use std::io;
use std::path::{Path, PathBuf};
use std::ptr;
use windows_sys::Win32::Foundation::ERROR_SUCCESS;
use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, REG_SZ, RRF_RT_REG_SZ, RegGetValueW, RegSetKeyValueW};

/// The id: `Company.Product`, as Microsoft recommends; no spaces.
pub const APP_ID: &str = "deskbreak.deskbreak";
const NAME: &str = "deskbreak";
/// The icon the installer puts beside the programs; a copy is written for other installs.
const ICON_FILE: &str = "deskbreak.ico";
const ICON: &[u8] = include_bytes!("../../../packaging/windows/deskbreak.ico");

/// What `register` found.
#[derive(Debug, PartialEq, Eq)]
pub enum Registered {
    /// The id was already registered with this name and icon.
    Already,
    /// Written now; the key's path.
    Now(String),
}

fn key() -> String {
    format!(r"Software\Classes\AppUserModelId\{APP_ID}")
}

/// Registers the id with deskbreak's name and icon, unless it already is. The icon is the
/// installed one beside this program, or else a copy written to `cache_dir`.
pub fn register(cache_dir: &Path) -> io::Result<Registered> {
    let icon = icon_path(cache_dir)?;
    let icon = icon
        .to_str()
        .ok_or_else(|| io::Error::other(format!("{} is not valid Unicode", icon.display())))?;
    let key = key();
    if read(&key, "DisplayName").as_deref() == Some(NAME) && read(&key, "IconUri").as_deref() == Some(icon) {
        return Ok(Registered::Already);
    }
    write(&key, "DisplayName", NAME)?;
    write(&key, "IconUri", icon)?;
    Ok(Registered::Now(format!(r"HKEY_CURRENT_USER\{key}")))
}

fn icon_path(cache_dir: &Path) -> io::Result<PathBuf> {
    let installed = std::env::current_exe()?.with_file_name(ICON_FILE);
    if installed.is_file() {
        return Ok(installed);
    }
    let copy = cache_dir.join(ICON_FILE);
    if std::fs::read(&copy).ok().as_deref() != Some(ICON) {
        std::fs::create_dir_all(cache_dir)?;
        std::fs::write(&copy, ICON)?;
    }
    Ok(copy)
}

fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain(Some(0)).collect()
}

/// A string value under HKEY_CURRENT_USER, if it is there.
fn read(key: &str, value: &str) -> Option<String> {
    let (key, value) = (wide(key), wide(value));
    let mut buf = vec![0u16; 1024];
    let mut bytes = u32::try_from(buf.len() * 2).ok()?;
    // SAFETY: NUL-terminated names; `buf` holds `bytes` bytes, and RegGetValueW NUL-terminates.
    let status = unsafe {
        RegGetValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            value.as_ptr(),
            RRF_RT_REG_SZ,
            ptr::null_mut(),
            buf.as_mut_ptr().cast(),
            &mut bytes,
        )
    };
    if status != ERROR_SUCCESS {
        return None;
    }
    buf.truncate(usize::try_from(bytes).ok()? / 2);
    let end = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    String::from_utf16(&buf[..end]).ok()
}

fn write(key: &str, value: &str, data: &str) -> io::Result<()> {
    let data = wide(data);
    let bytes = u32::try_from(data.len() * 2).map_err(io::Error::other)?;
    let (key, value) = (wide(key), wide(value));
    // SAFETY: NUL-terminated names and a NUL-terminated REG_SZ of `bytes` bytes.
    let status = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            value.as_ptr(),
            REG_SZ,
            data.as_ptr().cast(),
            bytes,
        )
    };
    if status == ERROR_SUCCESS {
        Ok(())
    } else {
        Err(io::Error::from_raw_os_error(i32::try_from(status).unwrap_or(i32::MAX)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_the_name_and_an_icon_once_and_reads_them_back() {
        let cache = tempfile::tempdir().unwrap();
        let first = register(cache.path()).unwrap();
        let key = key();
        assert_eq!(read(&key, "DisplayName").as_deref(), Some("deskbreak"));
        let icon = read(&key, "IconUri").unwrap();
        assert_eq!(std::fs::read(&icon).unwrap(), ICON, "the icon at {icon}");
        assert!(matches!(first, Registered::Now(_) | Registered::Already), "{first:?}");
        assert_eq!(register(cache.path()).unwrap(), Registered::Already);
    }
}
