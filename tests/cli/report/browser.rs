//! The HTML report in a real browser: headless Chromium dumps its DOM, takes a screenshot and
//! prints it to PDF.

use super::{have, report_env};

/// Runs headless chromium with `args` on `page`, killing it after a minute.
fn run_chromium(dir: &std::path::Path, args: &[String], page: &std::path::Path) -> Vec<u8> {
    let mut child = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut out).unwrap();
        out
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {args:?} failed: {status}");
            break;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium {args:?} did not finish within a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    reader.join().unwrap()
}

#[test]
fn the_html_report_renders_in_a_real_browser() {
    if !have("chromium") {
        return;
    }
    let env = report_env();
    let page = env.path().join("report.html");
    std::fs::write(&page, env.ok(&["report", "html"])).unwrap();

    let dom = String::from_utf8(run_chromium(env.path(), &["--dump-dom".to_owned()], &page)).unwrap();
    for expected in [
        "<tr data-holder=\"role er_admin\">",
        "data-scope=\"write_lab_results\" title=\"role er_admin holds write_lab_results (phi)",
        "<td class=\"h s-none dep broad\" data-scope=\"read_all_data\"",
        "<g class=\"sunset past\" data-scope=\"read_all_data\">",
        "<g class=\"sunset soon\" data-scope=\"read_notes\">",
        "<section id=\"phi\">",
        "No audit data",
    ] {
        assert!(dom.contains(expected), "the DOM lacks {expected}:\n{dom}");
    }
    assert!(!dom.contains("<b>\"urgent\"") && dom.contains("&lt;b&gt;"), "user text became markup");

    let shot = env.path().join("shot.png");
    run_chromium(env.path(), &[format!("--screenshot={}", shot.display()), "--window-size=1400,900".to_owned()], &page);
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1400, 900));
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let colours: std::collections::HashSet<&[u8]> = pixels.iter().map(|p| &p[..3]).collect();
    let non_white = pixels.iter().filter(|p| p[..3] != [255, 255, 255]).count();
    // The PHI colour (#a50f15) fills the heatmap's held cells and the group header.
    let phi = pixels.iter().filter(|p| p[..3] == [0xa5, 0x0f, 0x15]).count();
    assert!(colours.len() > 50, "only {} colours: a blank page?", colours.len());
    assert!(non_white > pixels.len() / 20, "only {non_white} of {} pixels are not white", pixels.len());
    assert!(phi > 500, "only {phi} pixels in the PHI colour: no heatmap?");

    // Paper: the print style sheet lays it out on pages.
    let pdf = env.path().join("report.pdf");
    run_chromium(
        env.path(),
        &[format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer".to_owned()],
        &page,
    );
    let pdf = std::fs::read(&pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF-") && pdf.len() > 10_000, "{} bytes of PDF", pdf.len());
}
