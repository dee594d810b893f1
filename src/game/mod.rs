use std::process::ExitCode;
pub fn run(_args: crate::cli::PlayArgs) -> ExitCode {
    eprintln!("the game is being built");
    ExitCode::FAILURE
}
