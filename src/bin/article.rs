//! `article [--story] PATH`: print the model of the article at PATH as JSON on stdout; with
//! `--story`, the story the page is built from: the article joined with the project's vote data
//! (each vote as drawn, with the roll call it joined or why none did).
//!
//! PATH must be a regular file (not a directory, device, FIFO or socket) of at most 20 MB
//! (`MAX_BYTES`); the size is checked before reading and the read itself is capped, so
//! `/dev/zero` or a file that grows while it is read cannot exhaust memory or hang the command.
//!
//! Exit codes: 0 success; 1 the file cannot be read as an article (missing, not a regular file,
//! larger than 20 MB, not UTF-8, empty); 2 wrong usage.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::{
        env,
        fs::{self, File},
        io::{Read, Write},
        process::ExitCode,
    };

    /// The largest article file read: 20 MB (20 × 1024 × 1024 bytes).
    const MAX_BYTES: u64 = 20 * 1024 * 1024;

    const USAGE: &str = "usage: article [--story] PATH";
    const HELP: &str = "usage: article [--story] PATH\n\
        Prints the article model of the plain-text article at PATH as JSON; with --story, the\n\
        story the page is built from, joined with the project's vote data in data/.\n\
        PATH must be a regular file of UTF-8 text, at most 20 MB (20971520 bytes).\n\
        Exit status: 0 success, 1 the file cannot be read as an article, 2 wrong usage.";

    pub fn main() -> ExitCode {
        let args: Vec<String> = env::args().skip(1).collect();
        let (story, path) = match args.as_slice() {
            [flag] if flag == "-h" || flag == "--help" => {
                println!("{HELP}");
                return ExitCode::SUCCESS;
            }
            [path] => (false, path),
            [flag, path] if flag == "--story" => (true, path),
            _ => {
                eprintln!("{USAGE} (article --help for more)");
                return ExitCode::from(2);
            }
        };
        match read_article(path) {
            Ok(text) => {
                let json = if story {
                    serde_json::to_string_pretty(&article_viewer::library::story(&text))
                } else {
                    serde_json::to_string_pretty(&article_core::parse(&text))
                };
                let json = json.expect("the model always serialises");
                let mut out = std::io::stdout().lock();
                // A closed pipe (e.g. `| head`) is not an error worth a panic.
                let _ = writeln!(out, "{json}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("article: {path}: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn read_article(path: &str) -> Result<String, String> {
        let meta = fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        })?;
        // Before opening: opening a FIFO would block until something writes to it.
        check(&meta)?;
        let file = File::open(path).map_err(|e| e.to_string())?;
        // The file opened may not be the one looked at: look again, at the open file.
        check(&file.metadata().map_err(|e| e.to_string())?)?;
        let mut bytes = Vec::new();
        file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(too_large());
        }
        let text = String::from_utf8(bytes)
            .map_err(|e| format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
        if text.trim().is_empty() {
            return Err("the file is empty".into());
        }
        Ok(text)
    }

    /// A regular file within the size limit.
    fn check(meta: &fs::Metadata) -> Result<(), String> {
        if meta.is_dir() {
            return Err("is a directory, not an article file".into());
        }
        if !meta.is_file() {
            return Err("is not a regular file (a device, FIFO or socket?); give the path of an article file".into());
        }
        if meta.len() > MAX_BYTES {
            return Err(format!("{} (it is {} bytes)", too_large(), meta.len()));
        }
        Ok(())
    }

    fn too_large() -> String {
        format!("is larger than the 20 MB limit ({MAX_BYTES} bytes) for an article file")
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command-line interface is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
