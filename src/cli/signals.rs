//! A signal during a write removes the temporary file, then ends the
//! process as the signal would have (issue 13, finding 7).
//!
//! The handler is signal-hook's self-pipe: the asynchronous handler only
//! writes a byte, and an ordinary thread does the work, so it may take the
//! lock of the in-flight registry ([`with_temp_files_removed`]). After the
//! temporary files are gone, the signal's default action runs again
//! (`emulate_default_handler`), so the parent sees the process killed by
//! that signal (a shell prints 130 after Ctrl-C), exactly as before.
//!
//! Installed only by the commands that write files (`export`,
//! `screenshot`), for the rest of the process. A signal the program was
//! started with ignored (`nohup` ignores SIGHUP, a script's `cmd &`
//! ignores SIGINT) stays ignored: catching it would end an export its user
//! meant to survive the terminal.

use crate::cli::CliError;
#[cfg(unix)]
use crate::export::write::with_temp_files_removed;
#[cfg(unix)]
use crate::signal::ignored;

/// The signals whose default action ends the process and that a user or
/// the system sends to stop a command.
#[cfg(unix)]
const ENDING: [i32; 7] = {
    use signal_hook::consts::signal::*;
    [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM]
};

/// Starts removing temporary files on signals; call before writing.
pub fn remove_temp_files_on_signal() -> Result<(), CliError> {
    #[cfg(unix)]
    {
        use signal_hook::iterator::Signals;
        use signal_hook::low_level::emulate_default_handler;
        let caught: Vec<i32> = ENDING.into_iter().filter(|&s| !ignored(s)).collect();
        let mut signals = Signals::new(&caught)
            .map_err(|e| CliError::data(format!("cannot handle signals: {e}")))?;
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                with_temp_files_removed(|| {
                    let _ = emulate_default_handler(signal);
                    // Only if the default action did not end the process.
                    std::process::exit(128 + signal)
                });
            }
        });
    }
    Ok(())
}
