namespace AntiCor.Browser.Tests.Support;

/// <summary>The Debian chromium the tests drive; Playwright's own browser downloads are not available here.</summary>
public static class Chromium
{
    public const string PathVariable = "ANTICOR_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>The browser's path; a missing browser fails the run instead of skipping it.</summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium not found at '{path}'. Install it (apt-get install -y chromium) or set {PathVariable} " +
                "to a chromium binary. Browser tests do not skip.");
    }
}
