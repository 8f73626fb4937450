//! Windows: the user a process runs as (its token's SID). It names the control pipe, and the pipe's
//! two ends check each other with it. Here, below `ipc`, because `paths` may import nothing.

use std::io;
use std::ptr;
use std::sync::OnceLock;
use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, LocalFree};
use windows_sys::Win32::Security::Authorization::ConvertSidToStringSidW;
use windows_sys::Win32::Security::{GetLengthSid, GetTokenInformation, TOKEN_QUERY, TOKEN_USER, TokenUser};
use windows_sys::Win32::System::Threading::{
    GetCurrentProcess, OpenProcess, OpenProcessToken, PROCESS_QUERY_LIMITED_INFORMATION,
};

/// Our own user's SID, as bytes: asked of the system once, not for every client.
pub fn ours() -> io::Result<&'static [u8]> {
    static OURS: OnceLock<Vec<u8>> = OnceLock::new();
    if let Some(sid) = OURS.get() {
        return Ok(sid);
    }
    let sid = process_user(unsafe { GetCurrentProcess() })?;
    Ok(OURS.get_or_init(|| sid))
}

/// The SID of the user that process `pid` runs as. Needs only the right to query it, which a
/// user has over another user's process unless that process's own DACL forbids it.
pub fn of_process(pid: u32) -> io::Result<Vec<u8>> {
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return Err(io::Error::last_os_error());
    }
    let sid = process_user(process);
    unsafe { CloseHandle(process) };
    sid
}

/// Whether two SIDs, as [`ours`] and [`of_process`] give them, name the same user. Both are the
/// SID's exact bytes (`GetLengthSid` long), so this is what `EqualSid` compares.
pub fn same(ours: &[u8], theirs: &[u8]) -> bool {
    ours == theirs
}

/// A SID in its `S-1-5-21-...` form, as SDDL and `whoami /user` write it.
pub fn to_string(sid: &[u8]) -> io::Result<String> {
    let mut text: windows_sys::core::PWSTR = ptr::null_mut();
    if unsafe { ConvertSidToStringSidW(sid.as_ptr().cast_mut().cast(), &mut text) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let len = (0..).take_while(|&i| unsafe { *text.add(i) } != 0).count();
    let string = String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(text, len) });
    unsafe { LocalFree(text.cast()) };
    Ok(string)
}

/// The SID of the user `process` runs as, as bytes.
fn process_user(process: HANDLE) -> io::Result<Vec<u8>> {
    let mut token: HANDLE = ptr::null_mut();
    if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let sid = token_user(token);
    unsafe { CloseHandle(token) };
    sid
}

fn token_user(token: HANDLE) -> io::Result<Vec<u8>> {
    let mut len = 0u32;
    // The first call only says how much room the answer needs.
    unsafe { GetTokenInformation(token, TokenUser, ptr::null_mut(), 0, &mut len) };
    // u64s, so that the TOKEN_USER at its start is aligned.
    let mut buffer = vec![0u64; usize::try_from(len).unwrap_or(0).div_ceil(8).max(1)];
    if unsafe { GetTokenInformation(token, TokenUser, buffer.as_mut_ptr().cast(), len, &mut len) } == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the call succeeded, so the buffer starts with a TOKEN_USER whose SID points into it.
    let sid = unsafe { (*buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid };
    let sid_len = usize::try_from(unsafe { GetLengthSid(sid) }).unwrap_or(0);
    Ok(unsafe { std::slice::from_raw_parts(sid.cast::<u8>(), sid_len) }.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// S-1-5-21-1-2-3-1001: revision 1, 5 sub-authorities, authority 5 (NT), little-endian parts.
    fn sid(rid: u32) -> Vec<u8> {
        let mut bytes = vec![1, 5, 0, 0, 0, 0, 0, 5];
        for part in [21, 1, 2, 3, rid] {
            bytes.extend(u32::to_le_bytes(part));
        }
        bytes
    }

    #[test]
    fn a_sid_is_written_as_windows_writes_it() {
        assert_eq!(to_string(&sid(1001)).unwrap(), "S-1-5-21-1-2-3-1001");
    }

    #[test]
    fn only_the_same_sid_is_the_same_user() {
        assert!(same(&sid(1001), &sid(1001)));
        assert!(!same(&sid(1001), &sid(1002)), "another user of the same machine");
        assert!(!same(&sid(1001), &sid(1001)[..20]), "a shorter SID");
    }

    #[test]
    fn our_sid_is_a_user_sid_that_reads_back() {
        let ours = ours().unwrap();
        assert!(to_string(ours).unwrap().starts_with("S-1-5-"), "{:?}", to_string(ours));
        assert!(same(ours, &of_process(std::process::id()).unwrap()));
    }
}
