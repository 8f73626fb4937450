# Unverified: not built by this project's CI; the url and sha256 are placeholders filled in at release.
# deskbreak is not published yet; CI type-checks it for macOS (clippy), but it was never built on a Mac.
#
# The command line tool only. Homebrew's maintainer guidelines put software that builds to an .app
# in a cask instead: deskbreak.app (its own identity in Notification Center, no Dock icon) is
# cask/deskbreak.rb. Both put a `deskbreak` command in Homebrew's bin: install one of them.
class Deskbreak < Formula
  desc "Posture, movement and hydration reminders for people who sit all day"
  homepage "https://github.com/deskbreak/deskbreak"
  url "https://github.com/deskbreak/deskbreak/archive/refs/tags/v0.1.0.tar.gz"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"
  license any_of: ["MIT", "Apache-2.0"]

  depends_on "rust" => :build

  def install
    system "cargo", "install", *std_cargo_args

    # `deskbreak completions SHELL` prints the script for bash, zsh or fish.
    generate_completions_from_executable(bin/"deskbreak", "completions")

    # `deskbreak man --out-dir DIR` writes deskbreak.1 and a deskbreak-*.1 page per subcommand.
    system bin/"deskbreak", "man", "--out-dir", buildpath/"man"
    man1.install Dir[buildpath/"man/*.1"]
  end

  service do
    run [opt_bin/"deskbreak", "run"]
    keep_alive false
    process_type :interactive
  end

  test do
    assert_match "deskbreak", shell_output("#{bin}/deskbreak --version")

    # `config check` needs an existing file: check the commented default config.
    (testpath/"config.toml").write shell_output("#{bin}/deskbreak config default")
    assert_equal "OK\n", shell_output("#{bin}/deskbreak config check #{testpath}/config.toml")
  end
end
