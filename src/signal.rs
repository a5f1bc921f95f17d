//! What the process was started with, as far as signals go. Shared by the
//! CLI's write guard ([`crate::cli`]) and the TUI's handlers
//! ([`crate::tui::terminal`]): both leave a signal that was ignored at start
//! ignored, as shells expect (`nohup` ignores SIGHUP; a script's `cmd &`
//! ignores SIGINT).

/// Whether the process was started with `signal` ignored. Linux says so in
/// /proc/self/status (`SigIgn`, a hex mask with bit `signal - 1`); read
/// before any handler is installed. Elsewhere no signal counts as ignored.
pub fn ignored(signal: i32) -> bool {
    #[cfg(target_os = "linux")]
    {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let mask = status
            .lines()
            .find_map(|l| l.strip_prefix("SigIgn:"))
            .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
            .unwrap_or(0);
        (1..=64).contains(&signal) && mask & (1 << (signal - 1)) != 0
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = signal;
        false
    }
}
