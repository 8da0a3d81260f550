//! The page's security policy, written once: the build step puts it in every page's
//! `<meta http-equiv="Content-Security-Policy">` and in `dist/_headers`, and the browser tests read
//! it from there.

/// The Content-Security-Policy of the `<meta>`: no inline script or style, nothing from another
/// origin, the wasm allowed to compile.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// Who may frame the pages. Browsers ignore `frame-ancestors` in a `<meta>`, so only the header
/// has it: any site may embed the viewer (that is what it is for).
pub const FRAME_ANCESTORS: &str = "frame-ancestors *";

/// The policy as an HTTP header.
pub fn csp_header() -> String {
    format!("{CSP}; {FRAME_ANCESTORS}")
}

/// `dist/_headers`, for static hosts that read one (Netlify, Cloudflare Pages).
pub fn headers_file() -> String {
    format!(
        "# Security and caching headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).\n\
         # Written by the build from src/policy.rs; the README's Deploying section has nginx and Caddy equivalents.\n\
         /*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  \
         Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()\n\
         /*.wasm\n  Content-Type: application/wasm\n\
         # The hashed embed loader (embed-<sha384 prefix>.js): host pages load it with integrity=\"sha384-…\"\n\
         # crossorigin=\"anonymous\", which needs CORS; its name changes with its content, so it never goes stale.\n\
         /embed-*.js\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable\n",
        csp_header()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_forbids_inline_code_and_other_origins() {
        assert!(!CSP.contains("unsafe-inline") && !CSP.contains("'unsafe-eval'") && !CSP.contains('*'));
        assert!(CSP.contains("default-src 'none'") && CSP.contains("form-action 'none'"));
        assert!(!CSP.contains("frame-ancestors"), "ignored in a meta element");
        let headers = headers_file();
        assert!(headers.contains(&format!("Content-Security-Policy: {CSP}; frame-ancestors *\n")));
        assert!(headers.contains("Permissions-Policy:") && headers.contains("X-Content-Type-Options: nosniff"));
    }
}
