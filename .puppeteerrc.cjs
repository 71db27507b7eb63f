/** Never download a browser at install time: tests use the system Chromium / Firefox ESR. */
module.exports = { skipDownload: true };
