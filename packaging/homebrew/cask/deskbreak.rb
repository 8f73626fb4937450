# Unverified: never installed, as this project has no Mac and no release yet. The url names the
# asset .github/workflows/release.yml uploads; the sha256 is a placeholder (64 zeros) until then.
# In a tap this file is Casks/deskbreak.rb. deskbreak.app comes from scripts/bundle-macos.
#
# Homebrew's maintainer guidelines say that software which builds to an .app belongs in a cask,
# not a formula: the formula (../deskbreak.rb) installs the command line tool, this cask the app,
# whose bundle identity (io.github.deskbreak.deskbreak) Notification Center needs.
cask "deskbreak" do
  version "0.1.0"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"

  url "https://github.com/deskbreak/deskbreak/releases/download/v#{version}/deskbreak-v#{version}-aarch64-apple-darwin.app.zip"
  name "deskbreak"
  desc "Posture, movement and hydration reminders for people who sit all day"
  homepage "https://github.com/deskbreak/deskbreak"

  # The release builds for Apple silicon only; the app's Info.plist asks for macOS 11 or later.
  # The formula ../deskbreak.rb links a `deskbreak` command too: install one of them.
  depends_on arch: :arm64

  app "deskbreak.app"
  binary "#{appdir}/deskbreak.app/Contents/MacOS/deskbreak"

  # `deskbreak autostart enable` writes this LaunchAgent (label "deskbreak").
  uninstall launchctl: "deskbreak",
            quit:      "io.github.deskbreak.deskbreak"

  zap trash: "~/Library/Application Support/deskbreak"
end
