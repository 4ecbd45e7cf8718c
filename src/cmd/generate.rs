//! `completions SHELL` and the hidden `generate completions|man`.

use crate::cli::generate::{CompletionsArgs, GenerateCommand};
use crate::error::CliResult;
use crate::generate;
use crate::term;

/// `completions`.
pub fn cmd_completions(a: CompletionsArgs) -> CliResult {
    term::write_stdout(&generate::completions(a.shell))?;
    Ok(())
}

/// `generate …`.
pub fn cmd_generate(c: GenerateCommand) -> CliResult {
    match c {
        GenerateCommand::Completions(a) => cmd_completions(a),
        GenerateCommand::Man(a) => {
            std::fs::create_dir_all(&a.dir)?;
            for (name, bytes) in generate::man_pages() {
                std::fs::write(a.dir.join(&name), bytes)?;
            }
            Ok(())
        }
    }
}
