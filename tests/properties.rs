//! Property tests: no input makes the config parser, the log reader or the request decoder
//! panic; each answers with a value or an error.

use proptest::prelude::*;
use std::io::Write;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_config_parser_never_panics(text in ".{0,400}") {
        let _ = deskbreak_config::parse(&text);
    }

    /// Near-valid configs reach the validation code, not just the TOML parser.
    #[test]
    fn near_valid_configs_never_panic(
        key in "(min_interval|max_interval|snooze|reminder_timeout|min_gap|days|hours|order|every|daily_target)",
        value in "(\"[0-9a-z:. -]{0,12}\"|[0-9]{1,12}|\\[\"[a-z0-9:-]{0,11}\"\\]|true)",
        table in "(schedule|prompts|categories.posture|water|relief|breaks)",
    ) {
        let _ = deskbreak_config::parse(&format!("[{table}]\n{key} = {value}\n"));
    }

    #[test]
    fn the_log_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acks.jsonl");
        std::fs::File::create(&path).unwrap().write_all(&bytes).unwrap();
        for record in deskbreak_store::acklog::read(&path).unwrap() {
            let _ = record;
        }
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let _ = deskbreak_store::acklog::day_counts(&path, date).unwrap();
    }

    #[test]
    fn the_request_decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = deskbreak_ipc::protocol::decode_request(&bytes);
    }

    #[test]
    fn json_shaped_requests_never_panic(
        cmd in "[a-z-]{0,10}",
        v in proptest::option::of(any::<i64>()),
        extra in "(|,\"seconds\":-?[0-9]{1,25}|,\"pause\":\\{\"until\":\\{\"time\":\"[0-9:]{0,9}\"\\}\\}|,\"glasses\":[0-9]{1,12})",
    ) {
        let v = v.map(|v| format!("\"v\":{v},")).unwrap_or_default();
        let line = format!("{{{v}\"cmd\":\"{cmd}\"{extra}}}");
        let _ = deskbreak_ipc::protocol::decode_request(line.as_bytes());
    }
}
