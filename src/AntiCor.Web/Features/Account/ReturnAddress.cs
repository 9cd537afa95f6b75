namespace AntiCor.Web.Features.Account;

/// <summary>
/// Where a sign-in sends the user afterwards: a path of this site as the `ReturnUrl` asked, or
/// the home page. Anything else — another site ("//evil.example", "/\evil.example" which browsers
/// read as "//"), an absolute address, or a control character that a browser strips or a
/// redirect refuses ("/%09/evil.example") — becomes "/", so a crafted link neither sends the
/// user elsewhere nor breaks the sign-in.
/// </summary>
public static class ReturnAddress
{
    public const string Home = "/";

    public static string Safe(string? returnUrl) => IsSafe(returnUrl) ? returnUrl! : Home;

    private static bool IsSafe(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Contains('\\', StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}
