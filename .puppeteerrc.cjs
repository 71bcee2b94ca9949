// MindLabel uses the system Chromium (Debian's `chromium`); puppeteer must never download a browser.
module.exports = { skipDownload: true };
