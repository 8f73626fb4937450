//! Is a camera in use? Any process holding a `/dev/video*` device open, as seen in /proc (Linux;
//! where there is no /proc, as on Windows and macOS, the answer is no).
//! Only asked when a prompt is due, never on a timer of its own.

use std::path::Path;

pub fn in_use() -> bool {
    in_use_under(Path::new("/proc"))
}

fn in_use_under(proc_root: &Path) -> bool {
    let Ok(processes) = std::fs::read_dir(proc_root) else {
        return false;
    };
    processes
        .flatten()
        .filter(|p| {
            p.file_name()
                .to_str()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        })
        .filter_map(|p| std::fs::read_dir(p.path().join("fd")).ok())
        .flat_map(|fds| fds.flatten())
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .any(|target| target.to_str().is_some_and(|t| t.starts_with("/dev/video")))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_process_holding_a_video_device_counts() {
        let root = tempfile::tempdir().unwrap();
        let fd = root.path().join("1234/fd");
        std::fs::create_dir_all(&fd).unwrap();
        std::os::unix::fs::symlink("/dev/null", fd.join("0")).unwrap();
        std::fs::create_dir_all(root.path().join("self-not-a-pid")).unwrap();
        assert!(!in_use_under(root.path()));
        std::os::unix::fs::symlink("/dev/video0", fd.join("7")).unwrap();
        assert!(in_use_under(root.path()));
    }
}
