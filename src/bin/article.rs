//! `article PATH`: print the model of the article at PATH as JSON on stdout.
//!
//! Exit codes: 0 success; 1 the file cannot be read as an article (missing, a directory,
//! not UTF-8, empty); 2 wrong usage.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::{env, fs, io::Write, process::ExitCode};

    pub fn main() -> ExitCode {
        let args: Vec<String> = env::args().skip(1).collect();
        let path = match args.as_slice() {
            [flag] if flag == "-h" || flag == "--help" => {
                println!("usage: article PATH\nPrints the article model of the plain-text article at PATH as JSON.");
                return ExitCode::SUCCESS;
            }
            [path] => path,
            _ => {
                eprintln!("usage: article PATH");
                return ExitCode::from(2);
            }
        };
        match read_article(path) {
            Ok(text) => {
                let article = article_core::parse(&text);
                let json = serde_json::to_string_pretty(&article).expect("the model always serialises");
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
        if meta.is_dir() {
            return Err("is a directory, not an article file".into());
        }
        let bytes = fs::read(path).map_err(|e| e.to_string())?;
        let text = String::from_utf8(bytes)
            .map_err(|e| format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
        if text.trim().is_empty() {
            return Err("the file is empty".into());
        }
        Ok(text)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command-line interface is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
