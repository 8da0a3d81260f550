//! "Save chart": the chart in the form and theme on screen, as the SVG the build wrote beside the
//! page ([`atlas::chart_file`], drawn by `picture`, which the wasm does not carry), or as a PNG:
//! that SVG drawn onto a canvas at twice its size, as the card PNG is drawn from the card. Browser
//! only: called from click handlers.

use article_core::story::Division;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::address::{ChartView, Theme};
use crate::atlas::chart_file;
use crate::browser;

/// A saved PNG's pixels per SVG unit.
pub const PNG_SCALE: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

/// The theme the page shows: its root's computed `color-scheme` (set by the stylesheet from the
/// `theme` flag or the reader's system setting).
pub fn page_theme() -> Theme {
    let dark = web_sys::window().and_then(|w| {
        let root = w.document()?.document_element()?;
        let scheme = w.get_computed_style(&root).ok()??.get_property_value("color-scheme").ok()?;
        Some(scheme.trim() == "dark")
    });
    if dark == Some(true) {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// The name a saved chart gets: `vote-1-map.svg`, `vote-1-seats.png`.
pub fn saved_name(division: &Division, view: ChartView, format: Format) -> String {
    let extension = if format == Format::Png { "png" } else { "svg" };
    format!("{}-{}.{extension}", division.id, view.key())
}

/// Save `division` as drawn in `view`, in the page's theme.
pub fn save(division: &Division, view: ChartView, format: Format) {
    let file = chart_file(division, view, page_theme());
    let name = saved_name(division, view, format);
    match format {
        Format::Svg => browser::download(&file, &name),
        Format::Png => draw_png(&file, name),
    }
}

/// The SVG drawn onto a canvas once it has loaded as an image, then saved as PNG.
fn draw_png(svg_url: &str, name: String) {
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (loaded.natural_width() * PNG_SCALE, loaded.natural_height() * PNG_SCALE);
        let document = web_sys::window().and_then(|w| w.document());
        let Some(canvas) = document
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(w);
        canvas.set_height(h);
        let ctx = canvas.get_context("2d").ok().flatten();
        let Some(ctx) = ctx.and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) else { return };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, f64::from(w), f64::from(h));
        if let Ok(png) = canvas.to_data_url_with_type("image/png") {
            browser::download(&png, &name);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(svg_url);
}
