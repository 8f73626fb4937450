//! A private D-Bus session bus, and `serve`, which puts a fake service on it. Needs no other
//! helper module.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A private `dbus-daemon` session bus.
pub struct Bus {
    child: Child,
    pub address: String,
}

impl Bus {
    pub fn start(dir: &Path) -> Bus {
        // A config of our own: no service activation, so that nothing installed on the machine
        // (a real notification daemon, say) joins the test.
        Bus::start_activating(dir, None)
    }

    /// A bus that starts the services described in `services` (`*.service` files) on demand,
    /// and only those.
    pub fn start_activating(dir: &Path, services: Option<&Path>) -> Bus {
        let config = dir.join("bus.conf");
        let servicedir = services
            .map(|s| format!("<servicedir>{}</servicedir>", s.display()))
            .unwrap_or_default();
        std::fs::write(
            &config,
            format!(
                "<busconfig><type>session</type><listen>unix:path={}</listen>{servicedir}\
                 <policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>\
                 <allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>",
                dir.join("bus").display()
            ),
        )
        .unwrap();
        let mut child = Command::new("dbus-daemon")
            .args(["--nofork", "--print-address=1"])
            .arg(format!("--config-file={}", config.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (apt-get install dbus-daemon)");
        let mut address = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        Bus {
            child,
            address: address.trim().to_string(),
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Serves `object` at `path` under the well-known `name` on the bus at `address`, from a
/// runtime of its own; the fakes of the test suite are made this way.
pub fn serve<I: zbus::object_server::Interface>(
    address: &str,
    name: &str,
    path: &str,
    object: I,
) -> (tokio::runtime::Runtime, zbus::Connection) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let connection = runtime.block_on(async {
        zbus::connection::Builder::address(address)
            .unwrap()
            .name(name)
            .unwrap()
            .serve_at(path, object)
            .unwrap()
            .build()
            .await
            .unwrap_or_else(|e| panic!("the fake {name} connects: {e}"))
    });
    (runtime, connection)
}
